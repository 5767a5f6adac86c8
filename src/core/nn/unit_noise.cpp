#include "core/nn/unit_noise.h"

#include <cmath>
#include <stdexcept>

namespace normlab::core {

template <class T>
void UnitNoise<T>::expand(const Matrix<T>& perChannel, Matrix<T>& perColumn) const {
    perColumn.resize(1, perChannel.cols() * spatial_);
    for (Eigen::Index c = 0; c < perChannel.cols(); ++c)
        perColumn.middleCols(c * spatial_, spatial_).setConstant(perChannel(0, c));
}

template <class T>
UnitNoise<T>::UnitNoise(int channels)
    : scale_(Matrix<T>::Ones(1, channels)), shift_(Matrix<T>::Zero(1, channels)) {
    if (channels < 1) throw std::invalid_argument("UnitNoise: channels must be at least 1");
}

template <class T>
Shape UnitNoise<T>::outputShape(Shape in) const {
    if (in.channels != scale_.cols())
        throw std::invalid_argument("UnitNoise: input has " + std::to_string(in.channels) +
                                    " channels, the layer " + std::to_string(scale_.cols()));
    return in;
}

template <class T>
void UnitNoise<T>::forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) {
    y.shape = x.shape;
    lastMode_ = mode;
    spatial_ = x.shape.spatial();
    if (mode == Mode::Eval) {
        y.data = x.data;
        return;
    }
    expand(scale_, spatialScale_);
    expand(shift_, spatialShift_);
    // Row-major rows: one broadcast over the batch.
    y.data = (x.data.array().rowwise() * spatialScale_.array().row(0)).rowwise() +
             spatialShift_.array().row(0);
}

template <class T>
void UnitNoise<T>::backward(const Tensor<T>& dy, Tensor<T>* dx) {
    if (dx == nullptr) return;
    dx->shape = dy.shape;
    if (lastMode_ == Mode::Eval) {
        dx->data = dy.data;
        return;
    }
    dx->data = dy.data.array().rowwise() * spatialScale_.array().row(0);
}

template <class T>
void UnitNoise<T>::draw(SeededRandom& random, double strength) {
    if (!(strength >= 0) || !std::isfinite(strength))
        throw std::invalid_argument("UnitNoise: strength must be a finite number >= 0");
    const double h = std::log1p(strength);
    const double layerShift = random.uniform(-strength, strength);
    const double layerLogScale = random.uniform(-h, h);
    for (Eigen::Index c = 0; c < scale_.cols(); ++c) {
        shift_(0, c) = static_cast<T>(layerShift + random.uniform(-strength / 2, strength / 2));
        scale_(0, c) = static_cast<T>(std::exp(layerLogScale + random.uniform(-h / 2, h / 2)));
    }
}

template <class T>
void UnitNoise<T>::setNoise(const Matrix<T>& scale, const Matrix<T>& shift) {
    if (scale.rows() != 1 || scale.cols() != scale_.cols() || shift.rows() != 1 ||
        shift.cols() != shift_.cols())
        throw std::invalid_argument("UnitNoise: scale and shift must be 1 x channels");
    scale_ = scale;
    shift_ = shift;
}

template class UnitNoise<float>;
template class UnitNoise<double>;

}  // namespace normlab::core
