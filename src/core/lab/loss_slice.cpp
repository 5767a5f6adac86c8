#include "core/lab/loss_slice.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>

#include "core/lab/network_evaluation.h"
#include "core/seeded_random.h"

namespace normlab::core {

void SliceConfig::validate() const {
    if (!(radius > 0) || !std::isfinite(radius))
        throw std::invalid_argument("slice_radius: must be a positive number");
    if (pointsPerSide < 3 || pointsPerSide % 2 == 0)
        throw std::invalid_argument(
            "slice_points: must be odd and at least 3, so the centre is a grid point");
    if (samples < 0) throw std::invalid_argument("slice_samples: must be 0 (all) or positive");
}

void filterNormalise(const NetworkSpec& spec, const NetworkWeights& w, NetworkWeights& direction) {
    const Network<float> shape = Network<float>::build(spec, 1);
    const std::vector<ParamRef<float>>& params = shape.params();
    if (w.size() != params.size() || direction.size() != params.size())
        throw std::invalid_argument("slice: " + std::to_string(w.size()) + " and " +
                                    std::to_string(direction.size()) +
                                    " matrices for a network with " +
                                    std::to_string(params.size()));
    for (std::size_t i = 0; i < params.size(); ++i) {
        Matrix<float>& d = direction[i];
        const Matrix<float>& wi = w[i];
        if (wi.rows() != params[i].value->rows() || wi.cols() != params[i].value->cols() ||
            d.rows() != wi.rows() || d.cols() != wi.cols())
            throw std::invalid_argument("slice: " + params[i].name + " has the wrong shape");
        // Dense and conv weights are (out, in...) matrices: a row is one filter.
        const std::string& name = params[i].name;
        const bool filters = (name.starts_with("dense") || name.starts_with("conv")) &&
                             name.ends_with(".weight");
        if (!filters) {
            d.setZero();
            continue;
        }
        for (Eigen::Index r = 0; r < d.rows(); ++r) {
            const double target = wi.row(r).cast<double>().norm();
            const double norm = d.row(r).cast<double>().norm();
            d.row(r) *= norm > 0 ? static_cast<float>(target / norm) : 0.0f;
        }
    }
}

SliceDirections sliceDirections(const NetworkSpec& spec, const NetworkWeights& w,
                                std::uint64_t seed) {
    SeededRandom random(seed);
    const auto draw = [&] {
        NetworkWeights d(w.size());
        for (std::size_t i = 0; i < w.size(); ++i) {
            d[i].resize(w[i].rows(), w[i].cols());
            float* out = d[i].data();  // row-major storage
            for (Eigen::Index k = 0; k < d[i].size(); ++k)
                out[k] = static_cast<float>(random.normal());
        }
        return d;
    };
    SliceDirections directions;
    directions.d1 = draw();
    directions.d2 = draw();
    filterNormalise(spec, w, directions.d1);
    filterNormalise(spec, w, directions.d2);
    return directions;
}

std::vector<double> sliceCoordinates(const SliceConfig& config) {
    config.validate();
    const int half = config.pointsPerSide / 2;
    std::vector<double> c;
    for (int i = -half; i <= half; ++i) c.push_back(config.radius * i / half);
    return c;
}

NetworkWeights sliceWeights(const NetworkWeights& w, const SliceDirections& d, double a,
                            double b) {
    if (d.d1.size() != w.size() || d.d2.size() != w.size())
        throw std::invalid_argument("slice: directions and weights differ in size");
    NetworkWeights out(w.size());
    const auto fa = static_cast<float>(a), fb = static_cast<float>(b);
    for (std::size_t i = 0; i < w.size(); ++i) out[i] = w[i] + fa * d.d1[i] + fb * d.d2[i];
    return out;
}

LossSlice lossSlice(const NetworkSpec& spec, const NetworkWeights& w, const Dataset& data,
                    const Scaler& scaler, const SliceConfig& config, int threads,
                    const RunControl& control) {
    config.validate();
    if (spec.usesBatchNorm())
        throw std::invalid_argument(
            "slice: networks with batch norm are not sliced (their running statistics do not "
            "follow the perturbed weights)");
    const SliceDirections directions = sliceDirections(spec, w, config.seed);
    LossSlice slice;
    slice.coordinates = sliceCoordinates(config);
    const std::size_t n = slice.coordinates.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    slice.points.resize(n * n);
    for (std::size_t j = 0; j < n; ++j)
        for (std::size_t i = 0; i < n; ++i)
            slice.points[j * n + i] = {slice.coordinates[i], slice.coordinates[j], nan, nan};

    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    const int chunk = evaluationChunkSize(spec);
    const auto work = [&](bool reporter) {
        try {
            Network<float> net = networkWithWeights(spec, w);
            NetworkEvaluator evaluator(chunk);
            for (std::size_t k = next++; k < slice.points.size(); k = next++) {
                if (control.cancelled() || failed) return;
                SlicePoint& p = slice.points[k];
                loadWeights(net, sliceWeights(w, directions, p.a, p.b));
                const Evaluation e =
                    evaluator.evaluate(net, Mode::Eval, data.train, scaler, config.samples);
                p.trainLoss = e.loss;
                p.trainAccuracy = e.accuracy;
                const std::size_t finished = ++done;
                if (reporter)
                    control.report(static_cast<double>(finished) /
                                   static_cast<double>(slice.points.size()));
            }
        } catch (...) {
            if (!failed.exchange(true)) failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::clamp(threads, 1, static_cast<int>(slice.points.size())); ++t)
        pool.emplace_back(work, false);
    work(true);
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    slice.complete = done == slice.points.size();
    slice.baseLoss = slice.points[(n / 2) * n + n / 2].trainLoss;
    return slice;
}

}  // namespace normlab::core
