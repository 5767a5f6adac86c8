#pragma once
// A coloured frame drawn over the view a reveal talks about, so the room
// knows which figure the numbers belong to. It follows the view's size and
// lets every click through.

#include <QPointer>
#include <QWidget>

namespace normlab::app {

class RevealHighlight : public QWidget {
    Q_OBJECT
  public:
    explicit RevealHighlight(QWidget* parent = nullptr);
    // Frames `view` (nullptr: hides the frame).
    void frame(QWidget* view);
    [[nodiscard]] QWidget* framed() const { return view_; }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

  private:
    QPointer<QWidget> view_;
};

}  // namespace normlab::app
