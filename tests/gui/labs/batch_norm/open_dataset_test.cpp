// File > Open data set in the batch-normalization lab: the file loads off the
// GUI thread with the load bar, the run restarts on it once it is in, and a
// file that fails or a load cancelled leaves the lab on the data it had.

#include <gtest/gtest.h>

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "../../../session/large_csv.h"
#include "../../batch_norm_page_fixture.h"
#include "../../cache_load_hold.h"
#include "app/labs/batch_norm/bn_controls.h"
#include "app/labs/batch_norm_page.h"
#include "app/widgets/data_load_bar.h"
#include "app/widgets/exact_spin_box.h"
#include "app/widgets/field_binding.h"

namespace {

using normlab::app::DataLoadBar;
using normlab::app::test::BatchNormPageFixture;
using normlab::app::test::CacheLoadHold;

class OpenDatasetTest : public BatchNormPageFixture {
  protected:
    // 500 rows of three features and a 0/1 label; `badRow` (if any) has a word for a number.
    QString writeCsv(const QString& name, int badRow = -1) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray text = "f1,f2,f3,label\n";
        for (int r = 0; r < 500; ++r) {
            const int label = r % 2;
            text += QByteArray::number(label + (r % 7) * 0.1) + "," +
                    (r == badRow ? QByteArray("seven") : QByteArray::number((r % 5) * 0.2)) + "," +
                    QByteArray::number(1 - label + (r % 3) * 0.1) + "," +
                    QByteArray::number(label) + "\n";
        }
        f.write(text);
        return path;
    }
    [[nodiscard]] int inputs() const {
        return page->lastRendered() ? page->lastRendered()->config.network.input.size() : -1;
    }
    [[nodiscard]] QString dataset() const { return page->experimentConfig()->getString("dataset"); }
    DataLoadBar* bar() const { return page->findChild<DataLoadBar*>(); }

    QTemporaryDir dir;
};

TEST_F(OpenDatasetTest, AValidCsvLoadsAndTheRunRestartsOnIt) {
    run(3);
    EXPECT_EQ(inputs(), 2);  // the two moons
    const QString csv = writeCsv("good.csv");
    QString error;
    ASSERT_TRUE(page->openDataset(csv, &error)) << error.toStdString();
    EXPECT_EQ(page->experimentConfig()->getString("data_path"), csv);
    ASSERT_TRUE(stepUntil([&] { return inputs() == 3; }));
    EXPECT_EQ(dataset(), "csv");
    run(5);
    EXPECT_TRUE(bar()->isHidden());
    EXPECT_FALSE(page->statusText().contains("could not")) << page->statusText().toStdString();
}

TEST_F(OpenDatasetTest, ACsvWithABadCellSaysWhyAndTheLabStillSteps) {
    run(3);
    const QString before = page->experimentConfig()->toJson();
    const QString csv = writeCsv("bad_cell.csv", 123);
    QString error;
    // The file is there: it is read on the cache's thread, its problem said once found.
    ASSERT_TRUE(page->openDataset(csv, &error)) << error.toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return page->statusText().contains("could not be loaded"); }, 10000))
        << page->statusText().toStdString();
    EXPECT_TRUE(page->statusText().contains("bad_cell.csv")) << page->statusText().toStdString();
    EXPECT_TRUE(page->statusText().contains("seven")) << page->statusText().toStdString();
    // The controls are back on the moons the run trains on, and it goes on.
    EXPECT_EQ(page->experimentConfig()->toJson(), before);
    run(4);
    EXPECT_EQ(inputs(), 2);
    EXPECT_TRUE(page->statusText().contains("bad_cell.csv")) << "the problem stays in view";
    // The next restart the lab asks for (a new seed) clears it.
    page->controls()->field("seed")->spinBox()->setValue(7);
    ASSERT_TRUE(stepUntil([&] { return page->lastRendered()->config.seed == 7; }));
    EXPECT_FALSE(page->statusText().contains("bad_cell.csv")) << page->statusText().toStdString();
    EXPECT_EQ(inputs(), 2);
}

TEST_F(OpenDatasetTest, AMissingFileIsRefusedAtOnce) {
    QString error;
    EXPECT_FALSE(page->openDataset(dir.filePath("gone.csv"), &error));
    EXPECT_TRUE(error.contains("gone.csv")) << error.toStdString();
    EXPECT_EQ(dataset(), "moons");
    EXPECT_TRUE(bar()->isHidden());
}

TEST_F(OpenDatasetTest, CancellingTheLoadLeavesTheLabAbleToStep) {
    run(3);
    const QString before = page->experimentConfig()->toJson();
    const QString csv = dir.filePath("large.csv");
    ASSERT_TRUE(normlab::test::writeLargeCsv(csv, 200'000));
    CacheLoadHold hold(page);
    QString error;
    ASSERT_TRUE(page->openDataset(csv, &error)) << error.toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return bar()->isVisible() && bar()->bar()->value() > 0; }, 30000));
    EXPECT_TRUE(bar()->followed().contains(csv));
    QTest::mouseClick(bar()->cancelButton(), Qt::LeftButton);
    hold.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar()->isHidden(); }, 30000));
    EXPECT_TRUE(page->statusText().contains("cancelled")) << page->statusText().toStdString();
    EXPECT_EQ(page->experimentConfig()->toJson(), before);
    run(4);
    EXPECT_EQ(inputs(), 2);
    // And a file opened next loads and runs.
    ASSERT_TRUE(page->openDataset(writeCsv("next.csv"), &error)) << error.toStdString();
    ASSERT_TRUE(stepUntil([&] { return inputs() == 3; }));
}

}  // namespace
