#include "core/nn/batch_norm.h"

#include <stdexcept>

namespace normlab::core {

template <class T>
BatchNorm<T>::BatchNorm(int channels, BatchNormOptions options)
    : ChannelAffine<T>("BatchNorm", channels, options.affineLearnable), options_(options) {
    if (!(options.eps > 0.0)) {
        throw std::invalid_argument("BatchNorm: eps must be positive");
    }
    if (!(options.momentum >= 0.0 && options.momentum <= 1.0)) {
        throw std::invalid_argument("BatchNorm: momentum must be in [0, 1]");
    }
    runningMean_ = Matrix<T>::Zero(1, channels);
    runningVar_ = Matrix<T>::Ones(1, channels);
    mean_ = runningMean_;
    var_ = runningVar_;
    invStd_ = runningVar_;
    scale_ = runningVar_;
}

template <class T>
Shape BatchNorm<T>::outputShape(Shape in) const {
    if (in.channels != channels()) {
        throw std::invalid_argument("BatchNorm: expected " + std::to_string(channels()) +
                                    " channels, got " + std::to_string(in.channels));
    }
    return in;
}

template <class T>
void BatchNorm<T>::computeBatchStatistics(const Matrix<T>& x, int spatial) {
    const Eigen::Index n = x.rows();
    const T count = static_cast<T>(n * spatial);
    if (spatial == 1) {
        mean_.noalias() = x.colwise().sum() / count;
        xhat_.noalias() = x.rowwise() - mean_.row(0);
        var_.noalias() = xhat_.array().square().matrix().colwise().sum() / count;
        return;
    }
    xhat_.resize(x.rows(), x.cols());
    for (int c = 0; c < channels(); ++c) {
        T sum = 0;
        for (Eigen::Index i = 0; i < n; ++i) sum += x.row(i).segment(c * spatial, spatial).sum();
        const T mean = sum / count;
        T sq = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            auto centred = xhat_.row(i).segment(c * spatial, spatial);
            centred.array() = x.row(i).segment(c * spatial, spatial).array() - mean;
            sq += centred.squaredNorm();
        }
        mean_(0, c) = mean;
        var_(0, c) = sq / count;
    }
}

template <class T>
void BatchNorm<T>::normalise(const Matrix<T>& x, Matrix<T>& y, int spatial) {
    const Eigen::Index n = x.rows();
    y.resize(x.rows(), x.cols());
    if (spatial == 1) {
        if (lastMode_ == Mode::Eval) xhat_.noalias() = x.rowwise() - mean_.row(0);
        xhat_.array().rowwise() *= invStd_.row(0).array();
        y.array() =
            (xhat_.array().rowwise() * gamma_.row(0).array()).rowwise() + beta_.row(0).array();
        return;
    }
    if (lastMode_ == Mode::Eval) xhat_.resize(x.rows(), x.cols());
    for (int c = 0; c < channels(); ++c) {
        const T mean = mean_(0, c), invStd = invStd_(0, c), g = gamma_(0, c), b = beta_(0, c);
        for (Eigen::Index i = 0; i < n; ++i) {
            auto xh = xhat_.row(i).segment(c * spatial, spatial).array();
            if (lastMode_ == Mode::Eval) {
                xh = (x.row(i).segment(c * spatial, spatial).array() - mean) * invStd;
            } else {
                xh *= invStd;
            }
            y.row(i).segment(c * spatial, spatial).array() = xh * g + b;
        }
    }
}

template <class T>
void BatchNorm<T>::forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) {
    y.shape = outputShape(x.shape);
    if (x.data.cols() != x.shape.size()) {
        throw std::invalid_argument("BatchNorm: tensor data has " + std::to_string(x.data.cols()) +
                                    " columns but its shape holds " +
                                    std::to_string(x.shape.size()));
    }
    const int spatial = x.shape.spatial();
    const Eigen::Index count = x.data.rows() * spatial;
    inputShape_ = x.shape;
    lastMode_ = mode;
    if (mode == Mode::Train) {
        if (count < 2) {
            throw std::invalid_argument(
                "BatchNorm: a training batch needs at least two values per channel (batch " +
                std::to_string(x.data.rows()) + " x spatial " + std::to_string(spatial) +
                "); a single sample has zero variance. Use a batch of 2 or more, or eval mode");
        }
        computeBatchStatistics(x.data, spatial);
        const T m = static_cast<T>(options_.momentum);
        const T unbias = static_cast<T>(count) / static_cast<T>(count - 1);
        runningMean_ = (T(1) - m) * runningMean_ + m * mean_;
        runningVar_ = (T(1) - m) * runningVar_ + (m * unbias) * var_;
    } else {
        mean_ = runningMean_;
        var_ = runningVar_;
    }
    invStd_.array() = (var_.array() + static_cast<T>(options_.eps)).rsqrt();
    normalise(x.data, y.data, spatial);
}

template <class T>
void BatchNorm<T>::backward(const Tensor<T>& dy, Tensor<T>* dx) {
    const int spatial = inputShape_.spatial();
    const Eigen::Index n = dy.data.rows();
    const T count = static_cast<T>(n * spatial);
    const Matrix<T>& g = dy.data;
    this->computeAffineGrads(g, xhat_, spatial);
    if (dx == nullptr) return;
    dx->shape = inputShape_;
    dx->data.resize(g.rows(), g.cols());
    scale_.array() = gamma_.array() * invStd_.array();
    if (lastMode_ == Mode::Eval) {
        // Running statistics are constants, so the map is affine per channel.
        if (spatial == 1) {
            dx->data.array() = g.array().rowwise() * scale_.row(0).array();
        } else {
            for (int c = 0; c < channels(); ++c) {
                for (Eigen::Index i = 0; i < n; ++i) {
                    dx->data.row(i).segment(c * spatial, spatial) =
                        g.row(i).segment(c * spatial, spatial) * scale_(0, c);
                }
            }
        }
        return;
    }
    // dx = gamma * invStd / m * (m * dy - sum(dy) - xhat * sum(dy * xhat))
    if (spatial == 1) {
        const T invCount = T(1) / count;
        dx->data.array() = ((g.array().rowwise() - betaGrad_.row(0).array() * invCount) -
                            xhat_.array().rowwise() * (gammaGrad_.row(0).array() * invCount))
                               .rowwise() *
                           scale_.row(0).array();
        return;
    }
    for (int c = 0; c < channels(); ++c) {
        const T meanDb = betaGrad_(0, c) / count, meanDg = gammaGrad_(0, c) / count;
        const T s = scale_(0, c);
        for (Eigen::Index i = 0; i < n; ++i) {
            dx->data.row(i).segment(c * spatial, spatial).array() =
                (g.row(i).segment(c * spatial, spatial).array() - meanDb -
                 xhat_.row(i).segment(c * spatial, spatial).array() * meanDg) *
                s;
        }
    }
}

template class BatchNorm<float>;
template class BatchNorm<double>;

}  // namespace normlab::core
