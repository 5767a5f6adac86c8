#pragma once
// Elementwise nonlinearity. Backward uses the cached output, since every
// supported derivative is a function of it.

#include "core/nn/activation_kind.h"
#include "core/nn/layer.h"

namespace normlab::core {

template <class T>
class Activation final : public Layer<T> {
  public:
    explicit Activation(ActivationKind kind) : kind_(kind) {}

    [[nodiscard]] std::string kind() const override { return toString(kind_); }
    [[nodiscard]] Shape outputShape(Shape in) const override { return in; }
    void forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) override;
    void backward(const Tensor<T>& dy, Tensor<T>* dx) override;

    [[nodiscard]] ActivationKind activationKind() const { return kind_; }

    // y = f(x) into a buffer of the same size.
    static void apply(ActivationKind kind, const Matrix<T>& x, Matrix<T>& y);
    // dx = dy * f'(x) written through the output y = f(x).
    static void applyDerivative(ActivationKind kind, const Matrix<T>& y, const Matrix<T>& dy,
                                Matrix<T>& dx);

  private:
    ActivationKind kind_;
    const Tensor<T>* output_ = nullptr;
};

extern template class Activation<float>;
extern template class Activation<double>;

}  // namespace normlab::core
