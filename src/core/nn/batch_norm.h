#pragma once
// Batch normalization with PyTorch's semantics, for (N, C) inputs and for
// per-channel statistics over N, H, W of (N, C, H, W) inputs (BatchNorm1d and
// BatchNorm2d in one class: the spatial size comes from the input shape).
//
// Train mode normalises with the batch mean and the biased variance and moves
// the running statistics by `momentum` towards the batch mean and the
// unbiased variance; eval mode normalises with the running statistics.

#include "core/nn/channel_affine.h"

namespace normlab::core {

struct BatchNormOptions {
    double momentum = 0.1;
    double eps = 1e-5;
    bool affineLearnable = true;  // false: gamma = 1 and beta = 0 stay frozen
};

template <class T>
class BatchNorm final : public ChannelAffine<T> {
  public:
    explicit BatchNorm(int channels, BatchNormOptions options = {});

    [[nodiscard]] std::string kind() const override { return "batchnorm"; }
    [[nodiscard]] Shape outputShape(Shape in) const override;
    // Throws std::invalid_argument in train mode when a channel has a single
    // value in the batch (N * H * W == 1): its variance would be zero.
    void forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) override;
    void backward(const Tensor<T>& dy, Tensor<T>* dx) override;

    using ChannelAffine<T>::channels;
    [[nodiscard]] const BatchNormOptions& options() const { return options_; }
    void setMomentum(double momentum) { options_.momentum = momentum; }

    // Both 1 x C.
    Matrix<T>& runningMean() { return runningMean_; }
    Matrix<T>& runningVar() { return runningVar_; }
    const Matrix<T>& runningMean() const { return runningMean_; }
    const Matrix<T>& runningVar() const { return runningVar_; }
    // The mean and biased variance the last forward normalised with: the
    // batch's in train mode, the running ones in eval mode.
    const Matrix<T>& lastMean() const { return mean_; }
    const Matrix<T>& lastVar() const { return var_; }

  private:
    void computeBatchStatistics(const Matrix<T>& x, int spatial);
    void normalise(const Matrix<T>& x, Matrix<T>& y, int spatial);

    using ChannelAffine<T>::gamma_;
    using ChannelAffine<T>::beta_;
    using ChannelAffine<T>::gammaGrad_;
    using ChannelAffine<T>::betaGrad_;

    BatchNormOptions options_;
    Matrix<T> runningMean_, runningVar_;
    Matrix<T> mean_, var_, invStd_;
    Matrix<T> xhat_;
    Matrix<T> scale_;  // backward's per-channel factor
    Shape inputShape_;
    Mode lastMode_ = Mode::Train;
};

extern template class BatchNorm<float>;
extern template class BatchNorm<double>;

}  // namespace normlab::core
