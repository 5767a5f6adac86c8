#include "core/probe/histogram.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace normlab::core {
namespace {

std::vector<float> normalValues(std::size_t n, unsigned seed) {
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<float> v(n);
    for (auto& x : v) x = normal(engine);
    return v;
}

TEST(Histogram, FixedRangeCountsByHand) {
    const std::vector<float> v = {-1.0f, 0.0f, 0.1f, 0.5f,
                                  0.99f, 1.0f, 2.0f, std::numeric_limits<float>::quiet_NaN()};
    HistogramOptions o;
    o.bins = 2;
    o.range = HistogramRange::Fixed;
    o.lo = 0.0;
    o.hi = 1.0;
    const Histogram h = makeHistogram(v, o);
    ASSERT_EQ(h.edges, (std::vector<double>{0.0, 0.5, 1.0}));
    EXPECT_EQ(h.counts, (std::vector<std::int64_t>{2, 3}));  // 1.0 falls in the last bin
    EXPECT_EQ(h.underflow, 1);
    EXPECT_EQ(h.overflow, 1);
    EXPECT_EQ(h.invalid, 1);
    EXPECT_EQ(h.total(), static_cast<std::int64_t>(v.size()));
}

// add() bins in blocks, over several sets of counters; value by value, the
// rule is: [lo, hi] binned by truncation (hi in the last bin), the rest
// below, above or NaN.
TEST(Histogram, AddMatchesTheRuleValueByValueAcrossBlocks) {
    std::vector<float> v = normalValues(1337, 3);  // not a multiple of a block
    const float inf = std::numeric_limits<float>::infinity();
    v.insert(v.begin() + 700, {-inf, inf, std::numeric_limits<float>::quiet_NaN(), -1.5f, 1.5f,
                               -1.0f, 1.0f, 0.25f, 1e30f, -1e30f});
    Histogram h = Histogram::uniform(8, -1.0, 1.0);
    h.add(v);
    std::vector<std::int64_t> counts(8, 0);
    std::int64_t below = 0, above = 0, nan = 0;
    for (const float f : v) {
        if (std::isnan(f)) {
            ++nan;
        } else if (f < -1.0f) {
            ++below;
        } else if (f > 1.0f) {
            ++above;
        } else {
            ++counts[static_cast<std::size_t>(std::min(static_cast<int>((f + 1.0) * 4.0), 7))];
        }
    }
    EXPECT_EQ(h.counts, counts);
    EXPECT_EQ(h.underflow, below);
    EXPECT_EQ(h.overflow, above);
    EXPECT_EQ(h.invalid, nan);
    EXPECT_EQ(h.total(), static_cast<std::int64_t>(v.size()));
    h.add(v);  // adds to what is there
    EXPECT_EQ(h.total(), 2 * static_cast<std::int64_t>(v.size()));
}

TEST(Histogram, AutomaticRangeHoldsEveryValue) {
    const std::vector<float> v = normalValues(6000, 1);
    const Histogram h = makeHistogram(v);
    EXPECT_EQ(h.inRange(), 6000);
    EXPECT_EQ(h.underflow + h.overflow, 0);
    EXPECT_GE(h.bins(), kMinAutoBins);
    EXPECT_LE(h.bins(), kMaxAutoBins);
    EXPECT_FLOAT_EQ(static_cast<float>(h.edges.front()), *std::min_element(v.begin(), v.end()));
    EXPECT_FLOAT_EQ(static_cast<float>(h.edges.back()), *std::max_element(v.begin(), v.end()));
}

TEST(Histogram, RobustRangeSendsTailsToUnderAndOverflow) {
    const std::vector<float> v = normalValues(10000, 2);
    HistogramOptions o;
    o.range = HistogramRange::Robust;
    o.bins = 40;
    const Histogram h = makeHistogram(v, o);
    EXPECT_EQ(h.total(), 10000);
    EXPECT_NEAR(static_cast<double>(h.underflow), 100.0, 2.0);  // below the 1st percentile
    EXPECT_NEAR(static_cast<double>(h.overflow), 100.0, 2.0);
}

TEST(Histogram, FreedmanDiaconisRuleAndClamp) {
    // n = 1000, IQR 1, range 10: width 2/10 = 0.2 -> 50 bins.
    EXPECT_EQ(freedmanDiaconisBins(1000, 1.0, 10.0), 50);
    EXPECT_EQ(freedmanDiaconisBins(8, 1.0, 1.0), kMinAutoBins);
    EXPECT_EQ(freedmanDiaconisBins(1'000'000, 0.01, 100.0), kMaxAutoBins);
    EXPECT_EQ(freedmanDiaconisBins(100, 0.0, 1.0), kMinAutoBins);
}

TEST(Histogram, ConstantValuesGetAUnitWideRange) {
    const std::vector<float> v(50, 3.0f);
    const Histogram h = makeHistogram(v);
    EXPECT_DOUBLE_EQ(h.edges.front(), 2.5);
    EXPECT_DOUBLE_EQ(h.edges.back(), 3.5);
    EXPECT_EQ(h.inRange(), 50);
}

TEST(Histogram, MergeAddsCountsWithEqualEdges) {
    Histogram a = Histogram::uniform(4, -2.0, 2.0);
    Histogram b = Histogram::uniform(4, -2.0, 2.0);
    const std::vector<float> va = {-1.5f, 0.5f, 3.0f};
    const std::vector<float> vb = {0.6f, -9.0f};
    a.add(va);
    b.add(vb);
    a.merge(b);
    EXPECT_EQ(a.counts, (std::vector<std::int64_t>{1, 0, 2, 0}));
    EXPECT_EQ(a.overflow, 1);
    EXPECT_EQ(a.underflow, 1);
    EXPECT_EQ(a.total(), 5);
    EXPECT_THROW(a.merge(Histogram::uniform(4, -2.0, 2.5)), std::invalid_argument);
    EXPECT_THROW((void)Histogram::uniform(0, 0.0, 1.0), std::invalid_argument);
    EXPECT_THROW((void)Histogram::uniform(3, 1.0, 0.0), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
