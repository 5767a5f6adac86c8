#include "session/runners/builtin_runs.h"

#include <QDir>
#include <optional>

#include "core/lab/twin_trainer.h"
#include "session/csv_writer.h"
#include "session/network_dataset.h"
#include "session/run_interrupt.h"
#include "session/twin_config.h"

namespace normlab::session {

namespace {

using core::TwinTrainer;

// Writes the rows for everything the trainer recorded since the last call.
class TwinCsvFiles {
public:
    TwinCsvFiles(const QDir& dir, bool landscape)
        : metrics_(dir.filePath("metrics.csv"),
                   {"step", "model", "epoch", "train_loss", "train_accuracy", "test_loss",
                    "test_accuracy"}),
          layers_(dir.filePath("layers.csv"),
                  {"step", "model", "layer", "p15", "p50", "p85", "mean", "std",
                   "saturated_fraction", "linear_region_fraction", "mean_derivative_relative"}),
          units_(dir.filePath("units.csv"),
                 {"step", "model", "layer", "unit", "p15", "p50", "p85"}),
          histograms_(dir.filePath("histograms.csv"),
                      {"step", "model", "layer", "bin_lo", "bin_hi", "count"}) {
        if (landscape)
            landscape_ = std::make_unique<CsvWriter>(
                dir.filePath("landscape.csv"),
                QStringList{"step", "model", "layer", "ics_l2", "ics_relative_l2", "ics_cosine",
                            "loss_min", "loss_max", "gradient_change_min",
                            "gradient_change_max", "effective_beta"});
    }

    void append(const TwinTrainer& trainer) {
        const int trackedLayer = trainer.config().trackedLayer == 0
                                     ? static_cast<int>(trainer.model(0).latest.size())
                                     : trainer.config().trackedLayer;
        for (int m = 0; m < trainer.modelCount(); ++m) {
            const core::TwinModelState& s = trainer.model(m);
            const QString model = QString::fromStdString(s.name);
            const auto writeProbe = [&](const core::StepProbe& p) {
                for (std::size_t l = 0; l < p.layers.size(); ++l) {
                    const core::LayerSummary& L = p.layers[l];
                    layers_.writeRow({qint64(p.step), model, qint64(l + 1), L.p15, L.p50, L.p85,
                                      L.mean, L.std, L.saturatedFraction, L.linearRegionFraction,
                                      L.meanDerivativeRelative});
                }
                units_.writeRow({qint64(p.step), model, trackedLayer, trainer.config().trackedUnit,
                                 p.unit.p15, p.unit.p50, p.unit.p85});
            };
            // Step 0, before any update, then the probe of each evaluated step.
            if (!startWritten_[m] && !s.probes.empty()) {
                writeProbe(s.probes[0]);
                startWritten_[m] = true;
            }
            for (; evals_[m] < s.evals.size(); ++evals_[m]) {
                const core::EvalRecord& e = s.evals[evals_[m]];
                metrics_.writeRow({qint64(e.step), model, e.epoch, e.trainLoss, e.trainAccuracy,
                                   e.testLoss, e.testAccuracy});
                const auto index = static_cast<std::size_t>(e.step);  // probes[k] is step k
                if (e.step >= 1 && index < s.probes.size()) writeProbe(s.probes[index]);
            }
            for (; histogramsSeen_[m] < s.histograms.size(); ++histogramsSeen_[m]) {
                const core::HistogramCheckpoint& h = s.histograms[histogramsSeen_[m]];
                for (std::size_t l = 0; l < h.layers.size(); ++l) {
                    const core::Histogram& hist = h.layers[l];
                    for (int b = 0; b < hist.bins(); ++b)
                        histograms_.writeRow({qint64(h.step), model, qint64(l + 1),
                                              hist.edges[static_cast<std::size_t>(b)],
                                              hist.edges[static_cast<std::size_t>(b) + 1],
                                              qint64(hist.counts[static_cast<std::size_t>(b)])});
                }
            }
            if (!landscape_) continue;
            for (; landscapeSeen_[m] < s.landscape.size(); ++landscapeSeen_[m]) {
                const core::LandscapeCheckpoint& c = s.landscape[landscapeSeen_[m]];
                const core::SmoothnessMeasure& sm = c.smoothness;
                for (const core::IcsMeasure& ics : c.ics)
                    landscape_->writeRow({qint64(c.step), model, ics.layer, ics.l2, ics.relativeL2,
                                          ics.cosine, sm.lossMin, sm.lossMax, sm.gradientChangeMin,
                                          sm.gradientChangeMax, sm.effectiveBeta});
            }
        }
    }

    void close() {
        metrics_.close();
        layers_.close();
        units_.close();
        histograms_.close();
        if (landscape_) landscape_->close();
    }

private:
    CsvWriter metrics_, layers_, units_, histograms_;
    std::unique_ptr<CsvWriter> landscape_;
    std::array<std::size_t, TwinTrainer::kMaxModels> evals_{}, histogramsSeen_{}, landscapeSeen_{};
    std::array<bool, TwinTrainer::kMaxModels> startWritten_{};
};

QString accuracyText(const core::TwinModelState& s) {
    if (s.diverged) return QStringLiteral("diverged");
    if (s.evals.empty()) return QStringLiteral("-");
    return QString::number(s.evals.back().testAccuracy, 'f', 3);
}

}  // namespace

void runBnTwin(const ExperimentConfig& config, const QString& outDir,
               const ProgressCallback& progress, core::RunProfile* profile) {
    const std::shared_ptr<const core::Dataset> data = loadNetworkDatasetTimed(config, profile);
    const core::TwinConfig twin = twinConfigFrom(config, data->shape, data->numClasses);
    TwinTrainer trainer(data, twin);
    trainer.setProfile(profile);
    std::optional<core::PhaseTimer> timer(std::in_place, profile, core::RunPhase::Output);
    TwinCsvFiles files(QDir(outDir), twin.landscapeProbes);
    timer.reset();

    const qint64 steps = config.getInt("steps");
    for (qint64 i = 0; i < steps; ++i) {
        trainer.step();
        // Interrupted: the step just taken is evaluated and written, like a last step.
        const bool last = i + 1 == steps || runInterruptRequested();
        if (trainer.steps() % twin.evalInterval == 0 || last) {
            if (trainer.steps() % twin.evalInterval != 0) trainer.evaluate();
            const core::PhaseTimer output(profile, core::RunPhase::Output);
            files.append(trainer);
            if (progress) {
                QString line = QStringLiteral("step %1/%2").arg(trainer.steps()).arg(steps);
                for (int m = 0; m < trainer.modelCount(); ++m)
                    line += QStringLiteral("  %1 acc %2")
                                .arg(QString::fromStdString(trainer.model(m).name),
                                     accuracyText(trainer.model(m)));
                progress({trainer.steps(), steps, line});
            }
        }
        bool anyTraining = false;
        for (int m = 0; m < trainer.modelCount(); ++m)
            anyTraining = anyTraining || !trainer.model(m).diverged;
        if (last || !anyTraining) break;  // interrupted, or nothing left to train
    }
    timer.emplace(profile, core::RunPhase::Output);
    files.close();
}

}  // namespace normlab::session
