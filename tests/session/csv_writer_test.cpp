#include "session/csv_writer.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <limits>

#include "config_test_util.h"

namespace normlab::session {
namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TEST(CsvWriter, WritesHeaderAndMixedRows) {
    QTemporaryDir dir;
    const QString path = dir.filePath("metrics.csv");
    {
        CsvWriter csv(path, {"step", "model", "train_loss", "ok"});
        csv.writeRow({100, "bn", 0.5, true});
        csv.writeRow({qint64(200), "plain", 0.1 + 0.2, false});
        EXPECT_EQ(csv.rowCount(), 2);
        csv.close();
    }
    EXPECT_EQ(readAll(path),
              "step,model,train_loss,ok\n100,bn,0.5,true\n200,plain,0.30000000000000004,false\n");
}

TEST(CsvWriter, RowsAreReadableBeforeClose) {
    QTemporaryDir dir;
    const QString path = dir.filePath("live.csv");
    CsvWriter csv(path, {"a"});
    csv.writeRow({1});
    csv.flush();
    EXPECT_EQ(readAll(path), "a\n1\n");
}

TEST(CsvWriter, DoublesReadBackExactly) {
    for (double v : {1.0 / 3.0, 1e-300, -2.5e17, 0.1, 123456.789}) {
        const QString text = CsvWriter::formatField(v);
        EXPECT_EQ(text.toDouble(), v) << text.toStdString();
    }
    EXPECT_EQ(CsvWriter::formatField(std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(CsvWriter::formatField(std::numeric_limits<double>::infinity()), "inf");
    EXPECT_EQ(CsvWriter::formatField(-std::numeric_limits<double>::infinity()), "-inf");
    EXPECT_EQ(CsvWriter::formatField(QVariant()), "");
}

TEST(CsvWriter, QuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(CsvWriter::quoteField("plain"), "plain");
    EXPECT_EQ(CsvWriter::quoteField("a,b"), "\"a,b\"");
    EXPECT_EQ(CsvWriter::quoteField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvWriter::quoteField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(CsvWriter::quoteField(" padded"), "\" padded\"");
}

TEST(CsvWriter, RefusesRowsOfTheWrongWidth) {
    QTemporaryDir dir;
    CsvWriter csv(dir.filePath("x.csv"), {"a", "b"});
    EXPECT_THROW(csv.writeRow({1}), std::invalid_argument);
    EXPECT_THROW(csv.writeRow({1, 2, 3}), std::invalid_argument);
    EXPECT_EQ(csv.rowCount(), 0);
}

TEST(CsvWriter, UnwritablePathNamesTheFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath("missing-folder/x.csv");
    try {
        CsvWriter csv(path, {"a"});
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_TRUE(QString::fromUtf8(e.what()).startsWith("cannot write " + path)) << e.what();
    }
}

TEST(CsvWriter, WritingAfterCloseIsAnError) {
    QTemporaryDir dir;
    CsvWriter csv(dir.filePath("x.csv"), {"a"});
    csv.close();
    EXPECT_THROW(csv.writeRow({1}), std::runtime_error);
}

}  // namespace
}  // namespace normlab::session
