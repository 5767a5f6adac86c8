#pragma once
// A block of rich text that changes every frame (a plot's readout) without
// re-laying out its window. A QLabel asks its layout again on every new text
// and lays the text out several times for its size hints; this box keeps
// whatever size its layout gives it, lays the text out once per change, and
// reports the height that text needs so its owner can size it.

#include <QString>
#include <QTextDocument>
#include <QWidget>

namespace normlab::app {

class RichTextBox : public QWidget {
    Q_OBJECT
  public:
    explicit RichTextBox(QWidget* parent = nullptr);

    void setHtml(const QString& html);
    [[nodiscard]] QString text() const { return html_; }
    // The height the text needs at the box's present width.
    [[nodiscard]] int textHeight() const;
    [[nodiscard]] QSize sizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    QString html_;
    // Laid out at the box's width on demand, also from const size queries.
    mutable QTextDocument document_;
};

}  // namespace normlab::app
