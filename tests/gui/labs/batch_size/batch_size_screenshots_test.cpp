// Not a check but a measurement: with NORMLAB_SCREENSHOT_DIR set, runs the
// default batch-size sweep (the batch-sweep preset) from the window, prints
// its time and results, and saves screenshots of every view at 1280x800 and
// 1920x1080, normal and presentation mode, plus the init-sweep panel.
// NORMLAB_SCREENSHOT_TRAIN=N cuts the training set for a quick look.
// Skipped when the variable is unset (as in ctest).

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QDoubleSpinBox>
#include <QTabWidget>
#include <QTest>
#include <cstdio>

#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/init_sweep_panel.h"
#include "app/main_window.h"
#include "session/experiment_config.h"
#include "session/sweep_session.h"
#include "session/sweep_snapshot.h"

namespace {

using normlab::app::BatchSizePage;

// Lets pending layouts and paints happen before a picture is taken.
void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}
using normlab::app::MainWindow;

TEST(BatchSizeScreenshots, DefaultSweepTimedAndCaptured) {
    const QString dir = qEnvironmentVariable("NORMLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) GTEST_SKIP() << "set NORMLAB_SCREENSHOT_DIR to measure and capture";
    QDir().mkpath(dir);
    const int train = qEnvironmentVariableIntValue("NORMLAB_SCREENSHOT_TRAIN");

    MainWindow window;
    BatchSizePage* page = nullptr;
    for (auto* p : window.pages())
        if (auto* b = qobject_cast<BatchSizePage*>(p)) page = b;
    ASSERT_NE(page, nullptr);
    window.setCurrentPage(page);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    if (train > 0) page->findChild<QDoubleSpinBox*>(QStringLiteral("train_samples"))->setValue(train);

    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(page->runSweep());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isRunning() && page->shownSweep()->idle; },
                                40 * 60 * 1000));
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    settle();
    std::printf("default sweep: %d runs on %d worker(s) in %.1f s (data loading included)\n",
                page->shownSweep()->size(), page->shownSweep()->workerLimit, seconds);
    std::printf("%s", qPrintable(page->metricsCsv()));

    auto* views = page->findChild<QTabWidget*>();
    ASSERT_NE(views, nullptr);
    const auto capture = [&](const QString& tag) {
        for (int tab = 0; tab < views->count(); ++tab) {
            views->setCurrentIndex(tab);
            settle();
            window.grab().save(QStringLiteral("%1/bs_%2_view%3.png").arg(dir, tag).arg(tab));
        }
        views->setCurrentIndex(0);
    };
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        const QString wh = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        window.setPresentationMode(false);
        window.showNormal();
        window.resize(size);
        settle();
        capture(wh + QStringLiteral("_normal"));
        window.setPresentationMode(true);
        window.showNormal();  // a projector of this size
        window.resize(size);
        settle();
        capture(wh + QStringLiteral("_presentation"));
    }
    window.setPresentationMode(false);
    window.showNormal();
    window.resize(1280, 800);
    auto* curveAxis = page->findChild<QComboBox*>(QStringLiteral("curveAxis"));
    views->setCurrentIndex(1);
    for (int axis : {1, 2}) {
        curveAxis->setCurrentIndex(axis);
        settle();
        window.grab().save(QStringLiteral("%1/bs_1280x800_curves_axis%2.png").arg(dir).arg(axis));
    }
    curveAxis->setCurrentIndex(0);

    // The same sweep with batch norm, for the train- vs eval-mode view.
    page->findChild<QCheckBox*>(QStringLiteral("bnOff"))->setChecked(false);
    page->findChild<QCheckBox*>(QStringLiteral("bnOn"))->setChecked(true);
    clock.restart();
    ASSERT_TRUE(page->runSweep());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isRunning() && page->shownSweep()->idle; },
                                40 * 60 * 1000));
    std::printf("BN sweep: %.1f s\n%s", static_cast<double>(clock.elapsed()) / 1000.0,
                qPrintable(page->metricsCsv()));
    settle();
    views->setCurrentIndex(4);
    settle();
    window.grab().save(QStringLiteral("%1/bs_1280x800_bn_modes.png").arg(dir));
    views->setCurrentIndex(0);
    settle();
    window.grab().save(QStringLiteral("%1/bs_1280x800_bn_accuracy.png").arg(dir));

    normlab::app::InitSweepPanel panel;
    auto base = normlab::session::ExperimentConfig::defaults(QStringLiteral("bn-twin"));
    if (train > 0) base.setValue(QStringLiteral("train_samples"), train);
    panel.setBaseConfig(base);
    panel.resize(1200, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    clock.restart();
    ASSERT_TRUE(panel.run());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.isRunning() && panel.shownSweep()->idle; },
                                20 * 60 * 1000));
    settle();
    std::printf("init sweep: %d points in %.1f s\n%s", panel.shownSweep()->size(),
                static_cast<double>(clock.elapsed()) / 1000.0, qPrintable(panel.resultsCsv()));
    panel.grab().save(QStringLiteral("%1/init_sweep_panel.png").arg(dir));
    QFont big = QApplication::font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    QApplication::setFont(big);
    settle();
    panel.grab().save(QStringLiteral("%1/init_sweep_panel_presentation.png").arg(dir));
}

}  // namespace
