#pragma once
// The per-channel scale and shift a normaliser ends with, y = gamma * xhat +
// beta: batch and group norm share these parameters (gamma = 1 and beta = 0
// at the start), their gradients and how an optimiser sees them.

#include "core/nn/layer.h"

namespace normlab::core {

template <class T>
class ChannelAffine : public Layer<T> {
  public:
    [[nodiscard]] std::vector<ParamRef<T>> params() override;

    [[nodiscard]] int channels() const { return static_cast<int>(gamma_.cols()); }

    // All 1 x C.
    Matrix<T>& gamma() { return gamma_; }
    Matrix<T>& beta() { return beta_; }
    const Matrix<T>& gamma() const { return gamma_; }
    const Matrix<T>& beta() const { return beta_; }
    const Matrix<T>& gammaGrad() const { return gammaGrad_; }
    const Matrix<T>& betaGrad() const { return betaGrad_; }

  protected:
    // Throws std::invalid_argument "LAYER: channel count must be positive, ..."
    // unless channels >= 1. learnable = false: gamma and beta stay frozen.
    ChannelAffine(const char* layer, int channels, bool learnable);

    // betaGrad = sum(dy) and gammaGrad = sum(dy * xhat) per channel, over the
    // batch and the `spatial` positions of each channel.
    void computeAffineGrads(const Matrix<T>& dy, const Matrix<T>& xhat, int spatial);

    Matrix<T> gamma_, beta_, gammaGrad_, betaGrad_;

  private:
    bool learnable_;
};

extern template class ChannelAffine<float>;
extern template class ChannelAffine<double>;

}  // namespace normlab::core
