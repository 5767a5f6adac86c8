#pragma once
// Fully connected layer with PyTorch's layout: weight (out, in), y = x W^T + b.

#include "core/nn/layer.h"

namespace normlab::core {

template <class T>
class Dense final : public Layer<T> {
  public:
    Dense(int inFeatures, int outFeatures, bool bias = true);

    [[nodiscard]] std::string kind() const override { return "dense"; }
    [[nodiscard]] Shape outputShape(Shape in) const override;
    void forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) override;
    void backward(const Tensor<T>& dy, Tensor<T>* dx) override;
    [[nodiscard]] std::vector<ParamRef<T>> params() override;

    [[nodiscard]] int inFeatures() const { return static_cast<int>(weight_.cols()); }
    [[nodiscard]] int outFeatures() const { return static_cast<int>(weight_.rows()); }
    [[nodiscard]] bool hasBias() const { return hasBias_; }
    Matrix<T>& weight() { return weight_; }
    Matrix<T>& bias() { return bias_; }  // 1 x out; empty without bias
    const Matrix<T>& weightGrad() const { return weightGrad_; }
    const Matrix<T>& biasGrad() const { return biasGrad_; }

  private:
    Matrix<T> weight_, weightGrad_;
    Matrix<T> bias_, biasGrad_;
    bool hasBias_;
    const Tensor<T>* input_ = nullptr;
};

extern template class Dense<float>;
extern template class Dense<double>;

}  // namespace normlab::core
