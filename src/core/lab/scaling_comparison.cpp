#include "core/lab/scaling_comparison.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace normlab::core {

std::size_t scalingIndex(ScalingKind scaling) {
    switch (scaling) {
        case ScalingKind::None:
            return 0;
        case ScalingKind::MinMax:
            return 1;
        case ScalingKind::ZScore:
            return 2;
    }
    return 0;
}

void validate(const ScalingComparisonConfig& c) {
    auto fail = [](const std::string& field, const std::string& expected) {
        throw std::invalid_argument("feature-scaling config: " + field + " must be " + expected);
    };
    if (c.userX.rows() > 0) {
        if (c.userX.cols() != 2) fail("userX", "n x 2 (two feature columns)");
        if (c.userY.size() != c.userX.rows()) fail("userY", "one target per userX row");
        if (c.userX.rows() < 2) fail("userX", "at least 2 rows");
        if (!c.userX.allFinite() || !c.userY.allFinite()) fail("userX/userY", "finite numbers");
    } else {
        validate(c.data);
    }
    if (!(c.learningRate > 0.0) || !std::isfinite(c.learningRate)) fail("learningRate", "> 0");
    if (!(c.momentum >= 0.0 && c.momentum < 1.0)) fail("momentum", "in [0, 1)");
    if (c.batchSize < 0) fail("batchSize", ">= 0 (0 = full batch)");
    if (!c.start.allFinite()) fail("start", "finite");
    if (c.gridSize < 2 || c.gridSize > 2000) fail("gridSize", "in [2, 2000]");
    if (c.levels < 1 || c.levels > 200) fail("levels", "in [1, 200]");
    if (!(c.tolerance > 0.0 && c.tolerance < 1.0)) fail("tolerance", "in (0, 1)");
    if (c.scatterCap < 1) fail("scatterCap", ">= 1");
}

ScalingComparison::ScalingComparison(ScalingComparisonConfig config) : config_(std::move(config)) {
    validate(config_);
    rebuildData();
    rebuildSurfaces(false);
    restartRuns(0);
}

void ScalingComparison::rebuildData() {
    if (config_.userX.rows() > 0) {
        rawX_ = config_.userX;
        rawY_ = config_.userY;
        featureNames_ = config_.userFeatureNames;
        targetName_ = config_.userTargetName;
    } else {
        RegressionSet set = makeRegressionSet(config_.data);
        rawX_ = std::move(set.x);
        rawY_ = std::move(set.y);
        featureNames_ = set.featureNames;
        targetName_ = set.targetName;
    }
    // Evenly strided rows so a sorted CSV still gives a representative scatter.
    const Eigen::Index n = rawX_.rows();
    const Eigen::Index stride = (n + config_.scatterCap - 1) / config_.scatterCap;
    const Eigen::Index shown = (n + stride - 1) / stride;
    Matrix<float> sample(shown, 2);
    for (Eigen::Index i = 0; i < shown; ++i) sample.row(i) = rawX_.row(i * stride);

    for (const ScalingKind kind : kComparedScalings) {
        auto model = std::make_shared<ScalingModel>();
        model->scaling = kind;
        model->scaler = Scaler(kind);
        model->scaler.fit(rawX_);  // all of this lab's data is training data
        const Matrix<float> scaled = model->scaler.transformed(rawX_);
        model->rawSample = sample;
        model->scaledSample = model->scaler.transformed(sample);
        auto loss = std::make_shared<const QuadraticLoss>(scaled, rawY_, config_.intercept);
        QuadraticSummary& q = model->quadratic;
        q.conditionNumber = loss->conditionNumber();
        q.lambdaMin = loss->lambdaMin();
        q.lambdaMax = loss->lambdaMax();
        q.vMin = loss->hessianEigen().vMin;
        q.vMax = loss->hessianEigen().vMax;
        q.maxStableLearningRate = loss->maxStableLearningRate();
        q.minimizer = loss->minimizer();
        q.minLoss = loss->minLoss();
        q.interceptAtMinimizer = loss->interceptAt(q.minimizer);
        q.theoreticalSteps = theoreticalSteps(q.conditionNumber, config_.tolerance);
        q.optimalMomentum = optimalMomentum(q.conditionNumber);
        q.optimalMomentumRate = optimalMomentumRate(q.conditionNumber);
        model->loss = std::move(loss);
        models_[scalingIndex(kind)] = std::move(model);
    }
}

