// The data-loading bar in a lab that waits for data (the init-std sweep):
// it shows how far a large CSV has got, and its Cancel stops the load and
// leaves the lab with the sweep it had.

#include "app/widgets/data_load_bar.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "../../session/large_csv.h"
#include "../cache_load_hold.h"
#include "app/labs/init_sweep_panel.h"
#include "session/dataset_cache.h"
#include "session/experiment_config.h"
#include "session/sweep_session.h"

namespace {

using normlab::app::DataLoadBar;
using normlab::app::InitSweepPanel;
using normlab::session::DatasetCache;
using normlab::session::ExperimentConfig;

ExperimentConfig smallTwin() {
    ExperimentConfig c = ExperimentConfig::defaults(QStringLiteral("bn-twin"));
    c.setValue(QStringLiteral("dataset"), QStringLiteral("moons"));
    c.setValue(QStringLiteral("train_samples"), 300);
    c.setValue(QStringLiteral("depth"), 2);
    c.setValue(QStringLiteral("width"), 8);
    c.setValue(QStringLiteral("batch_size"), 32);
    return c;
}

TEST(DataLoadBar, ShowsALoadsProgressAndCancelKeepsTheLabsSweep) {
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    ASSERT_TRUE(normlab::test::writeLargeCsv(path, 200'000));
    InitSweepPanel panel;
    panel.resize(1100, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* bar = panel.findChild<DataLoadBar*>();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isHidden());

    // A sweep on a small set first: what the lab has before the large load.
    panel.setBaseConfig(smallTwin());
    ASSERT_TRUE(panel.run());
    // Idle, and the chart shows the idle sweep (its last snapshot may come
    // after the runner went idle).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !panel.isRunning() && panel.shownSweep() && panel.shownSweep()->idle; },
        60000));
    const auto before = panel.shownSweep();
    ASSERT_GT(before->size(), 0);
    const int finishedBefore = before->count(normlab::session::SweepPointState::Finished);

    // The loader is held at its first report past the start, so the bar is
    // seen while the load is surely still running.
    ExperimentConfig large = smallTwin();
    large.setValue(QStringLiteral("dataset"), QStringLiteral("csv"));
    large.setValue(QStringLiteral("data_path"), path);
    large.setValue(QStringLiteral("model"), QStringLiteral("mlp"));
    large.setValue(QStringLiteral("train_samples"), 0);
    normlab::app::test::CacheLoadHold hold(&panel);
    panel.setBaseConfig(large);
    ASSERT_TRUE(panel.run());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return bar->isVisible() && bar->bar()->value() > 0; }, 30000));
    EXPECT_TRUE(panel.isRunning());
    EXPECT_TRUE(bar->bar()->text().contains(QStringLiteral("MB")))
        << bar->bar()->text().toStdString();
    EXPECT_TRUE(bar->cancelButton()->isEnabled());
    QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
    hold.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar->isHidden() && !panel.isRunning(); }, 30000));
    EXPECT_FALSE(DatasetCache::shared().isLoading(bar->followed()));
    // The sweep shown is the one it had.
    ASSERT_TRUE(panel.shownSweep());
    EXPECT_EQ(panel.shownSweep()->size(), before->size());
    EXPECT_EQ(panel.shownSweep()->count(normlab::session::SweepPointState::Finished),
              finishedBefore);
    EXPECT_TRUE(panel.statusLine().contains(QStringLiteral("cancelled")))
        << panel.statusLine().toStdString();

    // The lab is usable: the small set runs again.
    panel.setBaseConfig(smallTwin());
    ASSERT_TRUE(panel.run());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.isRunning(); }, 60000));
}

}  // namespace
