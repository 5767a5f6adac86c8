#pragma once
// A slider over a logarithmic range (learning rate, initial weight std):
// the round values 1, 1.5, 2, 3, 5, 7 of each decade, shown beside it. A
// value set from a file is kept exactly until the user moves the slider.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSlider;
QT_END_NAMESPACE

namespace normlab::app {

class LogSlider : public QWidget {
    Q_OBJECT
  public:
    // min and max are powers of ten.
    LogSlider(double min, double max, QWidget* parent = nullptr);

    [[nodiscard]] double value() const { return value_; }
    // Moves the slider to the nearest position; emits nothing.
    void setValue(double value);
    [[nodiscard]] QSlider* slider() const { return slider_; }

  Q_SIGNALS:
    // While dragging, only when released; keyboard and clicks at once.
    void valueCommitted(double value);

  private:
    [[nodiscard]] double valueAt(int position) const;
    void updateLabel();

    int decadeMin_;
    double value_ = 1.0;
    QSlider* slider_;
    QLabel* label_;
};

}  // namespace normlab::app
