#include "app/labs/batch_size/measured_text.h"

#include <algorithm>
#include <map>
#include <vector>

#include "app/labs/batch_size/batch_size_page.h"
#include "core/lab/batch_sweep_summary.h"
#include "core/lab/run_verdict.h"

namespace normlab::app {

QString measuredText(const QList<SweepRun>& runs) {
    std::map<RunGroup, std::vector<const core::BatchSizeResult*>> groupRuns;
    for (const SweepRun& run : runs) groupRuns[groupOf(run.result->config)].push_back(run.result);
    if (groupRuns.empty())
        return BatchSizePage::tr(
            "<b>Measured in this sweep:</b> nothing yet. Press Run sweep; the sentences "
            "here are computed from the finished runs.");
    // The group with the most runs; its own lr rule, BN setting and budget.
    const auto largest = std::max_element(
        groupRuns.begin(), groupRuns.end(),
        [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
    const core::BatchSizeRunConfig& c = largest->second.front()->config;
    const core::BatchSweepSummary summary = core::summarizeSweep(largest->second);
    const auto pct = [](double a) { return QString::number(100.0 * a, 'f', 1); };
    const auto stats = [&](const core::BatchSizeStats& s) {
        return s.trained > 1 ? BatchSizePage::tr("B = %1: %2 % (seeds %3–%4, %5 updates)")
                                   .arg(s.batchSize)
                                   .arg(pct(s.mean), pct(s.min), pct(s.max))
                                   .arg(s.updates)
                             : BatchSizePage::tr("B = %1: %2 % (%3 updates)")
                                   .arg(s.batchSize)
                                   .arg(pct(s.mean))
                                   .arg(s.updates);
    };
    const QString budget = c.examples > 0 ? BatchSizePage::tr("%1 examples seen").arg(c.examples)
                                          : BatchSizePage::tr("%1 epochs").arg(c.epochs);
    QStringList parts;
    parts << BatchSizePage::tr("<b>Measured in this sweep</b> (%1, %2, %3 per run):")
                 .arg(groupName(groupOf(c)),
                      BatchSizePage::tr("lr %1").arg(c.learningRate(), 0, 'g', 3), budget);
    if (summary.best < 0) {
        parts << BatchSizePage::tr("no run trained: every one diverged or stayed near chance.");
        return parts.join(QLatin1Char(' '));
    }
    const core::BatchSizeStats& best = summary.sizes[static_cast<std::size_t>(summary.best)];
    parts << BatchSizePage::tr("best mean test accuracy at %1.").arg(stats(best));
    const int smallIndex = summary.bestIn(8, 32);
    const core::BatchSizeStats* largestTrained = nullptr;
    for (const core::BatchSizeStats& s : summary.sizes)
        if (s.trained > 0 && s.batchSize >= 256) largestTrained = &s;
    if (smallIndex >= 0 && largestTrained) {
        const core::BatchSizeStats& small = summary.sizes[static_cast<std::size_t>(smallIndex)];
        parts << BatchSizePage::tr("Best of B = 8–32: %1; largest batch: %2.")
                     .arg(stats(small), stats(*largestTrained));
        if (core::beatsEverySeed(small, *largestTrained))
            parts << BatchSizePage::tr("Every seed of B = %1 beats every seed of B = %2.")
                         .arg(small.batchSize)
                         .arg(largestTrained->batchSize);
        else if (small.mean > largestTrained->mean)
            parts << BatchSizePage::tr(
                         "The seeds of B = %1 and B = %2 overlap: this sweep does not separate "
                         "them.")
                         .arg(small.batchSize)
                         .arg(largestTrained->batchSize);
        else
            parts << BatchSizePage::tr("Here the small batches do <i>not</i> win.");
        if (c.examples == 0 && largestTrained->updates < small.updates)
            parts << BatchSizePage::tr(
                         "At equal epochs B = %1 made %2 updates, B = %3 only %4: this sweep "
                         "cannot tell better generalisation from more updates (the Same "
                         "training loss tab compares models trained to equal loss).")
                         .arg(small.batchSize)
                         .arg(small.updates)
                         .arg(largestTrained->batchSize)
                         .arg(largestTrained->updates);
    }
    int diverged = 0, underTrained = 0;
    for (const core::BatchSizeStats& s : summary.sizes) {
        diverged += s.diverged;
        underTrained += s.underTrained;
    }
    if (diverged + underTrained > 0)
        parts << BatchSizePage::tr(
                     "%1 run(s) diverged and %2 stayed near chance (train accuracy below %3 %): "
                     "marked in red, left out of the means.")
                     .arg(diverged)
                     .arg(underTrained)
                     .arg(pct(core::underTrainedAccuracy(c.network.outputs)));
    if (groupRuns.size() > 1)
        parts << BatchSizePage::tr(
            "(Other lr rules and BN settings are drawn but not summarised here.)");
    return parts.join(QLatin1Char(' '));
}

}  // namespace normlab::app
