#include "core/lab/weight_interpolation.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <stdexcept>
#include <thread>

#include "core/lab/network_evaluation.h"

namespace normlab::core {

void InterpolationConfig::validate() const {
    if (!std::isfinite(alphaMin) || !std::isfinite(alphaMax) || !(alphaMax > alphaMin))
        throw std::invalid_argument("interpolation: alpha range must be finite with max > min");
    if (points < 2) throw std::invalid_argument("interpolation: at least 2 points");
    if (trainSamples < 0 || testSamples < 0)
        throw std::invalid_argument("interpolation: sample counts must be 0 (all) or positive");
}

std::vector<double> interpolationAlphas(const InterpolationConfig& config) {
    config.validate();
    std::vector<double> alphas;
    for (int i = 0; i < config.points; ++i)
        alphas.push_back(config.alphaMin +
                         (config.alphaMax - config.alphaMin) * i / (config.points - 1));
    return alphas;
}

InterpolationPoint evaluateInterpolated(const NetworkSpec& spec, const NetworkWeights& a,
                                        const NetworkWeights& b, double alpha, const Dataset& data,
                                        const Scaler& scaler, const InterpolationConfig& config) {
    if (a.size() != b.size())
        throw std::invalid_argument("interpolation: the two solutions differ in size");
    NetworkWeights mixed(a.size());
    const auto t = static_cast<float>(alpha);
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].rows() != b[i].rows() || a[i].cols() != b[i].cols())
            throw std::invalid_argument("interpolation: the two solutions differ in shape");
        mixed[i] = (1.0f - t) * a[i] + t * b[i];
    }
    Network<float> net = networkWithWeights(spec, mixed);
    const int chunk = spec.model == ModelType::Cnn ? 250 : 1000;
    const Evaluation train =
        evaluateNetwork(net, data.train, scaler, Mode::Eval, config.trainSamples, chunk);
    const Evaluation test =
        evaluateNetwork(net, data.test, scaler, Mode::Eval, config.testSamples, chunk);
    return {alpha, train.loss, train.accuracy, test.loss, test.accuracy};
}

std::vector<InterpolationPoint> interpolateWeights(const NetworkSpec& spec, const NetworkWeights& a,
                                                   const NetworkWeights& b, const Dataset& data,
                                                   const Scaler& scaler,
                                                   const InterpolationConfig& config, int threads) {
    const std::vector<double> alphas = interpolationAlphas(config);
    std::vector<InterpolationPoint> points(alphas.size());
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    const auto work = [&] {
        for (std::size_t i = next++; i < alphas.size(); i = next++) {
            try {
                points[i] = evaluateInterpolated(spec, a, b, alphas[i], data, scaler, config);
            } catch (...) {
                if (!failed.exchange(true)) failure = std::current_exception();
                return;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::clamp(threads, 1, static_cast<int>(alphas.size())); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    return points;
}

}  // namespace normlab::core
