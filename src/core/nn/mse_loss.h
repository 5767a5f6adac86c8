#pragma once
// Mean squared error over every element, like PyTorch's MSELoss default.

#include "core/tensor.h"

namespace normlab::core {

template <class T>
class MseLoss {
  public:
    // Throws std::invalid_argument when the shapes differ.
    T forward(const Matrix<T>& outputs, const Matrix<T>& targets);
    // dLoss/dOutputs of the last forward: 2 (outputs - targets) / elements.
    void backward(Matrix<T>& dOutputs) const;

  private:
    Matrix<T> residual_;
};

extern template class MseLoss<float>;
extern template class MseLoss<double>;

}  // namespace normlab::core