void ScalingComparison::rebuildSurfaces(bool onlyWhenStartOutside) {
    for (std::size_t i = 0; i < models_.size(); ++i) {
        const QuadraticLoss& loss = *models_[i]->loss;
        const GridWindow frame = frameWindow(loss, config_.start);
        // A new start whose stable paths stay inside the shown frame keeps it.
        if (onlyWhenStartOutside && surfaces_[i] && windowContains(surfaces_[i]->window, frame)) {
            continue;
        }
        auto surface = std::make_shared<ScalingSurface>();
        surface->window = frame;
        surface->grid = evaluateLossGrid(loss, frame, config_.gridSize, config_.gridSize);
        const std::vector<double> levels =
            autoLevels(loss.minLoss(), surface->grid.maxValue, config_.levels);
        surface->contours = contourLines(surface->grid, levels);
        // The square is sampled about as finely as the frame along its longer side.
        surface->wideWindow = squareAround(frame, kWideSurfaceFactor);
        const int wideSize = std::min(
            1000, static_cast<int>(std::lround(config_.gridSize * kWideSurfaceFactor)));
        surface->wideGrid = evaluateLossGrid(loss, surface->wideWindow, wideSize, wideSize);
        surface->wideContours = contourLines(surface->wideGrid, levels);
        surfaces_[i] = std::move(surface);
    }
}

double ScalingComparison::learningRateFor(ScalingKind scaling) const {
    if (config_.learningRateMode == LearningRateMode::SameForAll) return config_.learningRate;
    const double stable = models_[scalingIndex(scaling)]->quadratic.maxStableLearningRate;
    // A flat loss has no curvature limit; fall back to the plain fraction.
    return std::isfinite(stable) ? config_.learningRate * stable : config_.learningRate;
}

void ScalingComparison::restartRuns(std::int64_t replaySteps) {
    for (const ScalingKind kind : kComparedScalings) {
        DescentSettings settings;
        settings.optimizer.kind = config_.optimizer;
        settings.optimizer.learningRate = learningRateFor(kind);
        settings.optimizer.momentum = config_.momentum;
        settings.batchSize = config_.batchSize;
        settings.seed = config_.seed;
        settings.tolerance = config_.tolerance;
        const std::size_t i = scalingIndex(kind);
        runs_[i] = std::make_unique<DescentPath>(models_[i]->loss, settings, config_.start);
        runs_[i]->run(std::min(replaySteps, kReplayLimit));
    }
    steps_ = std::min(replaySteps, kReplayLimit);
}

void ScalingComparison::step() {
    for (auto& run : runs_) run->step();
    ++steps_;
}

bool ScalingComparison::finished() const {
    for (const auto& run : runs_) {
        if (!run->diverged() && run->stepsToConverge() < 0) return false;
    }
    return true;
}

std::int64_t ScalingComparison::stepsPerEpoch() const {
    if (config_.batchSize <= 0) return 1;
    const std::int64_t n = rawX_.rows();
    return (n + config_.batchSize - 1) / config_.batchSize;
}

std::string ScalingComparison::datasetName() const {
    if (config_.userX.rows() > 0) return config_.userDataName;
    return "synthetic regression (" + featureNames_[0] + ", " + featureNames_[1] + " -> " +
           targetName_ + ")";
}

std::string ScalingComparison::divergenceMessage() const {
    // Only once every run has diverged; the lab words each run's state itself.
    std::ostringstream out;
    out.precision(3);
    out << "every run diverged (";
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        const DescentPath& run = *runs_[i];
        out << (i ? "; " : "") << toString(kComparedScalings[i]) << " at step "
            << run.divergedAtStep() << " with lr " << run.settings().optimizer.learningRate
            << " >= 2/lambda_max " << models_[i]->quadratic.maxStableLearningRate;
    }
    out << ")";
    return out.str();
}

