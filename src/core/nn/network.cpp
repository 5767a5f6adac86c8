#include "core/nn/network.h"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/nn/activation.h"
#include "core/nn/conv2d.h"
#include "core/nn/dense.h"
#include "core/nn/group_norm.h"
#include "core/nn/layer_norm.h"
#include "core/nn/pool2d.h"

namespace normlab::core {

template <class T>
void Network<T>::add(std::unique_ptr<Layer<T>> layer, const std::string& name) {
    outputShape_ = layer->outputShape(outputShape_);
    for (auto& p : layer->params()) {
        p.name = name + "." + p.name;
        params_.push_back(p);
    }
    layers_.push_back(std::move(layer));
}

template <class T>
Network<T> Network<T>::build(const NetworkSpec& spec, std::uint64_t seed) {
    spec.validate();
    Network net;
    net.spec_ = spec;
    net.outputShape_ = spec.input;
    SeededRandom sampler(seed);
    const bool normalised = spec.normaliser != NormKind::None;
    const bool bnBefore = normalised && spec.bnPlacement == BnPlacement::BeforeActivation;
    const bool bnAfter = normalised && spec.bnPlacement == BnPlacement::AfterActivation;
    int denseCount = 0, convCount = 0, normCount = 0;

    auto addNormaliser = [&](Block& block) {
        const int channels = net.outputShape_.channels;
        const GroupNormOptions sampleOptions{spec.bnEps, spec.bnAffineLearnable};
        const std::string number = std::to_string(++normCount);
        block.normaliser = static_cast<int>(net.layers_.size());
        switch (spec.normaliser) {
            case NormKind::Batch:
                net.add(std::make_unique<BatchNorm<T>>(
                            channels,
                            BatchNormOptions{spec.bnMomentum, spec.bnEps, spec.bnAffineLearnable}),
                        "bn" + number);
                break;
            case NormKind::Layer:
                net.add(std::make_unique<LayerNorm<T>>(channels, sampleOptions), "ln" + number);
                break;
            case NormKind::Group:
                net.add(std::make_unique<GroupNorm<T>>(spec.normGroups, channels, sampleOptions),
                        "gn" + number);
                break;
            case NormKind::None:
                break;
        }
        if (spec.noiseAfterNorm) {
            block.noise = static_cast<int>(net.layers_.size());
            net.add(std::make_unique<UnitNoise<T>>(channels), "noise" + number);
        }
    };
    // The weighted layer just added is followed by [norm] activation [norm].
    auto addBlockTail = [&]() {
        Block block{};
        if (bnBefore) addNormaliser(block);
        block.preActivation = net.layers_.size() - 1;
        net.add(std::make_unique<Activation<T>>(spec.activation),
                "act" + std::to_string(net.blocks_.size() + 1));
        block.activation = net.layers_.size() - 1;
        if (bnAfter) addNormaliser(block);
        net.blocks_.push_back(block);
    };
    auto addDense = [&](int out, bool bias) {
        const int in = net.outputShape_.size();
        auto dense = std::make_unique<Dense<T>>(in, out, bias);
        initializeWeight(dense->weight(), in, out, spec.init, spec.initStd, sampler);
        net.add(std::move(dense), "dense" + std::to_string(++denseCount));
    };

    if (spec.model == ModelType::Cnn) {
        for (int channels : spec.convChannels) {
            Conv2dOptions o;
            o.inChannels = net.outputShape_.channels;
            o.outChannels = channels;
            o.padding = 1;
            o.bias = !bnBefore;
            auto conv = std::make_unique<Conv2d<T>>(o);
            initializeWeight(conv->weight(), o.inChannels * 9, o.outChannels * 9, spec.init,
                             spec.initStd, sampler);
            net.add(std::move(conv), "conv" + std::to_string(++convCount));
            addBlockTail();
            net.add(std::make_unique<Pool2d<T>>(spec.pooling, 2, 2),
                    "pool" + std::to_string(convCount));
        }
    }
    for (int width : spec.hidden) {
        addDense(width, !bnBefore);
        addBlockTail();
    }
    addDense(spec.outputs, true);

    net.outputs_.resize(net.layers_.size());
    net.gradients_.resize(net.layers_.size());
    return net;
}

template <class T>
const Tensor<T>& Network<T>::forward(const Tensor<T>& x, Mode mode) {
    if (x.shape != spec_.input || x.data.cols() != spec_.input.size()) {
        auto describe = [](Shape s) {
            return std::to_string(s.channels) + "x" + std::to_string(s.height) + "x" +
                   std::to_string(s.width);
        };
        throw std::invalid_argument("Network: input of shape " + describe(x.shape) + " with " +
                                    std::to_string(x.data.cols()) +
                                    " columns does not match the spec's input " +
                                    describe(spec_.input));
    }
    const Tensor<T>* in = &x;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        layers_[i]->forward(*in, outputs_[i], mode);
        in = &outputs_[i];
    }
    return outputs_.back();
}

template <class T>
void Network<T>::backward() {
    outputGradient_.shape = outputShape_;
    for (std::size_t i = layers_.size(); i-- > 0;) {
        const Tensor<T>& dy = i + 1 == layers_.size() ? outputGradient_ : gradients_[i];
        layers_[i]->backward(dy, i == 0 ? nullptr : &gradients_[i - 1]);
    }
}

