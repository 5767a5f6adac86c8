#pragma once
// An application object and a condition wait for session tests whose
// objects talk through queued signals.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <functional>

namespace normlab::session::test {

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

// Processes events until `done` holds; false after `timeoutMs`.
inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 3000) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

}  // namespace normlab::session::test
