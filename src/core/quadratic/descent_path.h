#pragma once
// One optimiser walking the exact loss surface from a start point. With
// batchSize 0 it uses the exact full-data gradient; with batchSize > 0 it uses
// mean-squared-error gradients of shuffled mini-batches of the actual samples
// (so GD becomes mini-batch SGD and the path is noisy). Every recorded point
// carries the full-data loss.
//
// Divergence: a non-finite weight or loss, or a loss above 1e6 x the starting
// loss, stops the path and flags it. Convergence: the first step at which
// loss - loss_min <= tolerance * (loss_0 - loss_min).

#include <Eigen/Core>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include "core/quadratic/descent_rule.h"
#include "core/quadratic/path_history.h"
#include "core/quadratic/quadratic_loss.h"

namespace normlab::core {

// Shuffled epochs of sample indices, drawn batch by batch.
class MiniBatchSampler {
  public:
    MiniBatchSampler(int samples, int batchSize, std::uint64_t seed);
    // Indices of the next batch; the last batch of an epoch may be shorter.
    [[nodiscard]] const int* next(int& count);
    [[nodiscard]] int batchesPerEpoch() const;

  private:
    void shuffle();
    std::vector<int> order_;
    int batchSize_;
    std::size_t cursor_ = 0;
    std::mt19937_64 engine_;
};

struct DescentSettings {
    OptimizerSettings optimizer;
    int batchSize = 0;  // 0 = full batch (exact gradient)
    std::uint64_t seed = 1;
    double tolerance = 1e-6;
    double divergenceFactor = 1e6;
};

class DescentPath {
  public:
    DescentPath(std::shared_ptr<const QuadraticLoss> loss, const DescentSettings& settings,
                const Eigen::Vector2d& start);

    // One update; returns false (and does nothing) once the path has diverged.
    bool step();
    // Up to `steps` updates, stopping early on divergence.
    void run(std::int64_t steps);

    [[nodiscard]] const QuadraticLoss& loss() const { return *loss_; }
    [[nodiscard]] const DescentSettings& settings() const { return settings_; }
    [[nodiscard]] std::int64_t steps() const { return steps_; }
    [[nodiscard]] const Eigen::Vector2d& position() const { return w_; }
    [[nodiscard]] double currentLoss() const { return currentLoss_; }
    [[nodiscard]] double initialLoss() const { return initialLoss_; }
    [[nodiscard]] bool diverged() const { return diverged_; }
    // First step meeting the tolerance, or -1 for "not yet".
    [[nodiscard]] std::int64_t stepsToConverge() const { return stepsToConverge_; }
    [[nodiscard]] PathView path() const { return history_.view(); }

  private:
    void record();

    std::shared_ptr<const QuadraticLoss> loss_;
    DescentSettings settings_;
    std::unique_ptr<DescentRule> rule_;
    std::unique_ptr<MiniBatchSampler> sampler_;
    Eigen::Vector2d w_;
    std::int64_t steps_ = 0;
    double initialLoss_ = 0.0;
    double currentLoss_ = 0.0;
    bool diverged_ = false;
    std::int64_t stepsToConverge_ = -1;
    PathHistory history_;
};

}  // namespace normlab::core