std::shared_ptr<const ScalingComparisonSnapshot> ScalingComparison::comparisonSnapshot() const {
    auto snap = std::make_shared<ScalingComparisonSnapshot>();
    snap->step = steps();
    snap->epoch = static_cast<double>(snap->step) / static_cast<double>(stepsPerEpoch());
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        const DescentPath& run = *runs_[i];
        ScalingRunState& state = snap->runs[i];
        state.scaling = kComparedScalings[i];
        state.model = models_[i];
        state.surface = surfaces_[i];
        state.path = run.path();
        state.learningRate = run.settings().optimizer.learningRate;
        state.currentLoss = run.currentLoss();
        state.stepsToConverge = run.stepsToConverge();
        state.diverged = run.diverged();
        state.divergedAtStep = run.divergedAtStep();
    }
    snap->diverged = std::all_of(runs_.begin(), runs_.end(),
                                 [](const auto& run) { return run->diverged(); });
    if (snap->diverged) snap->divergence = divergenceMessage();
    snap->optimizer = config_.optimizer;
    snap->learningRateMode = config_.learningRateMode;
    snap->learningRateSetting = config_.learningRate;
    snap->batchSize = config_.batchSize;
    snap->start = config_.start;
    snap->intercept = config_.intercept;
    snap->tolerance = config_.tolerance;
    snap->momentum = config_.momentum;
    snap->surfaceDescription = models_[0]->loss->surfaceDescription();
    snap->featureNames = featureNames_;
    snap->targetName = targetName_;
    return snap;
}

std::shared_ptr<const Snapshot> ScalingComparison::snapshot() const { return comparisonSnapshot(); }

const DescentPath& ScalingComparison::run(ScalingKind scaling) const {
    return *runs_[scalingIndex(scaling)];
}

const ScalingModel& ScalingComparison::model(ScalingKind scaling) const {
    return *models_[scalingIndex(scaling)];
}

void ScalingComparison::applyOptimizerChange() {
    validate(config_);
    restartRuns(steps());
}

void ScalingComparison::setLearningRate(double rate) {
    if (!(rate > 0.0) || !std::isfinite(rate)) {
        throw std::invalid_argument("feature-scaling: learningRate must be > 0");
    }
    config_.learningRate = rate;
    applyOptimizerChange();
}

void ScalingComparison::setLearningRateMode(LearningRateMode mode) {
    config_.learningRateMode = mode;
    applyOptimizerChange();
}

void ScalingComparison::setOptimizer(DescentKind kind) {
    config_.optimizer = kind;
    applyOptimizerChange();
}

void ScalingComparison::setMomentum(double momentum) {
    if (!(momentum >= 0.0 && momentum < 1.0)) {
        throw std::invalid_argument("feature-scaling: momentum must be in [0, 1)");
    }
    config_.momentum = momentum;
    applyOptimizerChange();
}

void ScalingComparison::setBatchSize(int batchSize) {
    if (batchSize < 0) throw std::invalid_argument("feature-scaling: batchSize must be >= 0");
    config_.batchSize = batchSize;
    applyOptimizerChange();
}

void ScalingComparison::setStart(const Eigen::Vector2d& start) {
    if (!start.allFinite()) throw std::invalid_argument("feature-scaling: start must be finite");
    config_.start = start;
    rebuildSurfaces(true);
    restartRuns(steps());
}

void ScalingComparison::setConfig(ScalingComparisonConfig config) {
    validate(config);
    const ScalingComparisonConfig& old = config_;
    const bool oldUser = old.userX.rows() > 0;
    const bool newUser = config.userX.rows() > 0;
    const bool dataChanged =
        config.intercept != old.intercept || config.scatterCap != old.scatterCap ||
        config.tolerance != old.tolerance ||
        oldUser != newUser || (!newUser && config.data != old.data) ||
        (newUser && (config.userX.rows() != old.userX.rows() || config.userX != old.userX ||
                     config.userY != old.userY || config.userFeatureNames != old.userFeatureNames ||
                     config.userTargetName != old.userTargetName));
    const bool gridChanged = config.gridSize != old.gridSize || config.levels != old.levels;
    const bool startChanged = config.start != old.start;
    const std::int64_t previousSteps = steps();
    config_ = std::move(config);
    if (dataChanged) rebuildData();
    if (dataChanged || gridChanged) {
        rebuildSurfaces(false);
    } else if (startChanged) {
        rebuildSurfaces(true);
    }
    restartRuns(dataChanged ? 0 : previousSteps);
}

}  // namespace normlab::core
