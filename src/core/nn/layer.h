#pragma once
// The contract every network layer follows: a forward pass that caches what
// its backward pass needs, and buffers that are reused from step to step.

#include <string>
#include <vector>

#include "core/tensor.h"

namespace normlab::core {

enum class Mode { Train, Eval };

template <class T>
struct ParamRef {
    std::string name;
    Matrix<T>* value = nullptr;
    Matrix<T>* grad = nullptr;
    bool trainable = true;  // frozen parameters still get gradients, optimizers skip them
};

template <class T>
class Layer {
  public:
    virtual ~Layer() = default;

    [[nodiscard]] virtual std::string kind() const = 0;
    // Throws std::invalid_argument when the layer cannot take `in`.
    [[nodiscard]] virtual Shape outputShape(Shape in) const = 0;
    // `x` and `y` must stay alive and unchanged until the matching backward():
    // layers keep pointers to them instead of copying.
    virtual void forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) = 0;
    // Overwrites the parameter gradients. `dx == nullptr` skips the input
    // gradient (the first layer of a network needs none).
    virtual void backward(const Tensor<T>& dy, Tensor<T>* dx) = 0;
    [[nodiscard]] virtual std::vector<ParamRef<T>> params() { return {}; }
};

}  // namespace normlab::core
