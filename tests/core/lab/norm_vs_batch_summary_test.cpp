#include "core/lab/norm_vs_batch_summary.h"

#include <gtest/gtest.h>

#include <cmath>

namespace normlab::core {
namespace {

BatchSizeResult result(NormKind kind, int b, std::uint64_t seed, double accuracy,
                       double batchStatsAccuracy = 0, double gap = 0) {
    BatchSizeResult r;
    r.config.network.normaliser = kind;
    r.config.batchSize = b;
    r.config.seed = seed;
    r.finalTestAccuracy = accuracy;
    if (kind == NormKind::Batch) {
        r.testAccuracyBnTrainMode = batchStatsAccuracy;
        r.runningGap = {{1, gap, gap / 2}, {2, 2 * gap, gap}};
    }
    return r;
}

std::vector<const BatchSizeResult*> pointers(const std::vector<BatchSizeResult>& rs) {
    std::vector<const BatchSizeResult*> out;
    for (const auto& r : rs) out.push_back(&r);
    return out;
}

TEST(NormVsBatchSummary, ErrorsAndGapsAreSpreadOverSeedsPerSeriesAndBatchSize) {
    const std::vector<BatchSizeResult> rs{
        result(NormKind::Batch, 2, 1, 0.50, 0.30, 0.4), result(NormKind::Batch, 2, 2, 0.60, 0.34, 0.2),
        result(NormKind::Batch, 64, 1, 0.80, 0.81, 0.1), result(NormKind::Group, 2, 1, 0.82),
        result(NormKind::Group, 2, 2, 0.84),           result(NormKind::Group, 64, 1, 0.78)};
    const NormVsBatchSummary s = summarizeNormVsBatch(pointers(rs));
    const SeedSpread* bn2 = s.at(NormSeries::BatchRunning, 2);
    ASSERT_NE(bn2, nullptr);
    EXPECT_EQ(bn2->count, 2);
    EXPECT_NEAR(bn2->mean, 0.45, 1e-12);
    EXPECT_NEAR(bn2->min, 0.40, 1e-12);
    EXPECT_NEAR(bn2->max, 0.50, 1e-12);
    EXPECT_NEAR(s.at(NormSeries::BatchBatchStats, 2)->mean, 0.68, 1e-12);
    EXPECT_EQ(s.at(NormSeries::Layer, 2), nullptr);
    EXPECT_NEAR(s.runningGap.at(2).at(2).mean, 0.6, 1e-12);  // layer 2: 2 x (0.4 + 0.2) / 2
    EXPECT_EQ(s.runningGap.at(1).size(), 2u);
}

TEST(NormVsBatchSummary, VerdictNamesTheLeaderAtTheSmallestCommonBatchAndItsMargin) {
    const std::vector<BatchSizeResult> rs{
        result(NormKind::Batch, 2, 1, 0.50, 0.30), result(NormKind::Batch, 2, 2, 0.60, 0.34),
        result(NormKind::Batch, 64, 1, 0.80, 0.81), result(NormKind::Group, 2, 1, 0.82),
        result(NormKind::Group, 2, 2, 0.84),      result(NormKind::Group, 64, 1, 0.78),
        // B = 4 only for group norm: not common, so not the verdict's batch size.
        result(NormKind::Group, 4, 1, 0.99)};
    const SmallBatchVerdict v = summarizeNormVsBatch(pointers(rs)).verdict;
    ASSERT_TRUE(v.valid);
    EXPECT_EQ(v.smallBatch, 2);
    EXPECT_EQ(v.largeBatch, 64);
    EXPECT_EQ(v.leader, NormSeries::Group);
    EXPECT_EQ(v.runnerUp, NormSeries::BatchRunning);
    EXPECT_NEAR(v.margin, 0.45 - 0.17, 1e-12);
    EXPECT_NEAR(v.seedSpread, 0.10, 1e-12);  // BN's seeds: 0.40 .. 0.50
    EXPECT_TRUE(v.beyondSpread());
}

TEST(NormVsBatchSummary, AMarginInsideTheSeedSpreadIsSaidToBe) {
    const std::vector<BatchSizeResult> rs{
        result(NormKind::Layer, 2, 1, 0.80), result(NormKind::Layer, 2, 2, 0.70),
        result(NormKind::Group, 2, 1, 0.78), result(NormKind::Group, 2, 2, 0.76)};
    const SmallBatchVerdict v = summarizeNormVsBatch(pointers(rs)).verdict;
    ASSERT_TRUE(v.valid);
    EXPECT_EQ(v.leader, NormSeries::Group);
    EXPECT_NEAR(v.margin, 0.02, 1e-12);
    EXPECT_FALSE(v.beyondSpread());
}

TEST(NormVsBatchSummary, DivergedRunsAreCountedAndLeftOutAndOneSeriesHasNoVerdict) {
    std::vector<BatchSizeResult> rs{result(NormKind::None, 2, 1, 0.5),
                                    result(NormKind::None, 2, 2, std::nan(""))};
    rs[0].diverged = false;
    const NormVsBatchSummary s = summarizeNormVsBatch(pointers(rs));
    EXPECT_EQ(s.diverged, 1);
    EXPECT_EQ(s.at(NormSeries::None, 2)->count, 1);
    EXPECT_FALSE(s.verdict.valid);
    EXPECT_FALSE(summarizeNormVsBatch({}).verdict.valid);
}

}  // namespace
}  // namespace normlab::core