template <class T>
void Network<T>::backward(const Matrix<T>& dLogits) {
    outputGradient_.data = dLogits;
    backward();
}

template <class T>
T Network<T>::forwardBackward(const Tensor<T>& x, const std::vector<int>& labels, Mode mode) {
    const T loss = crossEntropy_.forward(forward(x, mode).data, labels);
    crossEntropy_.backward(outputGradient_.data);
    backward();
    return loss;
}

template <class T>
T Network<T>::forwardBackwardMse(const Tensor<T>& x, const Matrix<T>& targets, Mode mode) {
    const T loss = mse_.forward(forward(x, mode).data, targets);
    mse_.backward(outputGradient_.data);
    backward();
    return loss;
}

template <class T>
void Network<T>::setNormaliserAffineLearnable(bool learnable) {
    for (ParamRef<T>& p : params_) {
        const bool isGamma = p.name.ends_with(".gamma");
        if (!isGamma && !p.name.ends_with(".beta")) continue;
        p.trainable = learnable;
        if (!learnable) p.value->setConstant(isGamma ? T(1) : T(0));
    }
}

template <class T>
std::int64_t Network<T>::parameterCount() const {
    std::int64_t count = 0;
    for (const auto& p : params_) count += p.value->size();
    return count;
}

template <class T>
bool Network<T>::sameShapeAs(const Network& other) const {
    if (layers_.size() != other.layers_.size() || params_.size() != other.params_.size() ||
        blocks_.size() != other.blocks_.size())
        return false;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        if (layers_[i]->kind() != other.layers_[i]->kind()) return false;
        // Group norms with the same channels have the same parameters but
        // normalise different sets of channels together.
        const auto* mine = dynamic_cast<const GroupNorm<T>*>(layers_[i].get());
        const auto* theirs = dynamic_cast<const GroupNorm<T>*>(other.layers_[i].get());
        if (mine != nullptr && mine->groups() != theirs->groups()) return false;
    }
    for (std::size_t i = 0; i < params_.size(); ++i)
        if (params_[i].value->rows() != other.params_[i].value->rows() ||
            params_[i].value->cols() != other.params_[i].value->cols())
            return false;
    for (std::size_t i = 0; i < blocks_.size(); ++i)
        if ((blocks_[i].normaliser < 0) != (other.blocks_[i].normaliser < 0)) return false;
    return true;
}

template <class T>
void Network<T>::copyStateFrom(const Network& other) {
    if (!sameShapeAs(other))
        throw std::invalid_argument("Network: copyStateFrom needs a network of the same shape");
    for (std::size_t i = 0; i < params_.size(); ++i) *params_[i].value = *other.params_[i].value;
    for (int l = 1; l <= hiddenBlockCount(); ++l) {
        BatchNorm<T>* mine = batchNorm(l);
        if (mine == nullptr) continue;
        const BatchNorm<T>* theirs = other.batchNorm(l);
        mine->runningMean() = theirs->runningMean();
        mine->runningVar() = theirs->runningVar();
    }
}

template <class T>
bool Network<T>::allFinite() const {
    // Run after every step, so one branch-free pass the compiler vectorises:
    // Eigen's allFinite() tests x - x == x - x one coefficient at a time.
    // A NaN fails the comparison, an infinity exceeds the largest finite value.
    int infinite = 0;
    for (const auto& p : params_) {
        const T* v = p.value->data();
        for (Eigen::Index i = 0; i < p.value->size(); ++i)
            infinite |= static_cast<int>(!(std::abs(v[i]) <= std::numeric_limits<T>::max()));
    }
    return infinite == 0;
}

template <class T>
const typename Network<T>::Block& Network<T>::block(int l) const {
    if (l < 1 || l > hiddenBlockCount()) {
        throw std::out_of_range("Network: hidden block " + std::to_string(l) + " outside [1, " +
                                std::to_string(hiddenBlockCount()) + "]");
    }
    return blocks_[static_cast<std::size_t>(l - 1)];
}

template <class T>
const Tensor<T>& Network<T>::preActivation(int l) const {
    return outputs_[block(l).preActivation];
}

template <class T>
const Tensor<T>& Network<T>::activation(int l) const {
    return outputs_[block(l).activation];
}

template <class T>
BatchNorm<T>* Network<T>::batchNorm(int l) {
    const int index = block(l).normaliser;
    if (index < 0 || !spec_.usesBatchNorm()) return nullptr;
    return static_cast<BatchNorm<T>*>(layers_[static_cast<std::size_t>(index)].get());
}

template <class T>
const Layer<T>* Network<T>::normaliser(int l) const {
    const int index = block(l).normaliser;
    return index < 0 ? nullptr : layers_[static_cast<std::size_t>(index)].get();
}

template <class T>
UnitNoise<T>* Network<T>::noise(int l) {
    const int index = block(l).noise;
    return index < 0 ? nullptr
                     : static_cast<UnitNoise<T>*>(layers_[static_cast<std::size_t>(index)].get());
}

template <class T>
const BatchNorm<T>* Network<T>::batchNorm(int l) const {
    return const_cast<Network*>(this)->batchNorm(l);
}

template class Network<float>;
template class Network<double>;

}  // namespace normlab::core
