#include "core/lab/norm_vs_batch_summary.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace normlab::core {

namespace {

NormSeries seriesOf(NormKind kind) {
    switch (kind) {
        case NormKind::Batch:
            return NormSeries::BatchRunning;
        case NormKind::Layer:
            return NormSeries::Layer;
        case NormKind::Group:
            return NormSeries::Group;
        case NormKind::None:
            break;
    }
    return NormSeries::None;
}

SmallBatchVerdict verdictOf(const std::map<NormSeries, std::map<int, SeedSpread>>& error) {
    SmallBatchVerdict v;
    if (error.size() < 2) return v;
    // Batch sizes every series has.
    std::set<int> common;
    for (const auto& [b, s] : error.begin()->second) common.insert(b);
    // A named reference, not a structured binding: clang 14 (the fuzz build)
    // cannot capture a binding in a lambda.
    for (const auto& entry : error) {
        const std::map<int, SeedSpread>& points = entry.second;
        std::erase_if(common, [&](int b) { return !points.contains(b); });
    }
    if (common.empty()) return v;
    v.valid = true;
    v.smallBatch = *common.begin();
    v.largeBatch = *common.rbegin();
    std::vector<std::pair<double, NormSeries>> ranked;
    for (const auto& [series, points] : error) ranked.emplace_back(points.at(v.smallBatch).mean, series);
    std::sort(ranked.begin(), ranked.end());
    v.leader = ranked[0].second;
    v.runnerUp = ranked[1].second;
    v.margin = ranked[1].first - ranked[0].first;
    v.seedSpread = std::max(error.at(v.leader).at(v.smallBatch).range(),
                            error.at(v.runnerUp).at(v.smallBatch).range());
    return v;
}

}  // namespace

SeedSpread spreadOver(const std::vector<double>& values) {
    SeedSpread s;
    if (values.empty()) return s;
    s.count = static_cast<int>(values.size());
    s.min = *std::min_element(values.begin(), values.end());
    s.max = *std::max_element(values.begin(), values.end());
    double sum = 0;
    for (double v : values) sum += v;
    s.mean = sum / s.count;
    return s;
}

const SeedSpread* NormVsBatchSummary::at(NormSeries series, int batchSize) const {
    const auto it = error.find(series);
    if (it == error.end()) return nullptr;
    const auto point = it->second.find(batchSize);
    return point == it->second.end() ? nullptr : &point->second;
}

NormVsBatchSummary summarizeNormVsBatch(const std::vector<const BatchSizeResult*>& results) {
    std::map<NormSeries, std::map<int, std::vector<double>>> errors;
    std::map<int, std::map<int, std::vector<double>>> gaps;
    NormVsBatchSummary summary;
    for (const BatchSizeResult* r : results) {
        const int b = r->config.batchSize;
        if (r->diverged || !std::isfinite(r->finalTestAccuracy)) {
            ++summary.diverged;
            continue;
        }
        const NormKind kind = r->config.network.normaliser;
        errors[seriesOf(kind)][b].push_back(1.0 - r->finalTestAccuracy);
        if (kind != NormKind::Batch) continue;
        if (std::isfinite(r->testAccuracyBnTrainMode))
            errors[NormSeries::BatchBatchStats][b].push_back(1.0 - r->testAccuracyBnTrainMode);
        for (const RunningStatGap& g : r->runningGap) gaps[g.layer][b].push_back(g.meanGap);
    }
    for (const auto& [series, points] : errors)
        for (const auto& [b, values] : points) summary.error[series][b] = spreadOver(values);
    for (const auto& [layer, points] : gaps)
        for (const auto& [b, values] : points) summary.runningGap[layer][b] = spreadOver(values);
    summary.verdict = verdictOf(summary.error);
    return summary;
}

}  // namespace normlab::core
