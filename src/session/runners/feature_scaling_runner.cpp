#include "session/runners/builtin_runs.h"

#include "core/lab/scaling_report.h"
#include "session/feature_scaling_config.h"
#include "session/run_interrupt.h"

namespace normlab::session {

void runFeatureScaling(const ExperimentConfig& config, const QString& outDir,
                       const ProgressCallback& progress, core::RunProfile* /*profile*/) {
    core::ScalingComparison comparison(scalingComparisonConfigFrom(config));
    const qint64 steps = config.getInt("steps");
    const core::ScalingReportResult result =
        core::writeScalingReport(comparison, outDir.toStdString(), steps,
                                 core::RunControl{&runInterruptFlag(), {}});
    if (progress) {
        QString message = QStringLiteral("%1 steps").arg(result.steps);
        for (const core::ScalingKind kind : core::kComparedScalings) {
            const core::DescentPath& run = comparison.run(kind);
            const QString state = run.diverged() ? QStringLiteral("diverged")
                                  : run.stepsToConverge() >= 0
                                      ? QStringLiteral("converged at %1").arg(run.stepsToConverge())
                                      : QStringLiteral("not yet converged");
            message += QStringLiteral("  %1 %2").arg(QString::fromStdString(toString(kind)), state);
        }
        progress({result.steps, steps, message});
    }
}

}  // namespace normlab::session
