#pragma once
// A horizontal slider whose integer positions stand for real values on a
// linear or logarithmic scale, or for a fixed list, with the current value
// written beside it. The inner QSlider carries the object name, so the lab's
// settings persistence stores its position.

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QSlider;
QT_END_NAMESPACE

namespace normlab::app {

class MappedSlider : public QWidget {
    Q_OBJECT
  public:
    enum class Scale { Linear, Logarithmic };
    using Formatter = std::function<QString(double)>;

    // `positions` + 1 stops from min to max.
    MappedSlider(const QString& objectName, double min, double max, int positions, Scale scale,
                 QWidget* parent = nullptr);
    // One stop per listed value.
    MappedSlider(const QString& objectName, QList<double> values, QWidget* parent = nullptr);

    // The value last given to setValue() while the handle stays on its stop
    // (a value from a file is kept exactly), else the value of the stop.
    [[nodiscard]] double value() const;
    // Moves to the nearest stop and keeps `value` itself when it lies in the
    // slider's range; emits valueChanged when the value changes.
    void setValue(double value);
    [[nodiscard]] double valueAt(int position) const;
    [[nodiscard]] int positionOf(double value) const;
    void setFormatter(Formatter formatter);
    [[nodiscard]] QSlider* slider() const { return slider_; }
    [[nodiscard]] QString valueText() const;
    void setToolTip(const QString& tip);
    // Off when a spin box beside the slider shows the value.
    void setValueLabelVisible(bool visible);

  Q_SIGNALS:
    void valueChanged(double value);

  private:
    void build(const QString& objectName, int positions);
    void updateLabel();

    QSlider* slider_ = nullptr;
    QLabel* label_ = nullptr;
    double min_ = 0.0;
    double max_ = 1.0;
    Scale scale_ = Scale::Linear;
    QList<double> values_;  // list mode when not empty
    std::optional<double> exact_;
    bool settingValue_ = false;
    Formatter formatter_;
};

}  // namespace normlab::app
