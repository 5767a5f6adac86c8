#pragma once
// Group normalization with PyTorch's semantics (GroupNorm(G, C)): each
// sample is normalised by its own statistics over each group of C / G
// consecutive channels and all of H, W, with the biased variance and eps
// inside the square root, then scaled and shifted per channel. There are no
// running statistics, so training and evaluation compute the same function
// and any batch size works. G = 1 is layer norm over (C, H, W); G = C is
// instance norm. An (N, C) input is (N, C, 1, 1).

#include "core/nn/channel_affine.h"

namespace normlab::core {

struct GroupNormOptions {
    double eps = 1e-5;
    bool affineLearnable = true;  // false: gamma = 1 and beta = 0 stay frozen
};

template <class T>
class GroupNorm : public ChannelAffine<T> {
  public:
    // Throws std::invalid_argument unless groups >= 1 divides channels >= 1.
    GroupNorm(int groups, int channels, GroupNormOptions options = {});

    [[nodiscard]] std::string kind() const override { return "groupnorm"; }
    [[nodiscard]] Shape outputShape(Shape in) const override;
    // The mode is ignored: the statistics are always the sample's own.
    void forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) override;
    void backward(const Tensor<T>& dy, Tensor<T>* dx) override;

    [[nodiscard]] int groups() const { return groups_; }
    using ChannelAffine<T>::channels;
    [[nodiscard]] const GroupNormOptions& options() const { return options_; }

  private:
    void scaleByChannel(const Matrix<T>& in, Matrix<T>& out, int spatial, bool addBeta) const;

    using ChannelAffine<T>::gamma_;
    using ChannelAffine<T>::beta_;
    using ChannelAffine<T>::gammaGrad_;
    using ChannelAffine<T>::betaGrad_;

    int groups_;
    GroupNormOptions options_;
    Matrix<T> xhat_;    // N x (C*H*W)
    Matrix<T> invStd_;  // N x G
    Shape inputShape_;
};

extern template class GroupNorm<float>;
extern template class GroupNorm<double>;

}  // namespace normlab::core
