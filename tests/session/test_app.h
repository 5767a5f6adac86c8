#pragma once
// The one QCoreApplication of the session test binary, made on first use by
// whichever test needs an event loop first.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <functional>

namespace test {

inline QCoreApplication& app() {
    static int argc = 1;
    static char name[] = "normlab_session_tests";
    static char* argv[] = {name, nullptr};
    // Qt's own event dispatcher, not GLib's: GLib's allocator recycles memory
    // across threads in ways ThreadSanitizer cannot follow.
    qputenv("QT_NO_GLIB", "1");
    static QCoreApplication* instance = new QCoreApplication(argc, argv);
    return *instance;
}

// Runs the event loop until `done` holds (true) or `timeoutMs` passes (false).
inline bool processUntil(const std::function<bool()>& done, int timeoutMs = 5000) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::yieldCurrentThread();
    }
    return true;
}

}  // namespace test
