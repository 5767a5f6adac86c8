#include "app/course/screen_blank.h"

#include <QEvent>
#include <QPainter>

namespace normlab::app {

ScreenBlank::ScreenBlank(QWidget* window) : QWidget(window) {
    setObjectName(QStringLiteral("screenBlank"));
    window->installEventFilter(this);
    hide();
}

void ScreenBlank::toggle() {
    if (isVisible()) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

bool ScreenBlank::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ScreenBlank::paintEvent(QPaintEvent* /*event*/) { QPainter(this).fillRect(rect(), Qt::black); }

// A click brings the window back too: not every remote sends the key twice.
void ScreenBlank::mousePressEvent(QMouseEvent* /*event*/) { hide(); }

}  // namespace normlab::app
