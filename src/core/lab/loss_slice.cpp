#include "core/lab/loss_slice.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/lab/network_evaluation.h"
#include "core/parallel/task_pool.h"
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

    // Grid points are independent: the pool hands them out, each worker with
    // its own network and evaluator (built on its first point).
    const int workers = std::clamp(threads, 1, static_cast<int>(slice.points.size()));
    TaskPool pool(workers);
    std::vector<std::unique_ptr<Network<float>>> nets(static_cast<std::size_t>(workers));
    std::vector<std::unique_ptr<NetworkEvaluator>> evaluators(static_cast<std::size_t>(workers));
    const int chunk = evaluationChunkSize(spec);
    std::atomic<std::size_t> done{0};
    pool.run(static_cast<int>(slice.points.size()), [&](int k, int worker) {
        if (control.cancelled()) return;
        const auto wi = static_cast<std::size_t>(worker);
        if (!nets[wi]) {
            nets[wi] = std::make_unique<Network<float>>(networkWithWeights(spec, w));
            evaluators[wi] = std::make_unique<NetworkEvaluator>(chunk);
        }
        SlicePoint& p = slice.points[static_cast<std::size_t>(k)];
        loadWeights(*nets[wi], sliceWeights(w, directions, p.a, p.b));
        const Evaluation e =
            evaluators[wi]->evaluate(*nets[wi], Mode::Eval, data.train, scaler, config.samples);
        p.trainLoss = e.loss;
        p.trainAccuracy = e.accuracy;
        const std::size_t finished = ++done;
        if (worker == 0)  // the calling thread
            control.report(static_cast<double>(finished) /
                           static_cast<double>(slice.points.size()));
    });
    slice.complete = done == slice.points.size();
    slice.baseLoss = slice.points[(n / 2) * n + n / 2].trainLoss;
    return slice;
}

}  // namespace normlab::core
