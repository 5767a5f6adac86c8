// The feature-scaling lab's CSV source while a file loads: a bar with how far
// it got and a Cancel that leaves the box with the file and columns it had.

#include "app/labs/feature_scaling/csv_source_box.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "../../../session/large_csv.h"
#include "app/widgets/load_progress_bar.h"

namespace {

using normlab::app::CsvSourceBox;
using normlab::app::LoadProgressBar;

class CsvSourceBoxTest : public ::testing::Test {
  protected:
    void SetUp() override {
        box.resize(400, 300);
        box.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&box));
        small = dir.filePath("small.csv");
        QFile f(small);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("x1,x2,noise,y\n1,2,5,3\n2,1,4,4\n3,5,3,8\n");
        f.close();
        large = dir.filePath("large.csv");
        ASSERT_TRUE(normlab::test::writeLargeCsv(large, 300'000));  // about 3.5 MB
    }

    QTemporaryDir dir;
    CsvSourceBox box;
    QString small, large;
};

TEST_F(CsvSourceBoxTest, TheBarShowsWhileAFileLoadsAndGoesAfter) {
    LoadProgressBar* bar = box.loadBar();
    EXPECT_TRUE(bar->isHidden());
    int highest = 0;
    QObject::connect(bar->bar(), &QProgressBar::valueChanged,
                     [&](int value) { highest = std::max(highest, value); });
    QSignalSpy opened(&box, &CsvSourceBox::opened);
    box.open(large);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->cancelButton()->isEnabled());
    EXPECT_FALSE(box.openButton()->isEnabled());
    ASSERT_TRUE(opened.wait(30000));
    EXPECT_TRUE(bar->isHidden());
    EXPECT_TRUE(box.openButton()->isEnabled());
    EXPECT_EQ(box.path(), large);
    EXPECT_GT(highest, 0);  // progress was shown on the way
}

TEST_F(CsvSourceBoxTest, CancelKeepsTheFileAndColumnsItHad) {
    QSignalSpy opened(&box, &CsvSourceBox::opened);
    QSignalSpy failed(&box, &CsvSourceBox::failed);
    box.open(small, {"x2", "x1", "y"});
    ASSERT_TRUE(opened.wait(5000));
    const QStringList columns = box.pickedColumns();
    EXPECT_EQ(columns, (QStringList{"x2", "x1", "y"}));

    // Cancel as soon as the bar moves: the parse has surely not been reported yet.
    LoadProgressBar* bar = box.loadBar();
    const QMetaObject::Connection click =
        QObject::connect(bar->bar(), &QProgressBar::valueChanged, [&](int value) {
            if (value > 0 && bar->cancelButton()->isEnabled())
                QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
        });
    QSignalSpy cancelled(&box, &CsvSourceBox::cancelled);
    box.open(large);
    ASSERT_TRUE(cancelled.wait(30000));
    QObject::disconnect(click);
    EXPECT_TRUE(bar->isHidden());
    EXPECT_TRUE(box.openButton()->isEnabled());
    EXPECT_EQ(opened.count(), 1);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(box.path(), small);
    EXPECT_EQ(box.pickedColumns(), columns);
    EXPECT_EQ(box.columnPicker(0)->count(), 4);  // the small file's numeric columns
    EXPECT_TRUE(box.fileText().contains("cancelled")) << box.fileText().toStdString();
    EXPECT_TRUE(box.fileText().contains("small.csv")) << box.fileText().toStdString();
    EXPECT_FALSE(box.isLoading());

    // And the next open goes through.
    box.open(large);
    ASSERT_TRUE(opened.wait(30000));
    EXPECT_EQ(box.path(), large);
    EXPECT_TRUE(bar->isHidden());
}

}  // namespace
