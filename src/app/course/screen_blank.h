#pragma once
// A black cover over the whole window, for a presenter's "blank screen" key
// (B or period on most remotes): the class looks at the speaker, not the chart.

#include <QWidget>

namespace normlab::app {

class ScreenBlank : public QWidget {
    Q_OBJECT
  public:
    // Covers `window` (its parent) and follows its size.
    explicit ScreenBlank(QWidget* window);
    void toggle();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
};

}  // namespace normlab::app
