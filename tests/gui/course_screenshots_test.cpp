// Not a check but pictures: with NORMLAB_SCREENSHOT_DIR set, walks a few
// course steps at their real checkpoints, reveals them and saves the window
// at 1280x800 and 1920x1080, in presentation mode (English and Korean,
// controls shown and folded away) and in normal mode. Skipped when the
// variable is unset (as in ctest).
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QTest>

#include "app/course/classroom.h"
#include "app/course/course_controller.h"
#include "app/main_window.h"

namespace normlab::app {
namespace {

TEST(CourseScreenshots, RevealedStepsInPresentationMode) {
    const QString dir = qEnvironmentVariable("NORMLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) GTEST_SKIP() << "set NORMLAB_SCREENSHOT_DIR to capture";
    QDir().mkpath(dir);
    MainWindow window;
    window.setSavesSettingsOnClose(false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.setStepsPerFrame(0);
    CourseController* course = window.classroom()->controller();
    const auto settle = [] {
        for (int i = 0; i < 5; ++i) QApplication::processEvents();
    };
    for (const QString& id : {QStringLiteral("fs-first-steps"), QStringLiteral("bn-drift"),
                              QStringLiteral("bn-cnn-channels"), QStringLiteral("bn-ics"),
                              QStringLiteral("batch-size")}) {
        int index = -1;
        for (int i = 0; i < course->course().steps.size(); ++i)
            if (course->course().steps[i].id == id) index = i;
        ASSERT_GE(index, 0);
        window.setLanguage(QStringLiteral("en"));
        course->goTo(index);
        course->reveal();
        ASSERT_TRUE(QTest::qWaitFor([&] { return course->isRevealed(); }, 20 * 60 * 1000));
        for (const auto& [size, language, presentation, folded] :
             {std::tuple{QSize(1280, 800), QStringLiteral("en"), true, false},
              std::tuple{QSize(1280, 800), QStringLiteral("en"), true, true},
              std::tuple{QSize(1280, 800), QStringLiteral("ko"), true, false},
              std::tuple{QSize(1280, 800), QStringLiteral("en"), false, false},
              std::tuple{QSize(1920, 1080), QStringLiteral("en"), true, false},
              std::tuple{QSize(1920, 1080), QStringLiteral("ko"), true, true},
              std::tuple{QSize(1920, 1080), QStringLiteral("ko"), false, false}}) {
            window.setLanguage(language);
            ASSERT_TRUE(QTest::qWaitFor([&] { return course->isRevealed(); }, 60000));
            window.setPresentationMode(presentation);
            window.showNormal();  // a projector of this size
            window.resize(size);
            window.classroom()->setControlsCollapsed(folded);
            settle();
            window.grab().save(QStringLiteral("%1/course_%2_%3x%4_%5%6%7.png")
                                   .arg(dir, id)
                                   .arg(size.width())
                                   .arg(size.height())
                                   .arg(language, presentation ? QString() : QStringLiteral("_normal"),
                                        folded ? QStringLiteral("_folded") : QString()));
        }
        window.classroom()->setControlsCollapsed(false);
    }
    window.stopAllSessions();
}

}  // namespace
}  // namespace normlab::app
