// Not a check but a measurement: with NORMLAB_SCREENSHOT_DIR set, runs the
// small-batch view's sweep (the norm-vs-batch preset; NORMLAB_SCREENSHOT_TRAIN=N
// cuts the training set, NORMLAB_SCREENSHOT_SEEDS=K the seeds) and a layer-norm
// twin in the batch-normalization lab, prints what was measured and saves
// screenshots at 1280x800 and 1920x1080, normal and presentation, English
// and Korean. Skipped when the variable is unset (as in ctest).

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTest>
#include <cstdio>

#include "app/labs/batch_norm/bn_controls.h"
#include "app/labs/batch_norm/linear_region_view.h"
#include "app/labs/batch_norm/sigmoid_input_view.h"
#include "app/labs/batch_norm_page.h"
#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/batch_size/small_batch_view.h"
#include "app/main_window.h"
#include "app/widgets/bound_form.h"
#include "app/widgets/field_binding.h"
#include "session/sweep_session.h"

namespace {

using normlab::app::MainWindow;

void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QTest::qWait(200);
}

// Every size, mode and language of the window as it is, named `tag`.
void captureAll(MainWindow& window, const QString& dir, const QString& tag) {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        window.setLanguage(language);
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            for (bool presentation : {false, true}) {
                window.setPresentationMode(presentation);
                window.showNormal();
                window.resize(size);
                settle();
                window.grab().save(QStringLiteral("%1/%2_%3x%4_%5_%6.png")
                                       .arg(dir, tag)
                                       .arg(size.width())
                                       .arg(size.height())
                                       .arg(presentation ? "presentation" : "normal", language));
            }
        }
    }
    window.setPresentationMode(false);
    window.setLanguage(QStringLiteral("en"));
}

TEST(NormaliserScreenshots, SmallBatchSweepAndLayerNormTwin) {
    const QString dir = qEnvironmentVariable("NORMLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) GTEST_SKIP() << "set NORMLAB_SCREENSHOT_DIR to measure and capture";
    QDir().mkpath(dir);
    MainWindow window;
    window.setSavesSettingsOnClose(false);
    normlab::app::BatchSizePage* sizes = nullptr;
    normlab::app::BatchNormPage* bn = nullptr;
    for (auto* p : window.pages()) {
        if (auto* b = qobject_cast<normlab::app::BatchSizePage*>(p)) sizes = b;
        if (auto* b = qobject_cast<normlab::app::BatchNormPage*>(p)) bn = b;
    }
    ASSERT_TRUE(sizes && bn);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    // The batch-normalization lab with layer norm, on its opening preset.
    window.setCurrentPage(bn);
    auto* combo = bn->controls()->field("normaliser")->comboBox();
    combo->setCurrentIndex(combo->findData("layer"));
    settle();
    window.currentSession()->step(600);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto s = bn->lastRendered();
            return s && s->config.normaliser == normlab::core::NormKind::Layer && s->step >= 600;
        },
        10 * 60 * 1000));
    for (QWidget* view : {static_cast<QWidget*>(bn->sigmoidView()),
                          static_cast<QWidget*>(bn->regionView())}) {
        bn->tabs()->setCurrentWidget(view);
        captureAll(window, dir, view == bn->regionView() ? "ln_region" : "ln_sigmoid");
    }

    // The small-batch view.
    window.setCurrentPage(sizes);
    sizes->showView(QStringLiteral("small-batch"));
    normlab::app::SmallBatchView* view = sizes->smallBatchView();
    normlab::session::ExperimentConfig c = view->config();
    if (const int train = qEnvironmentVariableIntValue("NORMLAB_SCREENSHOT_TRAIN"); train > 0)
        c.setValue("train_samples", train);
    if (const int seeds = qEnvironmentVariableIntValue("NORMLAB_SCREENSHOT_SEEDS"); seeds > 0)
        c.setValue("seeds", seeds);
    view->apply(c);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(view->run());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !view->isRunning() && view->shownSweep() && view->shownSweep()->idle &&
                     view->shownSweep()->size() > 0; },
        60 * 60 * 1000));
    view->sweep()->publishNow();
    settle();
    std::printf("small-batch sweep: %d runs on %d worker(s) in %.1f s\n%s\n",
                view->shownSweep()->size(), view->shownSweep()->workerLimit,
                static_cast<double>(clock.elapsed()) / 1000.0, qPrintable(view->verdictText()));
    for (const auto& [series, points] : view->summary().error)
        for (const auto& [b, s] : points)
            std::printf("%s B=%d error mean %.4f min %.4f max %.4f (n=%d)\n",
                        qPrintable(view->seriesName(series)), b, s.mean, s.min, s.max, s.count);
    for (const auto& [layer, points] : view->summary().runningGap)
        for (const auto& [b, s] : points)
            std::printf("gap layer %d B=%d mean %.4f min %.4f max %.4f\n", layer, b, s.mean, s.min,
                        s.max);
    captureAll(window, dir, "small_batch");
}

}  // namespace
