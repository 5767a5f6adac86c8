#pragma once
// Santurkar et al.'s "noisy BatchNorm": after a normaliser, every unit (or
// channel) is scaled and shifted by random amounts that are redrawn at every
// training step, so the next layer's inputs have a non-zero mean and a
// non-unit variance that change all the time. Train mode applies the noise;
// eval mode is the identity (the noise is a training-time perturbation, and
// its scale and shift are 1 and 0 on average in the log and linear sense).

#include "core/nn/layer.h"
#include "core/seeded_random.h"

namespace normlab::core {

template <class T>
class UnitNoise final : public Layer<T> {
  public:
    explicit UnitNoise(int channels);

    [[nodiscard]] std::string kind() const override { return "unitnoise"; }
    [[nodiscard]] Shape outputShape(Shape in) const override;
    void forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) override;
    void backward(const Tensor<T>& dy, Tensor<T>* dx) override;

    // New noise of `strength` s >= 0 (0 = none). One layer-wide shift m ~
    // U(-s, s) and log-scale v ~ U(-h, h), h = ln(1 + s), are drawn; then per
    // unit, shift = m + U(-s/2, s/2) and scale = exp(v + U(-h/2, h/2)). The
    // layer-wide part moves the whole distribution, the per-unit part each
    // unit apart from the others.
    void draw(SeededRandom& random, double strength);
    // 1 x channels.
    [[nodiscard]] const Matrix<T>& scale() const { return scale_; }
    [[nodiscard]] const Matrix<T>& shift() const { return shift_; }
    void setNoise(const Matrix<T>& scale, const Matrix<T>& shift);

  private:
    // One entry per input column: each channel's value over its feature map.
    void expand(const Matrix<T>& perChannel, Matrix<T>& perColumn) const;

    Matrix<T> scale_, shift_;
    Matrix<T> spatialScale_, spatialShift_;
    Mode lastMode_ = Mode::Train;
    int spatial_ = 1;
};

extern template class UnitNoise<float>;
extern template class UnitNoise<double>;

}  // namespace normlab::core
