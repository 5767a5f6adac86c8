#include "app/status_messages.h"

#include <QEvent>
#include <QStatusBar>

namespace normlab::app {

StatusMessages::StatusMessages(QStatusBar* bar) : QObject(bar), bar_(bar) {
    // A language change reaches every widget, the status bar among them,
    // after the new translator is installed.
    bar_->installEventFilter(this);
}

void StatusMessages::show(std::function<QString()> compose, int timeoutMs) {
    compose_ = std::move(compose);
    timeoutMs_ = timeoutMs;
    shown_ = compose_();
    bar_->showMessage(shown_, timeoutMs_);
}

bool StatusMessages::eventFilter(QObject* watched, QEvent* event) {
    if (watched == bar_ && event->type() == QEvent::LanguageChange && compose_ &&
        !shown_.isEmpty() && bar_->currentMessage() == shown_) {
        shown_ = compose_();
        bar_->showMessage(shown_, timeoutMs_);
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace normlab::app
