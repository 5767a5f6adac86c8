#include "app/widgets/mapped_slider.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <algorithm>
#include <cmath>
#include <limits>

namespace normlab::app {

MappedSlider::MappedSlider(const QString& objectName, double min, double max, int positions,
                           Scale scale, QWidget* parent)
    : QWidget(parent), min_(min), max_(max), scale_(scale) {
    build(objectName, positions);
}

MappedSlider::MappedSlider(const QString& objectName, QList<double> values, QWidget* parent)
    : QWidget(parent), values_(std::move(values)) {
    build(objectName, static_cast<int>(values_.size()) - 1);
}

void MappedSlider::build(const QString& objectName, int positions) {
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(objectName);
    slider_->setRange(0, positions);
    slider_->setPageStep(std::max(1, positions / 10));
    label_ = new QLabel(this);
    label_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(QStringLiteral("0.000e-00")));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_, 0);
    formatter_ = [](double v) { return QString::number(v, 'g', 3); };
    connect(slider_, &QSlider::valueChanged, this, [this] {
        if (!settingValue_) exact_.reset();  // the user moved it: the stop's value
        updateLabel();
        Q_EMIT valueChanged(value());
    });
    updateLabel();
}

double MappedSlider::valueAt(int position) const {
    if (!values_.isEmpty()) return values_.value(std::clamp(position, 0, int(values_.size()) - 1));
    const double t = static_cast<double>(position) / std::max(1, slider_->maximum());
    if (scale_ == Scale::Logarithmic) return min_ * std::pow(max_ / min_, t);
    return min_ + t * (max_ - min_);
}

double MappedSlider::value() const { return exact_ ? *exact_ : valueAt(slider_->value()); }

int MappedSlider::positionOf(double v) const {
    int best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    const bool logarithmic = values_.isEmpty() && scale_ == Scale::Logarithmic && v > 0.0;
    for (int p = slider_->minimum(); p <= slider_->maximum(); ++p) {
        const double at = valueAt(p);
        const double d = logarithmic ? std::abs(std::log(at / v)) : std::abs(at - v);
        if (d < bestDistance) {
            bestDistance = d;
            best = p;
        }
    }
    return best;
}

void MappedSlider::setValue(double v) {
    const double before = value();
    const double lo = values_.isEmpty() ? std::min(min_, max_) : values_.front();
    const double hi = values_.isEmpty() ? std::max(min_, max_) : values_.back();
    const bool listed = values_.isEmpty() || values_.contains(v);
    const int position = positionOf(v);
    settingValue_ = true;
    if (std::isfinite(v) && v >= lo && v <= hi && listed)
        exact_ = v;
    else
        exact_.reset();
    const bool moved = position != slider_->value();
    slider_->setValue(position);  // emits through the slider when it moves
    settingValue_ = false;
    if (!moved && value() != before) {
        updateLabel();
        Q_EMIT valueChanged(value());
    }
}

void MappedSlider::setFormatter(Formatter formatter) {
    formatter_ = std::move(formatter);
    updateLabel();
}

QString MappedSlider::valueText() const { return label_->text(); }

void MappedSlider::setToolTip(const QString& tip) {
    QWidget::setToolTip(tip);
    slider_->setToolTip(tip);
    label_->setToolTip(tip);
}

void MappedSlider::setValueLabelVisible(bool visible) { label_->setVisible(visible); }

void MappedSlider::updateLabel() { label_->setText(formatter_(value())); }

}  // namespace normlab::app
