#include "core/nn/optimizer.h"

#include <cmath>
#include <stdexcept>

namespace normlab::core {

template <class T>
Optimizer<T>::Optimizer(const OptimizerOptions& options) : options_(options) {
    setLearningRate(options.learningRate);
    setMomentum(options.momentum);
    if (!(options.beta1 >= 0.0 && options.beta1 < 1.0) ||
        !(options.beta2 >= 0.0 && options.beta2 < 1.0) || !(options.epsilon > 0.0)) {
        throw std::invalid_argument("Optimizer: Adam needs beta1, beta2 in [0, 1) and epsilon > 0");
    }
}

template <class T>
void Optimizer<T>::setLearningRate(double learningRate) {
    if (!(learningRate >= 0.0) || !std::isfinite(learningRate)) {
        throw std::invalid_argument("Optimizer: learning rate must be finite and >= 0, got " +
                                    std::to_string(learningRate));
    }
    options_.learningRate = learningRate;
}

template <class T>
void Optimizer<T>::setMomentum(double momentum) {
    if (!(momentum >= 0.0 && momentum < 1.0)) {
        throw std::invalid_argument("Optimizer: momentum must be in [0, 1), got " +
                                    std::to_string(momentum));
    }
    options_.momentum = momentum;
}

template <class T>
void Optimizer<T>::step(const std::vector<ParamRef<T>>& params) {
    ++steps_;
    const T lr = static_cast<T>(options_.learningRate);
    if (options_.kind != OptimizerKind::Sgd && first_.size() != params.size()) {
        first_.assign(params.size(), Matrix<T>());
        second_.assign(params.size(), Matrix<T>());
        for (std::size_t i = 0; i < params.size(); ++i) {
            first_[i] = Matrix<T>::Zero(params[i].value->rows(), params[i].value->cols());
            if (options_.kind == OptimizerKind::Adam) second_[i] = first_[i];
        }
    }
    const double t = static_cast<double>(steps_);
    const T correction1 = static_cast<T>(1.0 - std::pow(options_.beta1, t));
    const T correction2 = static_cast<T>(1.0 - std::pow(options_.beta2, t));
    for (std::size_t i = 0; i < params.size(); ++i) {
        const ParamRef<T>& p = params[i];
        if (!p.trainable) continue;
        switch (options_.kind) {
            case OptimizerKind::Sgd:
                p.value->noalias() -= lr * *p.grad;
                break;
            case OptimizerKind::Momentum:
                first_[i] = static_cast<T>(options_.momentum) * first_[i] + *p.grad;
                p.value->noalias() -= lr * first_[i];
                break;
            case OptimizerKind::Adam: {
                const T b1 = static_cast<T>(options_.beta1), b2 = static_cast<T>(options_.beta2);
                first_[i] = b1 * first_[i] + (T(1) - b1) * *p.grad;
                second_[i].array() =
                    b2 * second_[i].array() + (T(1) - b2) * p.grad->array().square();
                const T stepSize = lr / correction1;
                p.value->array() -=
                    stepSize * first_[i].array() /
                    ((second_[i].array() / correction2).sqrt() + static_cast<T>(options_.epsilon));
                break;
            }
        }
    }
}

template class Optimizer<float>;
template class Optimizer<double>;

}  // namespace normlab::core
