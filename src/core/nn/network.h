#pragma once
// A sequential network built from a NetworkSpec, with taps on every hidden
// block's pre-activation and activation for the probes.
//
// Hidden block l (1-based) is one dense or conv layer with its normaliser
// (batch, layer or group norm, or none) and nonlinearity. Its pre-activation
// is the nonlinearity's input (the normaliser's output when it comes first,
// else the dense/conv output); its activation is the nonlinearity's output.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/nn/batch_norm.h"
#include "core/nn/layer.h"
#include "core/nn/mse_loss.h"
#include "core/nn/network_spec.h"
#include "core/nn/softmax_cross_entropy.h"
#include "core/nn/unit_noise.h"

namespace normlab::core {

template <class T>
class Network {
  public:
    // Weights are drawn layer by layer, each in row-major order, from one
    // SeededRandom seeded with `seed`; nothing else consumes random numbers.
    static Network build(const NetworkSpec& spec, std::uint64_t seed);

    [[nodiscard]] const NetworkSpec& spec() const { return spec_; }
    [[nodiscard]] Shape outputShape() const { return outputShape_; }

    // Returns the logits; `x` must stay alive until backward().
    const Tensor<T>& forward(const Tensor<T>& x, Mode mode);
    // Backpropagates `outputGradient()` (dLoss/dLogits) through the last forward.
    void backward();
    void backward(const Matrix<T>& dLogits);
    Tensor<T>& outputGradient() { return outputGradient_; }

    // forward + mean softmax cross-entropy + backward; returns the loss.
    T forwardBackward(const Tensor<T>& x, const std::vector<int>& labels, Mode mode = Mode::Train);
    // forward + mean squared error + backward; returns the loss.
    T forwardBackwardMse(const Tensor<T>& x, const Matrix<T>& targets, Mode mode = Mode::Train);
    [[nodiscard]] const SoftmaxCrossEntropy<T>& crossEntropy() const { return crossEntropy_; }

    // Named "dense1.weight", "bn1.gamma" (or "ln1.", "gn1."), "conv2.bias", ...;
    // a stable order.
    [[nodiscard]] const std::vector<ParamRef<T>>& params() const { return params_; }
    // Frees or freezes every normaliser's gamma and beta, for the optimizer
    // and for probes alike; frozen means the identity transform, gamma 1
    // and beta 0.
    void setNormaliserAffineLearnable(bool learnable);
    [[nodiscard]] std::int64_t parameterCount() const;
    // Same layers, parameter shapes and group counts, so copyStateFrom() can take `other`'s.
    [[nodiscard]] bool sameShapeAs(const Network& other) const;
    // Takes `other`'s parameter values and batch-norm running statistics
    // into this network's own storage (no allocation); the layer buffers of
    // both are left as they are. Throws std::invalid_argument unless
    // sameShapeAs(other).
    void copyStateFrom(const Network& other);
    [[nodiscard]] bool allFinite() const;

    [[nodiscard]] std::size_t layerCount() const { return layers_.size(); }
    Layer<T>& layer(std::size_t i) { return *layers_.at(i); }

    [[nodiscard]] int hiddenBlockCount() const { return static_cast<int>(blocks_.size()); }
    // l in [1, hiddenBlockCount()]; throws std::out_of_range otherwise.
    [[nodiscard]] const Tensor<T>& preActivation(int l) const;
    [[nodiscard]] const Tensor<T>& activation(int l) const;
    // The batch norm of block l, or nullptr when the network has none.
    BatchNorm<T>* batchNorm(int l);
    const BatchNorm<T>* batchNorm(int l) const;
    // The normaliser of block l of whatever kind, or nullptr.
    const Layer<T>* normaliser(int l) const;
    // The noise after block l's normaliser (spec().noiseAfterNorm), or nullptr.
    UnitNoise<T>* noise(int l);

  private:
    struct Block {
        std::size_t preActivation;  // index of the layer whose output it is
        std::size_t activation;
        int normaliser = -1;  // layer index or -1
        int noise = -1;       // layer index or -1
    };

    Network() = default;
    void add(std::unique_ptr<Layer<T>> layer, const std::string& name);
    const Block& block(int l) const;

    NetworkSpec spec_;
    Shape outputShape_;
    std::vector<std::unique_ptr<Layer<T>>> layers_;
    std::vector<Tensor<T>> outputs_;    // output of layer i
    std::vector<Tensor<T>> gradients_;  // dLoss/d(output of layer i), i < last
    Tensor<T> outputGradient_;
    std::vector<ParamRef<T>> params_;
    std::vector<Block> blocks_;
    SoftmaxCrossEntropy<T> crossEntropy_;
    MseLoss<T> mse_;
};

extern template class Network<float>;
extern template class Network<double>;

}  // namespace normlab::core
