#include "core/nn/conv2d.h"

#include <algorithm>
#include <stdexcept>

namespace normlab::core {

template <class T>
Conv2d<T>::Conv2d(const Conv2dOptions& options) : options_(options) {
    const auto& o = options;
    if (o.inChannels <= 0 || o.outChannels <= 0 || o.kernelHeight <= 0 || o.kernelWidth <= 0 ||
        o.stride <= 0 || o.padding < 0) {
        throw std::invalid_argument(
            "Conv2d: channels, kernel size and stride must be positive and padding >= 0");
    }
    const int k = o.inChannels * o.kernelHeight * o.kernelWidth;
    weight_ = Matrix<T>::Zero(o.outChannels, k);
    weightGrad_ = Matrix<T>::Zero(o.outChannels, k);
    if (o.bias) {
        bias_ = Matrix<T>::Zero(1, o.outChannels);
        biasGrad_ = Matrix<T>::Zero(1, o.outChannels);
    }
}

template <class T>
Shape Conv2d<T>::outputShape(Shape in) const {
    const auto& o = options_;
    if (in.channels != o.inChannels) {
        throw std::invalid_argument("Conv2d: expected " + std::to_string(o.inChannels) +
                                    " input channels, got " + std::to_string(in.channels));
    }
    const int h = (in.height + 2 * o.padding - o.kernelHeight) / o.stride + 1;
    const int w = (in.width + 2 * o.padding - o.kernelWidth) / o.stride + 1;
    if (in.height + 2 * o.padding < o.kernelHeight || in.width + 2 * o.padding < o.kernelWidth) {
        throw std::invalid_argument("Conv2d: kernel larger than the padded input " +
                                    std::to_string(in.height) + "x" + std::to_string(in.width));
    }
    return Shape{o.outChannels, h, w};
}

template <class T>
void Conv2d<T>::im2col(const T* image, T* columns) const {
    const auto& o = options_;
    const int h = inputShape_.height, w = inputShape_.width;
    const int oh = outShape_.height, ow = outShape_.width;
    for (int c = 0; c < o.inChannels; ++c) {
        for (int ky = 0; ky < o.kernelHeight; ++ky) {
            for (int kx = 0; kx < o.kernelWidth; ++kx) {
                T* row = columns + ((c * o.kernelHeight + ky) * o.kernelWidth + kx) * oh * ow;
                for (int y = 0; y < oh; ++y) {
                    const int iy = y * o.stride - o.padding + ky;
                    for (int x = 0; x < ow; ++x) {
                        const int ix = x * o.stride - o.padding + kx;
                        const bool inside = iy >= 0 && iy < h && ix >= 0 && ix < w;
                        row[y * ow + x] = inside ? image[(c * h + iy) * w + ix] : T(0);
                    }
                }
            }
        }
    }
}

template <class T>
void Conv2d<T>::col2im(const T* columns, T* image) const {
    const auto& o = options_;
    const int h = inputShape_.height, w = inputShape_.width;
    const int oh = outShape_.height, ow = outShape_.width;
    std::fill(image, image + inputShape_.size(), T(0));
    for (int c = 0; c < o.inChannels; ++c) {
        for (int ky = 0; ky < o.kernelHeight; ++ky) {
            for (int kx = 0; kx < o.kernelWidth; ++kx) {
                const T* row = columns + ((c * o.kernelHeight + ky) * o.kernelWidth + kx) * oh * ow;
                for (int y = 0; y < oh; ++y) {
                    const int iy = y * o.stride - o.padding + ky;
                    if (iy < 0 || iy >= h) continue;
                    for (int x = 0; x < ow; ++x) {
                        const int ix = x * o.stride - o.padding + kx;
                        if (ix >= 0 && ix < w) image[(c * h + iy) * w + ix] += row[y * ow + x];
                    }
                }
            }
        }
    }
}

template <class T>
void Conv2d<T>::forward(const Tensor<T>& x, Tensor<T>& y, Mode /*mode*/) {
    using RowMap = Eigen::Map<Matrix<T>>;
    inputShape_ = x.shape;
    outShape_ = outputShape(x.shape);
    const Eigen::Index n = x.data.rows();
    const Eigen::Index k = weight_.cols();
    const Eigen::Index pixels = outShape_.spatial();
    columns_.resize(n * k, pixels);
    y.shape = outShape_;
    y.data.resize(n, outShape_.size());
    for (Eigen::Index i = 0; i < n; ++i) {
        T* cols = columns_.data() + i * k * pixels;
        im2col(x.data.row(i).data(), cols);
        RowMap out(y.data.row(i).data(), options_.outChannels, pixels);
        out.noalias() = weight_ * RowMap(cols, k, pixels);
        if (options_.bias) out.colwise() += bias_.row(0).transpose();
    }
}

template <class T>
void Conv2d<T>::backward(const Tensor<T>& dy, Tensor<T>* dx) {
    using ConstRowMap = Eigen::Map<const Matrix<T>>;
    const Eigen::Index n = dy.data.rows();
    const Eigen::Index k = weight_.cols();
    const Eigen::Index pixels = outShape_.spatial();
    weightGrad_.setZero();
    if (options_.bias) biasGrad_.setZero();
    if (dx != nullptr) {
        dx->shape = inputShape_;
        dx->data.resize(n, inputShape_.size());
        dColumns_.resize(k, pixels);
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        ConstRowMap g(dy.data.row(i).data(), options_.outChannels, pixels);
        ConstRowMap cols(columns_.data() + i * k * pixels, k, pixels);
        weightGrad_.noalias() += g * cols.transpose();
        if (options_.bias) biasGrad_.row(0) += g.rowwise().sum().transpose();
        if (dx != nullptr) {
            dColumns_.noalias() = weight_.transpose() * g;
            col2im(dColumns_.data(), dx->data.row(i).data());
        }
    }
}

template <class T>
std::vector<ParamRef<T>> Conv2d<T>::params() {
    std::vector<ParamRef<T>> out{{"weight", &weight_, &weightGrad_, true}};
    if (options_.bias) out.push_back({"bias", &bias_, &biasGrad_, true});
    return out;
}

template class Conv2d<float>;
template class Conv2d<double>;

}  // namespace normlab::core
