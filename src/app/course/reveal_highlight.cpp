#include "app/course/reveal_highlight.h"

#include <QEvent>
#include <QPainter>

namespace normlab::app {

namespace {
constexpr QColor kAccent{0xe6, 0x7e, 0x22};
}

RevealHighlight::RevealHighlight(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("revealHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void RevealHighlight::frame(QWidget* view) {
    if (view_) view_->removeEventFilter(this);
    view_ = view;
    if (!view) {
        hide();
        return;
    }
    setParent(view);
    view->installEventFilter(this);
    setGeometry(view->rect());
    raise();
    show();
}

bool RevealHighlight::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_ && event->type() == QEvent::Resize) setGeometry(view_->rect());
    return QWidget::eventFilter(watched, event);
}

void RevealHighlight::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int w = std::max(3, fontMetrics().height() / 5);
    p.setPen(QPen(kAccent, w));
    p.drawRoundedRect(QRectF(rect()).adjusted(w / 2.0, w / 2.0, -w / 2.0, -w / 2.0), w, w);
}

}  // namespace normlab::app
