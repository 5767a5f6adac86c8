// A finished same-loss folder read back: the 2-D slices of slice.csv, an
// older folder without them, and malformed slice files refused naming the
// file and the line.

#include "session/same_loss_result.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <functional>

#include "session/experiment_config.h"

namespace normlab::session {
namespace {

void writeFile(const QString& path, const QString& text) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

const char* kSummary =
    "seed,model,batch_size,lr,target_train_loss,reached_target,epochs,updates,train_loss,"
    "train_accuracy,test_loss,test_accuracy,gap,sharpness,sharpness_base_loss,"
    "sharpness_max_loss,train_seconds,eval_seconds,diverged\n"
    "1,small,16,0.001,0.1,true,28,9048,0.085,0.97,0.67,0.84,0.13,13.4,0.085,0.23,8.6,4.0,false\n"
    "1,large,500,0.001,0.1,true,57,570,0.099,0.97,0.52,0.83,0.13,163.2,0.099,1.89,9.3,7.4,false\n";

// A 3 x 3 grid per model, b outer, a inner; the loss rises by `k` per step.
QString sliceCsv() {
    QString text = "seed,model,batch_size,a,b,train_loss,train_accuracy\n";
    for (const char* model : {"small", "large"})
        for (int j = -1; j <= 1; ++j)
            for (int i = -1; i <= 1; ++i)
                text += QStringLiteral("1,%1,16,%2,%3,%4,0.9\n")
                            .arg(model)
                            .arg(0.5 * i)
                            .arg(0.5 * j)
                            .arg(0.1 + (QByteArray(model) == "large" ? 2 : 1) * (i * i + j * j));
    return text;
}

class SameLossResultTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        writeFile(dir.filePath("same_loss.csv"), kSummary);
        writeFile(dir.filePath("interpolation.csv"),
                  "seed,alpha,train_loss,train_accuracy,test_loss,test_accuracy\n"
                  "1,0,0.085,0.97,0.67,0.84\n1,1,0.099,0.97,0.52,0.83\n");
    }
    // The message of the refusal of slice.csv holding `text`.
    std::string refusal(const QString& text) {
        writeFile(dir.filePath("slice.csv"), text);
        try {
            (void)readSameLossResult(dir.path());
        } catch (const ConfigError& e) {
            return e.what();
        }
        return "accepted";
    }
    QTemporaryDir dir;
};

TEST_F(SameLossResultTest, ReadsTheSlices) {
    writeFile(dir.filePath("slice.csv"), sliceCsv());
    const SameLossResult r = readSameLossResult(dir.path());
    EXPECT_EQ(r.slicePoints, 3);
    ASSERT_EQ(r.slice.size(), 18);
    EXPECT_FALSE(r.slice[0].large);
    EXPECT_TRUE(r.slice[9].large);
    EXPECT_DOUBLE_EQ(r.slice[0].a, -0.5);
    EXPECT_DOUBLE_EQ(r.slice[0].b, -0.5);
    EXPECT_DOUBLE_EQ(r.slice[4].a, 0.0);
    EXPECT_DOUBLE_EQ(r.slice[4].trainLoss, 0.1);
    EXPECT_DOUBLE_EQ(r.slice[9 + 8].trainLoss, 4.1);
    EXPECT_DOUBLE_EQ(r.slice[5].trainAccuracy, 0.9);
}

TEST_F(SameLossResultTest, AnOlderFolderWithoutSlicesStillLoads) {
    const SameLossResult r = readSameLossResult(dir.path());
    EXPECT_EQ(r.models.size(), 2);
    EXPECT_TRUE(r.slice.isEmpty());
    EXPECT_EQ(r.slicePoints, 0);
}

TEST_F(SameLossResultTest, RefusesMalformedSlicesNamingFileAndLine) {
    const auto has = [](const std::string& message, const std::string& part) {
        EXPECT_NE(message.find(part), std::string::npos) << message << " lacks " << part;
        EXPECT_NE(message.find("slice.csv"), std::string::npos) << message;
    };
    QString text = sliceCsv();
    has(refusal(QString(text).replace("train_loss", "loss")), "no column \"train_loss\"");
    has(refusal(QString(text).replace("1,small,16,0,0,0.1,0.9", "1,small,16,0,0,low,0.9")),
        "line 6: \"low\" is not a number in column train_loss");
    has(refusal(QString(text).replace("1,small,16,0,0,0.1,0.9", "1,small,16,0,0.1,0.9")),
        "line 6 has 6 fields");
    // A row too few: not a square grid.
    QStringList lines = text.split('\n', Qt::SkipEmptyParts);
    lines.removeAt(3);
    has(refusal(lines.join('\n')), "seed 1 small has 8 rows");
    // Swapped rows: the grid's order broken.
    lines = text.split('\n', Qt::SkipEmptyParts);
    lines.swapItemsAt(2, 3);
    has(refusal(lines.join('\n')), "line 4 is out of the grid's order");
    has(refusal(QString(text).replace(",small,", ",medium,")), "line 2: model \"medium\"");
    has(refusal("seed,model,batch_size,a,b,train_loss,train_accuracy\n"), "no grid points");
    has(refusal(""), "empty");
    // An even grid has no centre.
    QString even = "seed,model,batch_size,a,b,train_loss,train_accuracy\n";
    for (int j = 0; j < 2; ++j)
        for (int i = 0; i < 2; ++i) even += QStringLiteral("1,small,16,%1,%2,1,0.5\n").arg(i).arg(j);
    has(refusal(even), "has 4 rows, not an odd n x n grid");
}

}  // namespace
}  // namespace normlab::session
