#include "core/nn/group_norm.h"

#include <cmath>
#include <stdexcept>

namespace normlab::core {

template <class T>
GroupNorm<T>::GroupNorm(int groups, int channels, GroupNormOptions options)
    : ChannelAffine<T>("GroupNorm", channels, options.affineLearnable),
      groups_(groups),
      options_(options) {
    if (groups <= 0 || channels % groups != 0) {
        throw std::invalid_argument("GroupNorm: the group count must divide the " +
                                    std::to_string(channels) + " channels, got " +
                                    std::to_string(groups));
    }
    if (!(options.eps > 0.0) || !std::isfinite(options.eps)) {
        throw std::invalid_argument("GroupNorm: eps must be positive");
    }
}

template <class T>
Shape GroupNorm<T>::outputShape(Shape in) const {
    if (in.channels != channels()) {
        throw std::invalid_argument(kind() + ": expected " + std::to_string(channels()) +
                                    " channels, got " + std::to_string(in.channels));
    }
    return in;
}

// out = in * gamma (+ beta) per channel; whole columns at once for (N, C) inputs.
template <class T>
void GroupNorm<T>::scaleByChannel(const Matrix<T>& in, Matrix<T>& out, int spatial,
                                  bool addBeta) const {
    if (spatial == 1) {
        out.array() = in.array().rowwise() * gamma_.row(0).array();
        if (addBeta) out.array().rowwise() += beta_.row(0).array();
        return;
    }
    for (Eigen::Index i = 0; i < in.rows(); ++i) {
        for (int c = 0; c < channels(); ++c) {
            const T shift = addBeta ? beta_(0, c) : T(0);
            out.row(i).segment(c * spatial, spatial).array() =
                in.row(i).segment(c * spatial, spatial).array() * gamma_(0, c) + shift;
        }
    }
}

template <class T>
void GroupNorm<T>::forward(const Tensor<T>& x, Tensor<T>& y, Mode /*mode*/) {
    y.shape = outputShape(x.shape);
    if (x.data.cols() != x.shape.size()) {
        throw std::invalid_argument(kind() + ": tensor data has " + std::to_string(x.data.cols()) +
                                    " columns but its shape holds " +
                                    std::to_string(x.shape.size()));
    }
    inputShape_ = x.shape;
    const Eigen::Index n = x.data.rows();
    const int spatial = x.shape.spatial();
    const int groupSize = channels() / groups_ * spatial;  // a group is contiguous in a row
    const T invCount = T(1) / static_cast<T>(groupSize);
    const T eps = static_cast<T>(options_.eps);
    xhat_.resize(n, x.data.cols());
    invStd_.resize(n, groups_);
    y.data.resize(n, x.data.cols());
    for (Eigen::Index i = 0; i < n; ++i) {
        for (int g = 0; g < groups_; ++g) {
            auto centred = xhat_.row(i).segment(g * groupSize, groupSize);
            const auto in = x.data.row(i).segment(g * groupSize, groupSize);
            centred.array() = in.array() - in.sum() * invCount;
            const T invStd = T(1) / std::sqrt(centred.squaredNorm() * invCount + eps);
            centred *= invStd;
            invStd_(i, g) = invStd;
        }
    }
    scaleByChannel(xhat_, y.data, spatial, true);
}

template <class T>
void GroupNorm<T>::backward(const Tensor<T>& dy, Tensor<T>* dx) {
    const Eigen::Index n = dy.data.rows();
    const int spatial = inputShape_.spatial();
    const int channelsPerGroup = channels() / groups_;
    const int groupSize = channelsPerGroup * spatial;
    const Matrix<T>& g = dy.data;
    this->computeAffineGrads(g, xhat_, spatial);
    if (dx == nullptr) return;
    dx->shape = inputShape_;
    dx->data.resize(n, g.cols());
    // Per group: dxhat = gamma * dy, and
    // dx = invStd * (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)).
    scaleByChannel(g, dx->data, spatial, false);
    const T invCount = T(1) / static_cast<T>(groupSize);
    for (Eigen::Index i = 0; i < n; ++i) {
        auto dxhat = dx->data.row(i);
        for (int grp = 0; grp < groups_; ++grp) {
            auto d = dxhat.segment(grp * groupSize, groupSize);
            const auto xh = xhat_.row(i).segment(grp * groupSize, groupSize);
            const T meanD = d.sum() * invCount;
            const T meanDx = d.dot(xh) * invCount;
            d.array() = (d.array() - meanD - xh.array() * meanDx) * invStd_(i, grp);
        }
    }
}

template class GroupNorm<float>;
template class GroupNorm<double>;

}  // namespace normlab::core
