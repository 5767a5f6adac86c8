#pragma once
// The feature-scaling lab: the same linear regression fitted three times, on
// raw features, min-max scaled features and z-scored features, each by the
// same optimiser from the same start point (w1, w2) in its own weight space.
// Every step advances all three runs by one update. Each snapshot carries
// what the three contour plots need: the scatter of raw and scaled features,
// the exact quadratic summary, the loss grid and contour lines, and the paths.
//
// Grid and contour lines are computed only when the data, the grid settings or
// the framing change, and are shared between snapshots as shared_ptr<const>;
// paths are shared chunk-wise, so a snapshot per step stays cheap.

#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/regression_set.h"
#include "core/data/scaler.h"
#include "core/enum_names.h"
#include "core/lab/experiment.h"
#include "core/quadratic/contour_lines.h"
#include "core/quadratic/descent_path.h"
#include "core/quadratic/loss_grid.h"
#include "core/quadratic/quadratic_loss.h"

namespace normlab::core {

enum class LearningRateMode {
    SameForAll,          // learningRate is the rate every run uses
    FractionOfMaxStable  // learningRate is a fraction of each run's own 2 / lambda_max
};
constexpr EnumNaming<LearningRateMode, 2> enumNaming(LearningRateMode /*value*/) {
    return {"learning rate mode",
            {{{LearningRateMode::SameForAll, "same"},
              {LearningRateMode::FractionOfMaxStable, "fraction"}}}};
}

inline constexpr std::array<ScalingKind, 3> kComparedScalings{
    ScalingKind::None, ScalingKind::MinMax, ScalingKind::ZScore};

struct ScalingComparisonConfig {
    RegressionSetParams data;  // used unless userX has rows
    // User data (e.g. two columns of a CSV): n x 2 features and n targets.
    Matrix<float> userX;
    Vector<float> userY;
    std::array<std::string, 2> userFeatureNames{"x1", "x2"};
    std::string userTargetName = "y";
    std::string userDataName = "user data";

    bool intercept = true;  // see QuadraticLoss: b is held at its best value
    DescentKind optimizer = DescentKind::GradientDescent;
    LearningRateMode learningRateMode = LearningRateMode::FractionOfMaxStable;
    double learningRate = 0.5;  // a rate, or a fraction of 2/lambda_max (see mode)
    double momentum = 0.9;
    int batchSize = 0;  // 0 = full batch; > 0 = mini-batch gradients
    Eigen::Vector2d start{0.0, 0.0};
    int gridSize = 200;       // grid points per axis
    int levels = 15;          // contour levels
    double tolerance = 1e-6;  // see DescentPath: distance and loss gap both down by this factor
    std::uint64_t seed = 1;   // mini-batch order
    int scatterCap = 2000;    // most feature points carried for the scatter
};

// Throws std::invalid_argument naming the field and its allowed range.
void validate(const ScalingComparisonConfig& config);

struct QuadraticSummary {
    double conditionNumber = 0.0;
    double lambdaMin = 0.0;
    double lambdaMax = 0.0;
    Eigen::Vector2d vMin{1.0, 0.0};  // unit eigen-directions of the Hessian
    Eigen::Vector2d vMax{0.0, 1.0};
    double maxStableLearningRate = 0.0;  // 2 / lambda_max
    Eigen::Vector2d minimizer{0.0, 0.0};
    double minLoss = 0.0;
    double interceptAtMinimizer = 0.0;
    // Gradient descent at its best fixed step, for the config's tolerance.
    double theoreticalSteps = 0.0;
    double optimalMomentum = 0.0;      // Polyak's beta* for this kappa
    double optimalMomentumRate = 0.0;  // error shrink factor per step at beta*
};

// One scaling of the data; changes only when the data or the intercept change.
struct ScalingModel {
    ScalingKind scaling = ScalingKind::None;
    Scaler scaler;
    Matrix<float> rawSample;     // at most scatterCap rows of the raw features
    Matrix<float> scaledSample;  // the same rows after scaling
    QuadraticSummary quadratic;
    std::shared_ptr<const QuadraticLoss> loss;
};

// The plotted surface of one scaling; changes with the model, grid settings or framing.
// Two samplings with the same contour levels: the frame (start, minimum and
// the stable paths between them, for a plot stretched to fill), and a square
// around it (for an equal-scale plot of any shape).
struct ScalingSurface {
    GridWindow window;
    LossGrid grid;
    std::vector<ContourLevel> contours;
    GridWindow wideWindow;
    LossGrid wideGrid;
    std::vector<ContourLevel> wideContours;
};
// The square's side over the frame's longer side: an equal-scale plot area
// up to this much wider than tall (or taller than wide) stays covered.
inline constexpr double kWideSurfaceFactor = 2.5;

struct ScalingRunState {
    ScalingKind scaling = ScalingKind::None;
    std::shared_ptr<const ScalingModel> model;
    std::shared_ptr<const ScalingSurface> surface;
    PathView path;
    double learningRate = 0.0;
    double currentLoss = 0.0;
    std::int64_t stepsToConverge = -1;  // -1: not yet
    bool diverged = false;
    std::int64_t divergedAtStep = -1;  // -1: not diverged
};

// The snapshot's own `diverged` is set only once all three runs have
// diverged: a diverged run stops by itself and the others go on.
struct ScalingComparisonSnapshot final : Snapshot {
    std::array<ScalingRunState, 3> runs;  // none, minmax, zscore
    DescentKind optimizer = DescentKind::GradientDescent;
    LearningRateMode learningRateMode = LearningRateMode::FractionOfMaxStable;
    double learningRateSetting = 0.0;
    int batchSize = 0;
    Eigen::Vector2d start{0.0, 0.0};
    bool intercept = true;
    double tolerance = 0.0;
    double momentum = 0.0;
    std::string surfaceDescription;  // what the contour plots show, in plain words
    std::array<std::string, 2> featureNames;
    std::string targetName;
};

class ScalingComparison final : public Experiment {
  public:
    explicit ScalingComparison(ScalingComparisonConfig config);

