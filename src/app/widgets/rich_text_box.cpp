#include "app/widgets/rich_text_box.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <cmath>

namespace normlab::app {

RichTextBox::RichTextBox(QWidget* parent) : QWidget(parent) {
    document_.setDocumentMargin(2);
    document_.setDefaultFont(font());
    // Its width comes from the layout, never from the text.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void RichTextBox::setHtml(const QString& html) {
    if (html == html_) return;
    html_ = html;
    document_.setHtml(html);
    update();
}

int RichTextBox::textHeight() const {
    // Asked from a resize event filter, before resizeEvent() has run.
    if (document_.textWidth() != width()) document_.setTextWidth(width());
    return static_cast<int>(std::ceil(document_.size().height()));
}

QSize RichTextBox::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 30, textHeight()};
}

void RichTextBox::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    document_.documentLayout()->draw(&painter, context);
}

void RichTextBox::resizeEvent(QResizeEvent* event) {
    document_.setTextWidth(width());
    QWidget::resizeEvent(event);
}

void RichTextBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        document_.setDefaultFont(font());
        update();
    }
    QWidget::changeEvent(event);
}

}  // namespace normlab::app
