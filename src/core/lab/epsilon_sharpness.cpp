#include "core/lab/epsilon_sharpness.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace normlab::core {

void SharpnessConfig::validate() const {
    if (!(epsilon > 0) || !std::isfinite(epsilon))
        throw std::invalid_argument("sharpness_epsilon: must be a positive number");
    if (steps < 1) throw std::invalid_argument("sharpness_steps: must be at least 1");
    if (samples < 0) throw std::invalid_argument("sharpness_samples: must be 0 (all) or positive");
}

double lossAndGradient(Network<float>& net, const Split& split, const Scaler& scaler, int samples,
                       NetworkWeights* gradients) {
    const int n = samples > 0 ? std::min(samples, split.size()) : split.size();
    if (n == 0) throw std::invalid_argument("sharpness: no training rows");
    const int chunk = net.spec().model == ModelType::Cnn ? 250 : 1000;
    const std::vector<ParamRef<float>>& params = net.params();
    if (gradients) {
        gradients->resize(params.size());
        for (std::size_t i = 0; i < params.size(); ++i)
            (*gradients)[i].setZero(params[i].value->rows(), params[i].value->cols());
    }
    Tensor<float> x;
    x.shape = net.spec().input;
    std::vector<int> rows, labels;
    double loss = 0;
    for (int start = 0; start < n; start += chunk) {
        const int count = std::min(chunk, n - start);
        rows.resize(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) rows[static_cast<std::size_t>(i)] = start + i;
        split.gather(rows, x.data);
        scaler.transform(x.data);
        split.gatherLabels(rows, labels);
        const double weight = static_cast<double>(count) / n;
        if (gradients) {
            loss += weight * net.forwardBackward(x, labels, Mode::Train);
            for (std::size_t i = 0; i < params.size(); ++i)
                (*gradients)[i] += static_cast<float>(weight) * *params[i].grad;
        } else {
            SoftmaxCrossEntropy<float> ce;
            loss += weight * ce.forward(net.forward(x, Mode::Eval).data, labels);
        }
    }
    return loss;
}

SharpnessResult epsilonSharpness(const NetworkSpec& spec, const NetworkWeights& weights,
                                 const Dataset& data, const Scaler& scaler,
                                 const SharpnessConfig& config, const RunControl& control) {
    config.validate();
    if (spec.normaliser != NormKind::None)
        throw std::invalid_argument("sharpness is measured on networks without a normaliser");
    Network<float> net = networkWithWeights(spec, weights);
    const std::vector<ParamRef<float>>& params = net.params();
    NetworkWeights halfWidth(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i)
        halfWidth[i] =
            static_cast<float>(config.epsilon) * (weights[i].array().abs() + 1.0f).matrix();
    const float stride = 2.0f / static_cast<float>(config.steps);

    SharpnessResult result;
    NetworkWeights gradient;
    for (int step = 0; step <= config.steps; ++step) {
        const bool last = step == config.steps;
        const double loss =
            lossAndGradient(net, data.train, scaler, config.samples, last ? nullptr : &gradient);
        result.lossPerStep.push_back(loss);
        if (last || control.cancelled()) break;
        for (std::size_t i = 0; i < params.size(); ++i) {
            // y = clip(y + stride h sign(g), -h, h), with w + y held in the network.
            float* w = params[i].value->data();
            const float* w0 = weights[i].data();
            const float* h = halfWidth[i].data();
            const float* g = gradient[i].data();
            for (Eigen::Index k = 0; k < weights[i].size(); ++k) {
                const float up = g[k] > 0 ? stride * h[k] : g[k] < 0 ? -stride * h[k] : 0.0f;
                w[k] = std::clamp(w[k] + up, w0[k] - h[k], w0[k] + h[k]);
            }
        }
        control.report(static_cast<double>(step + 1) / config.steps);
    }
    result.baseLoss = result.lossPerStep.front();
    result.maxLoss = *std::max_element(result.lossPerStep.begin(), result.lossPerStep.end());
    result.sharpness = 100.0 * (result.maxLoss - result.baseLoss) / (1.0 + result.baseLoss);
    return result;
}

}  // namespace normlab::core
