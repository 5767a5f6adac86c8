#include "session/sweep_tables.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/lab/run_verdict.h"
#include "session/csv_writer.h"

namespace normlab::session {

namespace {

template <typename Result>
std::vector<const Result*> resultsOf(const SweepSnapshot& s, bool partialToo) {
    std::vector<const Result*> results;
    for (const SweepPointStatus& p : s.points) {
        const bool usable = p.state == SweepPointState::Finished ||
                            (partialToo && p.state == SweepPointState::Cancelled);
        if (!usable || !p.outcome) continue;
        if (const auto* r = std::get_if<Result>(&*p.outcome)) results.push_back(r);
    }
    return results;
}

QString ruleText(const core::BatchSizeRunConfig& c) {
    return QString::fromStdString(core::toString(c.lrRule));
}

}  // namespace

std::vector<const core::BatchSizeResult*> batchResultsOf(const SweepSnapshot& s, bool partialToo) {
    return resultsOf<core::BatchSizeResult>(s, partialToo);
}

std::vector<const core::InitSweepResult*> initResultsOf(const SweepSnapshot& s, bool partialToo) {
    return resultsOf<core::InitSweepResult>(s, partialToo);
}

CsvTable batchSweepTable(const std::vector<const core::BatchSizeResult*>& runs) {
    const bool bn = std::any_of(runs.begin(), runs.end(),
                                [](const auto* r) { return r->config.network.usesBatchNorm(); });
    CsvTable t;
    t.header = {"batch_size",
                "lr_rule",
                "lr",
                "bn",
                "seed",
                "epochs",
                "updates",
                "final_train_accuracy",
                "final_test_accuracy",
                "final_test_loss",
                "wall_seconds"};
    if (bn) t.header << "test_accuracy_bn_train_mode";
    t.header << "diverged";
    for (const core::BatchSizeResult* r : runs) {
        const core::BatchSizeRunConfig& c = r->config;
        QVariantList row{c.batchSize,
                         ruleText(c),
                         r->learningRate,
                         c.network.usesBatchNorm(),
                         static_cast<qint64>(c.seed),
                         r->epochs,
                         qint64(r->updates),
                         r->finalTrainAccuracy,
                         r->finalTestAccuracy,
                         r->finalTestLoss,
                         r->wallSeconds};
        if (bn) row << r->testAccuracyBnTrainMode;
        row << r->diverged;
        t.rows << row;
    }
    return t;
}

CsvTable batchCurvesTable(const std::vector<const core::BatchSizeResult*>& runs) {
    CsvTable t;
    t.header = {"batch_size",  "lr_rule",       "bn",        "seed",           "epoch",
                "updates",     "test_accuracy", "test_loss", "train_accuracy", "examples_seen",
                "wall_seconds"};
    for (const core::BatchSizeResult* r : runs) {
        const core::BatchSizeRunConfig& c = r->config;
        for (const core::BatchSizeCurvePoint& q : r->curve)
            t.rows << QVariantList{c.batchSize,
                                   ruleText(c),
                                   c.network.usesBatchNorm(),
                                   static_cast<qint64>(c.seed),
                                   q.epoch,
                                   qint64(q.updates),
                                   q.testAccuracy,
                                   q.testLoss,
                                   q.trainAccuracy,
                                   qint64(q.examplesSeen),
                                   q.wallSeconds};
    }
    return t;
}

CsvTable lrMapTable(const std::vector<const core::BatchSizeResult*>& runs) {
    struct Cell {
        const core::BatchSizeResult* first = nullptr;
        int runs = 0, diverged = 0, underTrained = 0;
        QList<double> accuracies;
        [[nodiscard]] double mean() const {
            double sum = 0;
            for (double a : accuracies) sum += a;
            return accuracies.isEmpty() ? std::nan("") : sum / accuracies.size();
        }
    };
    std::map<std::pair<int, double>, Cell> cells;
    for (const core::BatchSizeResult* r : runs) {
        Cell& cell = cells[{r->config.batchSize, r->learningRate}];
        if (!cell.first) cell.first = r;
        ++cell.runs;
        switch (core::verdictOf(*r)) {
            case core::RunVerdict::Diverged:
                ++cell.diverged;
                break;
            case core::RunVerdict::UnderTrained:
                ++cell.underTrained;
                break;
            case core::RunVerdict::Trained:
                cell.accuracies << r->finalTestAccuracy;
                break;
        }
    }
    std::map<int, double> bestLr;
    for (const auto& [key, cell] : cells) {
        if (cell.accuracies.isEmpty()) continue;
        const auto known = bestLr.find(key.first);
        if (known == bestLr.end() || cell.mean() > cells[{key.first, known->second}].mean())
            bestLr[key.first] = key.second;
    }
    CsvTable t;
    t.header = {"batch_size",
                "lr",
                "bn",
                "epochs",
                "examples",
                "runs",
                "trained_runs",
                "diverged_runs",
                "under_trained_runs",
                "mean_test_accuracy",
                "min_test_accuracy",
                "max_test_accuracy",
                "best_lr_for_batch_size"};
    for (const auto& [key, cell] : cells) {
        const core::BatchSizeRunConfig& c = cell.first->config;
        const bool any = !cell.accuracies.isEmpty();
        const auto [lo, hi] = std::minmax_element(cell.accuracies.begin(), cell.accuracies.end());
        const auto best = bestLr.find(key.first);
        t.rows << QVariantList{key.first,
                               key.second,
                               c.network.usesBatchNorm(),
                               c.epochs,
                               qint64(c.examples),
                               cell.runs,
                               qint64(cell.accuracies.size()),
                               cell.diverged,
                               cell.underTrained,
                               cell.mean(),
                               any ? *lo : std::nan(""),
                               any ? *hi : std::nan(""),
                               best != bestLr.end() && best->second == key.second};
    }
    return t;
}

CsvTable initSweepTable(const std::vector<const core::InitSweepResult*>& runs) {
    CsvTable t;
    t.header = {"init_std", "model", "seed", "final_test_accuracy", "diverged"};
    for (const core::InitSweepResult* r : runs) {
        const auto seed = static_cast<qint64>(r->seed);
        t.rows << QVariantList{r->initStd, QStringLiteral("bn"), seed, r->bnTestAccuracy,
                               r->bnDiverged};
        t.rows << QVariantList{r->initStd, QStringLiteral("plain"), seed, r->plainTestAccuracy,
                               r->plainDiverged};
    }
    return t;
}

QString csvText(const CsvTable& table) {
    if (table.rows.isEmpty()) return {};
    QString text = CsvWriter::lineText(table.header);
    for (const QVariantList& row : table.rows) text += CsvWriter::rowText(row);
    return text;
}

void writeCsv(const QString& path, const CsvTable& table) {
    CsvWriter csv(path, table.header);
    for (const QVariantList& row : table.rows) csv.writeRow(row);
    csv.close();
}

}  // namespace normlab::session
