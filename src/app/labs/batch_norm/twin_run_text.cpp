#include "app/labs/batch_norm/twin_run_text.h"

#include <QStringList>
#include <QTextStream>

#include "app/labs/batch_norm/bn_view.h"

namespace normlab::app {

QString TwinRunText::divergenceOf(const QString& what) {
    QStringList names;
    for (const QString& name : what.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int m = name == QLatin1String("bn")      ? core::TwinTrainer::kBn
                      : name == QLatin1String("noisy") ? core::TwinTrainer::kNoisy
                                                       : core::TwinTrainer::kPlain;
        names << modelName(m);
    }
    return tr("the network %1 has a loss or weights that are no longer finite")
        .arg(names.join(tr(" and ")));
}

QString TwinRunText::divergenceWarning(const core::TwinSnapshot& s) {
    QStringList lines;
    for (int m = 0; m < modelCount(s); ++m) {
        const core::TwinModelState& state = s.models[static_cast<std::size_t>(m)];
        if (!state.diverged) continue;
        lines << tr("Step %1: the network %2 diverged at learning rate %3. Lower the learning "
                    "rate or the initial weight scale, then reset.")
                     .arg(state.divergedAtStep)
                     .arg(modelName(m))
                     .arg(state.divergedAtLearningRate);
    }
    return lines.join(QLatin1Char(' '));
}

QString TwinRunText::chanceWarning(const core::TwinSnapshot& s, std::size_t evaluations,
                                   double margin) {
    const int classes = s.config.network.outputs;
    if (classes < 2) return {};
    const double chance = 1.0 / classes;
    QStringList stuck;
    for (int m = 0; m < modelCount(s); ++m) {
        const auto& evals = s.models[m].evals;
        if (evals.size() < evaluations) continue;
        bool atChance = true;
        for (std::size_t i = 0; i < evaluations; ++i)
            atChance = atChance && evals[i].testAccuracy <= chance + margin;
        if (atChance) stuck << modelName(m);
    }
    if (stuck.isEmpty()) return {};
    return tr("At chance: test accuracy %1 stayed within %2 points of chance (%3%) for the "
              "first %4 evaluations. Try a smaller learning rate or another initialisation.")
        .arg(stuck.join(tr(" and ")))
        .arg(margin * 100, 0, 'f', 0)
        .arg(chance * 100, 0, 'f', 0)
        .arg(evaluations);
}

QString TwinRunText::metricsCsv(const core::TwinSnapshot& s) {
    QString csv;
    QTextStream out(&csv);
    out << "step,model,epoch,train_loss,train_accuracy,test_loss,test_accuracy,"
           "unit_p15,unit_p50,unit_p85\n";
    for (int m = 0; m < modelCount(s); ++m) {
        const core::TwinModelState& state = s.models[m];
        std::size_t probe = 0;
        for (std::size_t i = 0; i < state.evals.size(); ++i) {
            const core::EvalRecord& e = state.evals[i];
            while (probe < state.probes.size() && state.probes[probe].step < e.step) ++probe;
            out << e.step << ',' << QString::fromStdString(state.name) << ',' << e.epoch << ','
                << e.trainLoss << ',' << e.trainAccuracy << ',' << e.testLoss << ','
                << e.testAccuracy;
            if (probe < state.probes.size() && state.probes[probe].step == e.step) {
                const core::LayerSummary& u = state.probes[probe].unit;
                out << ',' << u.p15 << ',' << u.p50 << ',' << u.p85 << '\n';
            } else {
                out << ",,,\n";
            }
        }
    }
    return csv;
}

}  // namespace normlab::app