    void step() override;
    [[nodiscard]] std::int64_t stepsPerEpoch() const override;
    [[nodiscard]] std::shared_ptr<const Snapshot> snapshot() const override;
    [[nodiscard]] std::shared_ptr<const ScalingComparisonSnapshot> comparisonSnapshot() const;
    [[nodiscard]] std::string datasetName() const override;
    [[nodiscard]] std::optional<CommandRefusal> apply(const LabCommand& command) override;

    // Optimiser settings and the start point: the three runs restart from the
    // start and are replayed to the current step count (at most kReplayLimit),
    // so the new paths appear at once. Grid and contours are kept unless the
    // new start lies outside a plot's window.
    static constexpr std::int64_t kReplayLimit = 5000;
    void setLearningRate(double rate);
    void setLearningRateMode(LearningRateMode mode);
    void setOptimizer(DescentKind kind);
    void setMomentum(double momentum);
    void setBatchSize(int batchSize);
    void setStart(const Eigen::Vector2d& start);
    // Anything else: data changes rebuild models and surfaces and reset the runs to step 0.
    void setConfig(ScalingComparisonConfig config);

    [[nodiscard]] const ScalingComparisonConfig& config() const { return config_; }
    // The comparison's clock: steps taken since the runs (re)started from the
    // replay point. A run that diverged stays where it stopped while the clock
    // goes on, so a step is a step even when every run has diverged.
    [[nodiscard]] std::int64_t steps() const { return steps_; }
    // Every run has diverged or met the tolerance.
    [[nodiscard]] bool finished() const;
    [[nodiscard]] const DescentPath& run(ScalingKind scaling) const;
    [[nodiscard]] const ScalingModel& model(ScalingKind scaling) const;
    // The raw training data actually used (before any scaling).
    [[nodiscard]] const Matrix<float>& rawFeatures() const { return rawX_; }
    [[nodiscard]] const Vector<float>& rawTarget() const { return rawY_; }
    [[nodiscard]] const std::array<std::string, 2>& featureNames() const { return featureNames_; }
    [[nodiscard]] const std::string& targetName() const { return targetName_; }
    [[nodiscard]] double learningRateFor(ScalingKind scaling) const;

  private:
    void rebuildData();
    void rebuildSurfaces(bool onlyWhenStartOutside);
    void restartRuns(std::int64_t replaySteps);
    void applyOptimizerChange();
    [[nodiscard]] std::string divergenceMessage() const;

    ScalingComparisonConfig config_;
    Matrix<float> rawX_;
    Vector<float> rawY_;
    std::array<std::string, 2> featureNames_;
    std::string targetName_;
    std::array<std::shared_ptr<const ScalingModel>, 3> models_;
    std::array<std::shared_ptr<const ScalingSurface>, 3> surfaces_;
    std::array<std::unique_ptr<DescentPath>, 3> runs_;
    std::int64_t steps_ = 0;
};

[[nodiscard]] std::size_t scalingIndex(ScalingKind scaling);

}  // namespace normlab::core
