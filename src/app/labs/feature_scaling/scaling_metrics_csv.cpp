#include "app/labs/feature_scaling/scaling_metrics_csv.h"

#include <QTextStream>

namespace normlab::app {

QString scalingMetricsCsv(const core::ScalingComparisonSnapshot& snapshot) {
    QString csv;
    QTextStream out(&csv);
    out.setRealNumberPrecision(10);
    out << "scaling,step,w1,w2,loss,learning_rate,max_stable_lr,kappa,lambda_min,lambda_max,"
           "steps_to_converge,diverged\n";
    for (const core::ScalingRunState& run : snapshot.runs) {
        const core::QuadraticSummary& q = run.model->quadratic;
        const QString scaling = QString::fromStdString(core::toString(run.scaling));
        for (std::size_t k = 0; k < run.path.size(); ++k) {
            const core::PathPoint& p = run.path[k];
            out << scaling << ',' << p.step << ',' << p.w1 << ',' << p.w2 << ',' << p.loss << ','
                << run.learningRate << ',' << q.maxStableLearningRate << ',' << q.conditionNumber
                << ',' << q.lambdaMin << ',' << q.lambdaMax << ',' << run.stepsToConverge << ','
                << (run.diverged ? 1 : 0) << '\n';
        }
    }
    return csv;
}

}  // namespace normlab::app
