#pragma once
// Status-bar messages that follow a language switch. Each message is kept as
// the function that composes it; while it is still the one shown, a language
// change composes it again, so a Korean class never reads an English line
// left over from before the switch.

#include <QObject>
#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QStatusBar;
QT_END_NAMESPACE

namespace normlab::app {

class StatusMessages : public QObject {
    Q_OBJECT
  public:
    explicit StatusMessages(QStatusBar* bar);

    // Shows compose()'s text for timeoutMs (0: until the next message).
    void show(std::function<QString()> compose, int timeoutMs = 0);
    [[nodiscard]] QStatusBar* bar() const { return bar_; }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QStatusBar* bar_;
    std::function<QString()> compose_;
    QString shown_;
    int timeoutMs_ = 0;
};

}  // namespace normlab::app
