#include "session/course/measures.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

#include "core/lab/batch_sweep_summary.h"
#include "core/lab/scaling_comparison.h"
#include "core/lab/twin_trainer.h"

namespace normlab::session::course {

namespace {

constexpr std::array<const char*, 3> kScalingNames{"none", "minmax", "zscore"};
constexpr std::array<const char*, 2> kTwinNames{"bn", "plain"};  // TwinSnapshot::models order

// Per-feature summaries of the plotted sample of one scaling.
void measureFeatures(const QString& prefix, const core::Matrix<float>& x, Measures& out) {
    if (x.rows() == 0) return;
    for (int c = 0; c < std::min<int>(2, static_cast<int>(x.cols())); ++c) {
        const auto col = x.col(c).cast<double>();
        const double mean = col.mean();
        const double var = (col.array() - mean).square().mean();
        const QString f = prefix + QStringLiteral(".x%1.").arg(c + 1);
        out[f + "min"] = col.minCoeff();
        out[f + "max"] = col.maxCoeff();
        out[f + "mean"] = mean;
        out[f + "std"] = std::sqrt(var);
    }
}

// How much of the way from the start to the minimum each weight has gone.
void measureProgress(const QString& prefix, const core::ScalingRunState& run, Measures& out) {
    if (run.path.empty() || !run.model) return;
    const core::PathPoint& start = run.path[0];
    const core::PathPoint& now = run.path.back();
    const Eigen::Vector2d best = run.model->quadratic.minimizer;
    const double w[2][3] = {{start.w1, now.w1, best.x()}, {start.w2, now.w2, best.y()}};
    std::array<double, 2> done{};
    for (int i = 0; i < 2; ++i) {
        const double total = std::abs(w[i][0] - w[i][2]);
        done[i] = total > 0 ? 100.0 * (1.0 - std::abs(w[i][1] - w[i][2]) / total) : 100.0;
    }
    out[prefix + ".w1_done"] = done[0];
    out[prefix + ".w2_done"] = done[1];
    out[prefix + ".slow_done"] = std::min(done[0], done[1]);
    out[prefix + ".fast_done"] = std::max(done[0], done[1]);
}

Measures measureScaling(const core::ScalingComparisonSnapshot& s) {
    Measures out;
    out["step"] = static_cast<double>(s.step);
    for (std::size_t i = 0; i < s.runs.size(); ++i) {
        const core::ScalingRunState& run = s.runs[i];
        const QString p = QString::fromLatin1(kScalingNames[i]);
        out[p + ".diverged"] = run.diverged ? 1 : 0;
        out[p + ".converged"] = run.stepsToConverge >= 0 ? 1 : 0;
        if (run.stepsToConverge >= 0) out[p + ".steps"] = static_cast<double>(run.stepsToConverge);
        if (std::isfinite(run.currentLoss)) out[p + ".loss"] = run.currentLoss;
        out[p + ".lr"] = run.learningRate;
        if (run.model) {
            out[p + ".kappa"] = run.model->quadratic.conditionNumber;
            out[p + ".max_lr"] = run.model->quadratic.maxStableLearningRate;
            measureFeatures(p, run.model->scaledSample, out);
        }
        measureProgress(p, run, out);
    }
    if (out.contains("none.x1.std") && out.value("none.x2.std") > 0)
        out["spread_ratio"] = out["none.x1.std"] / out["none.x2.std"];
    if (out.contains("none.kappa") && out.value("zscore.kappa") > 0)
        out["kappa_ratio"] = out["none.kappa"] / out["zscore.kappa"];
    if (out.contains("none.steps") && out.value("zscore.steps") > 0)
        out["steps_ratio"] = out["none.steps"] / out["zscore.steps"];
    return out;
}

void measureTwinModel(const QString& p, const core::TwinModelState& m, Measures& out) {
    out[p + ".diverged"] = m.diverged ? 1 : 0;
    if (!m.evals.empty()) {
        const core::EvalRecord& e = m.evals.back();
        out[p + ".test_acc"] = 100.0 * e.testAccuracy;
        out[p + ".train_acc"] = 100.0 * e.trainAccuracy;
        out[p + ".test_loss"] = e.testLoss;
        out[p + ".gap"] = 100.0 * (e.trainAccuracy - e.testAccuracy);
    }
    if (!m.drift.empty()) {
        out[p + ".drift.median"] = std::abs(m.drift.back().median);
        out[p + ".drift.band"] = m.drift.back().band;
        out[p + ".drift.width"] = m.drift.back().widthRatio;
    }
    if (!m.probes.empty() && !m.probes[0].layers.empty()) {
        const core::StepProbe& first = m.probes[0];
        const core::StepProbe& last = m.probes.back();
        out[p + ".linear0"] = 100.0 * first.layers.back().linearRegionFraction;
        out[p + ".saturated0"] = 100.0 * first.layers.back().saturatedFraction;
        out[p + ".unit0.mean"] = first.unit.mean;
        out[p + ".unit0.std"] = first.unit.std;
        out[p + ".linear"] = 100.0 * last.layers.back().linearRegionFraction;
        out[p + ".saturated"] = 100.0 * last.layers.back().saturatedFraction;
        out[p + ".layer.mean"] = last.layers.back().mean;
        out[p + ".layer.std"] = last.layers.back().std;
        out[p + ".unit.mean"] = last.unit.mean;
        out[p + ".unit.std"] = last.unit.std;
    }
    if (!m.affine.empty() && !m.affine.back().gamma.empty()) {
        const core::AffineCheckpoint& a = m.affine.back();
        for (const auto& [name, summary] :
             {std::pair{QStringLiteral("gamma"), a.gamma.back()},
              std::pair{QStringLiteral("beta"), a.beta.back()}}) {
            const QString f = p + QLatin1Char('.') + name + QLatin1Char('.');
            out[f + "mean"] = summary.mean;
            out[f + "std"] = summary.std;
            out[f + "min"] = summary.min;
            out[f + "max"] = summary.max;
            out[f + "count"] = static_cast<double>(summary.count);
        }
    }
    if (!m.landscape.empty() && !m.landscape.back().ics.empty()) {
        const core::LandscapeCheckpoint& l = m.landscape.back();
        double sum = 0;
        for (const core::IcsMeasure& ics : l.ics) sum += ics.relativeL2;
        out[p + ".ics"] = sum / static_cast<double>(l.ics.size());
        out[p + ".beta_smooth"] = l.smoothness.effectiveBeta;
        out[p + ".loss_range"] = l.smoothness.lossMax - l.smoothness.lossMin;
    }
}

Measures measureTwin(const core::TwinSnapshot& s) {
    Measures out;
    out["step"] = static_cast<double>(s.step);
    out["hidden_layers"] = s.hiddenLayers;
    for (std::size_t i = 0; i < s.models.size(); ++i)
        measureTwinModel(QString::fromLatin1(kTwinNames[i]), s.models[i], out);
    if (out.contains("bn.test_acc") && out.contains("plain.test_acc"))
        out["acc_lead"] = out["bn.test_acc"] - out["plain.test_acc"];
    if (out.value("bn.drift.median") > 0 && out.contains("plain.drift.median"))
        out["drift_ratio"] = out["plain.drift.median"] / out["bn.drift.median"];
    // What the last BN layer normalises, from the run's own network: the last
    // conv layer when no dense hidden layer follows it.
    const core::NetworkSpec& net = s.config.network;
    const bool cnn = net.model == core::ModelType::Cnn && !net.convChannels.empty();
    out["last_block_is_conv"] = cnn && net.hidden.empty() ? 1 : 0;
    if (cnn) out["conv.channels"] = net.convChannels.back();
    return out;
}

QStringList scalingNames() {
    QStringList names{"step", "spread_ratio", "kappa_ratio", "steps_ratio"};
    for (const char* s : kScalingNames) {
        const QString p = QString::fromLatin1(s);
        for (const char* f : {"diverged", "converged", "steps", "loss", "lr", "kappa", "max_lr",
                              "w1_done", "w2_done", "slow_done", "fast_done"})
            names << p + QLatin1Char('.') + QLatin1String(f);
        for (const char* x : {"x1", "x2"})
            for (const char* f : {"min", "max", "mean", "std"})
                names << QStringLiteral("%1.%2.%3").arg(p, QLatin1String(x), QLatin1String(f));
    }
    return names;
}

QStringList twinNames() {
    QStringList names{"step", "hidden_layers", "acc_lead", "drift_ratio", "last_block_is_conv",
                      "conv.channels"};
    for (const char* m : kTwinNames) {
        const QString p = QString::fromLatin1(m);
        for (const char* f :
             {"diverged", "test_acc", "train_acc", "test_loss", "gap", "drift.median",
              "drift.band", "drift.width", "linear0", "saturated0", "unit0.mean", "unit0.std",
              "linear", "saturated", "layer.mean", "layer.std", "unit.mean", "unit.std", "ics",
              "beta_smooth", "loss_range"})
            names << p + QLatin1Char('.') + QLatin1String(f);
    }
    for (const char* a : {"gamma", "beta"})
        for (const char* f : {"mean", "std", "min", "max", "count"})
            names << QStringLiteral("bn.%1.%2").arg(QLatin1String(a), QLatin1String(f));
    return names;
}

QStringList sweepNames() {
    QStringList names{"best_B", "small_B", "large_B", "acc_lead", "updates_ratio",
                      "small_beats_large"};
    for (const char* p : {"small", "large"})
        for (const char* f : {"acc", "acc_min", "acc_max", "updates", "seeds"})
            names << QStringLiteral("%1.%2").arg(QLatin1String(p), QLatin1String(f));
    return names;
}

void putStats(const QString& p, const core::BatchSizeStats& s, Measures& out) {
    if (s.trained == 0) return;
    out[p + ".acc"] = 100.0 * s.mean;
    out[p + ".acc_min"] = 100.0 * s.min;
    out[p + ".acc_max"] = 100.0 * s.max;
    out[p + ".updates"] = static_cast<double>(s.updates);
    out[p + ".seeds"] = s.trained;
}

}  // namespace

Measures measureSnapshot(const core::Snapshot& snapshot) {
    if (const auto* s = dynamic_cast<const core::ScalingComparisonSnapshot*>(&snapshot))
        return measureScaling(*s);
    if (const auto* s = dynamic_cast<const core::TwinSnapshot*>(&snapshot)) return measureTwin(*s);
    return {};
}

Measures measureBatchSweep(const std::vector<core::BatchSizeResult>& runs) {
    std::vector<const core::BatchSizeResult*> finished;
    for (const core::BatchSizeResult& r : runs)
        if (!r.cancelled) finished.push_back(&r);
    const core::BatchSweepSummary summary = core::summarizeSweep(finished);
    Measures out;
    for (const core::BatchSizeStats& s : summary.sizes)
        putStats(QStringLiteral("B%1").arg(s.batchSize), s, out);
    if (summary.sizes.empty()) return out;
    if (summary.best >= 0)
        out["best_B"] = summary.sizes[static_cast<std::size_t>(summary.best)].batchSize;
    const core::BatchSizeStats& small = summary.sizes.front();
    const core::BatchSizeStats& large = summary.sizes.back();
    out["small_B"] = small.batchSize;
    out["large_B"] = large.batchSize;
    putStats(QStringLiteral("small"), small, out);
    putStats(QStringLiteral("large"), large, out);
    if (small.trained > 0 && large.trained > 0) {
        out["acc_lead"] = 100.0 * (small.mean - large.mean);
        out["small_beats_large"] = core::beatsEverySeed(small, large) ? 1 : 0;
        if (large.updates > 0)
            out["updates_ratio"] =
                static_cast<double>(small.updates) / static_cast<double>(large.updates);
    }
    return out;
}

QStringList measureNames(const QString& kind) {
    if (kind == QLatin1String("feature-scaling")) return scalingNames();
    if (kind == QLatin1String("bn-twin")) return twinNames();
    if (kind == QLatin1String("batch-sweep")) return sweepNames();
    return {};
}

bool isKnownMeasure(const QString& kind, const QString& name) {
    if (measureNames(kind).contains(name)) return true;
    if (kind != QLatin1String("batch-sweep")) return false;
    static const QRegularExpression perSize(
        QStringLiteral("^B[1-9][0-9]*\\.(acc|acc_min|acc_max|updates|seeds)$"));
    return perSize.match(name).hasMatch();
}

}  // namespace normlab::session::course
