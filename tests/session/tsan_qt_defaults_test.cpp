// The session's ThreadSanitizer settings (src/session/tsan_qt_defaults.cpp)
// mute QtCore's hidden hand-over only: a real race in code of ours, on a
// thread that QThread started and that runs a worker's slot (the training
// session's shape), is still reported. A suppression naming libQt6Core.so.6
// would hide it: the thread's creation stack is in QtCore.
#include <gtest/gtest.h>

#include <QObject>
#include <QThread>
#include <cstdlib>

namespace {

#if defined(__SANITIZE_THREAD__)
// Both threads write `shared` with nothing ordering the writes. The report
// ends the child at once (halt_on_error) or makes its exit code the tool's
// 66 (its default exitcode) at exit.
void raceWithAQThread() {
    int shared = 0;
    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, &worker, [&shared] { shared = 1; });
    thread.start();
    shared = 2;
    thread.quit();
    thread.wait();
    std::exit(0);
}

TEST(TsanQtDefaults, ARaceOnAQThreadIsStillReported) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(raceWithAQThread(), ::testing::ExitedWithCode(66), "ThreadSanitizer: data race");
}
#endif

}  // namespace
