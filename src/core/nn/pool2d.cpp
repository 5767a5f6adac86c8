#include "core/nn/pool2d.h"

#include <stdexcept>

namespace normlab::core {

template <class T>
Pool2d<T>::Pool2d(PoolKind kind, int kernel, int stride)
    : kind_(kind), kernel_(kernel), stride_(stride) {
    if (kernel <= 0 || stride <= 0) {
        throw std::invalid_argument("Pool2d: kernel and stride must be positive");
    }
}

template <class T>
Shape Pool2d<T>::outputShape(Shape in) const {
    if (in.height < kernel_ || in.width < kernel_) {
        throw std::invalid_argument("Pool2d: kernel " + std::to_string(kernel_) +
                                    " larger than the input " + std::to_string(in.height) + "x" +
                                    std::to_string(in.width));
    }
    return Shape{in.channels, (in.height - kernel_) / stride_ + 1,
                 (in.width - kernel_) / stride_ + 1};
}

template <class T>
void Pool2d<T>::forward(const Tensor<T>& x, Tensor<T>& y, Mode /*mode*/) {
    inputShape_ = x.shape;
    outShape_ = outputShape(x.shape);
    const Eigen::Index n = x.data.rows();
    y.shape = outShape_;
    y.data.resize(n, outShape_.size());
    if (kind_ == PoolKind::Max) argmax_.resize(static_cast<std::size_t>(n * outShape_.size()));
    const int h = inputShape_.height, w = inputShape_.width;
    const int oh = outShape_.height, ow = outShape_.width;
    const T area = static_cast<T>(kernel_ * kernel_);
    for (Eigen::Index i = 0; i < n; ++i) {
        const T* in = x.data.row(i).data();
        T* out = y.data.row(i).data();
        int* arg = kind_ == PoolKind::Max ? argmax_.data() + i * outShape_.size() : nullptr;
        for (int c = 0; c < inputShape_.channels; ++c) {
            for (int oy = 0; oy < oh; ++oy) {
                for (int ox = 0; ox < ow; ++ox) {
                    const int o = (c * oh + oy) * ow + ox;
                    int best = (c * h + oy * stride_) * w + ox * stride_;
                    T sum = 0;
                    for (int ky = 0; ky < kernel_; ++ky) {
                        for (int kx = 0; kx < kernel_; ++kx) {
                            const int idx = (c * h + oy * stride_ + ky) * w + ox * stride_ + kx;
                            sum += in[idx];
                            if (in[idx] > in[best]) best = idx;
                        }
                    }
                    if (arg != nullptr) {
                        arg[o] = best;
                        out[o] = in[best];
                    } else {
                        out[o] = sum / area;
                    }
                }
            }
        }
    }
}

template <class T>
void Pool2d<T>::backward(const Tensor<T>& dy, Tensor<T>* dx) {
    if (dx == nullptr) return;
    const Eigen::Index n = dy.data.rows();
    dx->shape = inputShape_;
    dx->data.setZero(n, inputShape_.size());
    const int h = inputShape_.height, w = inputShape_.width;
    const int oh = outShape_.height, ow = outShape_.width;
    const T area = static_cast<T>(kernel_ * kernel_);
    for (Eigen::Index i = 0; i < n; ++i) {
        const T* g = dy.data.row(i).data();
        T* out = dx->data.row(i).data();
        if (kind_ == PoolKind::Max) {
            const int* arg = argmax_.data() + i * outShape_.size();
            for (int o = 0; o < outShape_.size(); ++o) out[arg[o]] += g[o];
            continue;
        }
        for (int c = 0; c < inputShape_.channels; ++c) {
            for (int oy = 0; oy < oh; ++oy) {
                for (int ox = 0; ox < ow; ++ox) {
                    const T share = g[(c * oh + oy) * ow + ox] / area;
                    for (int ky = 0; ky < kernel_; ++ky) {
                        for (int kx = 0; kx < kernel_; ++kx) {
                            out[(c * h + oy * stride_ + ky) * w + ox * stride_ + kx] += share;
                        }
                    }
                }
            }
        }
    }
}

template class Pool2d<float>;
template class Pool2d<double>;

}  // namespace normlab::core
