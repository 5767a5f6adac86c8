#pragma once
// One optimiser walking the exact loss surface from a start point. With
// batchSize 0 it uses the exact full-data gradient; with batchSize > 0 it uses
// mean-squared-error gradients of shuffled mini-batches of the actual samples
// (so GD becomes mini-batch SGD and the path is noisy). Every recorded point
// carries the full-data loss.
//
// Divergence: a non-finite weight or loss, or a loss above 1e6 x the starting
// loss, stops the path and flags it. Convergence: the first step at which the
// point is within tolerance x its starting distance of the minimiser, on the
// plot's own scale, |w - w*| <= tolerance * |w_0 - w*|, and the loss gap has
// shrunk as much, loss - loss_min <= tolerance * (loss_0 - loss_min). A gap
// relative to the start alone is not enough: on a very narrow valley the
// steep direction holds nearly all of the starting loss, so that gap shrinks
// a millionfold while the point has not yet moved along the valley floor.
// With this criterion gradient descent at the best fixed step needs about
// kappa * ln(1 / tolerance) / 2 steps (see theoreticalSteps()).

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
    // The step at which the path diverged, or -1.
    [[nodiscard]] std::int64_t divergedAtStep() const { return diverged_ ? steps_ : -1; }
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
    double initialDistance_ = 0.0;
    double currentLoss_ = 0.0;
    bool diverged_ = false;
    std::int64_t stepsToConverge_ = -1;
    PathHistory history_;
};

// Steps gradient descent needs at its best fixed rate 2 / (lambda_max +
// lambda_min) to bring |w - w*| down by `tolerance` when the start has a
// component along the flattest direction: ln(1/tol) / ln((kappa+1)/(kappa-1)),
// about kappa * ln(1/tol) / 2 for a large kappa. 1 for kappa = 1, +inf for a
// singular loss.
[[nodiscard]] double theoreticalSteps(double conditionNumber, double tolerance);

// Heavy-ball momentum at its best (Polyak): beta* = ((sqrt(kappa) - 1) /
// (sqrt(kappa) + 1))^2, which shrinks the error by about
// (sqrt(kappa) - 1) / (sqrt(kappa) + 1) per step.
[[nodiscard]] double optimalMomentum(double conditionNumber);
[[nodiscard]] double optimalMomentumRate(double conditionNumber);

}  // namespace normlab::core
