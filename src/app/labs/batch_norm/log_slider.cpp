#include "app/labs/batch_norm/log_slider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <array>
#include <cmath>

namespace normlab::app {

namespace {
constexpr std::array<double, 6> kMantissas{1.0, 1.5, 2.0, 3.0, 5.0, 7.0};
constexpr int kPerDecade = static_cast<int>(kMantissas.size());
}  // namespace

LogSlider::LogSlider(double min, double max, QWidget* parent)
    : QWidget(parent), decadeMin_(static_cast<int>(std::lround(std::log10(min)))) {
    slider_ = new QSlider(Qt::Horizontal, this);
    const int decades = static_cast<int>(std::lround(std::log10(max))) - decadeMin_;
    slider_->setRange(0, decades * kPerDecade);
    slider_->setPageStep(kPerDecade);
    label_ = new QLabel(this);
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(QStringLiteral("0.00015")));
    label_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);
    connect(slider_, &QSlider::valueChanged, this, [this](int position) {
        value_ = valueAt(position);
        updateLabel();
        if (!slider_->isSliderDown()) Q_EMIT valueCommitted(value_);
    });
    connect(slider_, &QSlider::sliderReleased, this, [this] { Q_EMIT valueCommitted(value_); });
    value_ = valueAt(slider_->value());
    updateLabel();
}

double LogSlider::valueAt(int position) const {
    const int decade = decadeMin_ + position / kPerDecade;
    return kMantissas[static_cast<std::size_t>(position % kPerDecade)] * std::pow(10.0, decade);
}

void LogSlider::setValue(double value) {
    int best = 0;
    for (int p = slider_->minimum(); p <= slider_->maximum(); ++p) {
        if (std::abs(std::log(valueAt(p) / value)) < std::abs(std::log(valueAt(best) / value)))
            best = p;
    }
    const QSignalBlocker block(slider_);
    slider_->setValue(best);
    value_ = value;
    updateLabel();
}

void LogSlider::updateLabel() { label_->setText(QString::number(value_, 'g', 3)); }

}  // namespace normlab::app
