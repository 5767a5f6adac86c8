#include "app/labs/batch_size/tuned_lr.h"

#include <algorithm>
#include <map>

#include "app/charts/spread_series.h"
#include "app/labs/batch_size/batch_size_page.h"

namespace normlab::app {

QList<TunedBatchSize> tunedByBatchSize(const QList<LrCell>& cells) {
    std::map<int, TunedBatchSize> bySize;
    for (const LrCell& cell : cells) {
        TunedBatchSize& t = bySize[cell.batchSize];
        t.batchSize = cell.batchSize;
        ++t.rates;
        if (!cell.trained()) continue;
        const double mean = spreadOf(cell.accuracies).mean;
        if (t.trainedRates == 0 || mean > t.bestAccuracy) {
            t.bestAccuracy = mean;
            t.bestLearningRate = cell.learningRate;
        }
        t.lowestTrainedRate =
            t.trainedRates == 0 ? cell.learningRate : std::min(t.lowestTrainedRate, cell.learningRate);
        t.highestTrainedRate = t.trainedRates == 0 ? cell.learningRate
                                                   : std::max(t.highestTrainedRate, cell.learningRate);
        ++t.trainedRates;
    }
    QList<TunedBatchSize> tuned;
    for (const auto& [size, t] : bySize)
        if (t.trainedRates > 0) tuned << t;
    return tuned;
}

QString tunedLrText(const QList<TunedBatchSize>& tuned) {
    if (tuned.size() < 2) return {};
    const auto pct = [](double a) { return QString::number(a, 'f', 1); };
    const auto rate = [](double lr) { return QString::number(lr, 'g', 3); };
    const auto at = [&](const TunedBatchSize& t) {
        return BatchSizePage::tr("B = %1: %2 % at lr %3")
            .arg(t.batchSize)
            .arg(pct(t.bestAccuracy), rate(t.bestLearningRate));
    };
    const auto best = std::max_element(tuned.begin(), tuned.end(), [](const auto& a, const auto& b) {
        return a.bestAccuracy < b.bestAccuracy;
    });
    QStringList parts;
    parts << BatchSizePage::tr("<b>Tuned, measured in this map</b> (each batch size at its best "
                               "rate, marked ★): best %1.")
                 .arg(at(*best));
    const TunedBatchSize& largest = tuned.last();
    const TunedBatchSize* small = nullptr;
    for (const TunedBatchSize& t : tuned)
        if (t.batchSize >= 8 && t.batchSize <= 32 && (!small || t.bestAccuracy > small->bestAccuracy))
            small = &t;
    if (small && largest.batchSize > 32) {
        const double lead = small->bestAccuracy - largest.bestAccuracy;
        parts << (lead > 0 ? BatchSizePage::tr("Best of B = 8–32: %1, %2 points above the largest "
                                               "batch (%3).")
                           : BatchSizePage::tr("Best of B = 8–32: %1, %2 points below the largest "
                                               "batch (%3): tuned, the small batches do <i>not</i> "
                                               "win here."))
                     .arg(at(*small), pct(std::abs(lead)), at(largest));
    }
    const TunedBatchSize& smallest = tuned.first();
    parts << BatchSizePage::tr("Rates at which every run trained: B = %1: %2 of %3 (%4 … %5); "
                               "B = %6: %7 of %8 (%9 … %10).")
                 .arg(smallest.batchSize)
                 .arg(smallest.trainedRates)
                 .arg(smallest.rates)
                 .arg(rate(smallest.lowestTrainedRate), rate(smallest.highestTrainedRate))
                 .arg(largest.batchSize)
                 .arg(largest.trainedRates)
                 .arg(largest.rates)
                 .arg(rate(largest.lowestTrainedRate), rate(largest.highestTrainedRate));
    return parts.join(QLatin1Char(' '));
}

}  // namespace normlab::app
