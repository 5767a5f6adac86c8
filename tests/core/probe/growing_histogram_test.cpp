#include "core/probe/growing_histogram.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace normlab::core {
namespace {

std::vector<float> normalValues(std::size_t n, float mean, float std, unsigned seed) {
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal(mean, std);
    std::vector<float> v(n);
    for (auto& x : v) x = normal(engine);
    return v;
}

void addBatch(Histogram& h, const std::vector<float>& v) {
    const auto [mn, mx] = std::minmax_element(v.begin(), v.end());
    addGrowing(h, v, *mn, *mx);
}

TEST(GrowingHistogram, DoublingMergesBinPairsExactly) {
    Histogram h = Histogram::uniform(4, 0.0, 4.0);
    h.counts = {1, 2, 3, 4};
    growToCover(h, 0.5, 7.5);  // right: [0, 8], old bins (0,1) and (2,3) merge
    EXPECT_EQ(h.edges, (std::vector<double>{0, 2, 4, 6, 8}));
    EXPECT_EQ(h.counts, (std::vector<std::int64_t>{3, 7, 0, 0}));
    growToCover(h, -3.0, 8.0);  // left: [-8, 8]
    EXPECT_EQ(h.edges, (std::vector<double>{-8, -4, 0, 4, 8}));
    EXPECT_EQ(h.counts, (std::vector<std::int64_t>{0, 0, 10, 0}));
}

TEST(GrowingHistogram, CountsEveryValueOfADriftingDistribution) {
    // A narrow start, then batches that drift right and spread, as a plain
    // network's pre-activations do.
    Histogram h;
    std::vector<float> all;
    for (int batch = 0; batch < 30; ++batch) {
        const std::vector<float> v =
            normalValues(500, 0.3f * batch, 0.05f + 0.2f * batch, 10u + batch);
        if (batch == 0) {
            const auto [mn, mx] = std::minmax_element(v.begin(), v.end());
            h = Histogram::uniform(40, *mn, *mx);
        }
        addBatch(h, v);
        all.insert(all.end(), v.begin(), v.end());
    }
    EXPECT_EQ(h.underflow + h.overflow + h.invalid, 0);
    EXPECT_EQ(h.inRange(), static_cast<std::int64_t>(all.size()));
    EXPECT_EQ(h.bins(), 40);
    // The same values binned once on the final edges: the merges lost nothing.
    HistogramOptions o;
    o.bins = h.bins();
    o.range = HistogramRange::Fixed;
    o.lo = h.edges.front();
    o.hi = h.edges.back();
    EXPECT_EQ(makeHistogram(all, o).counts, h.counts);
    const auto [mn, mx] = std::minmax_element(all.begin(), all.end());
    EXPECT_LE(h.edges.front(), *mn);
    EXPECT_GE(h.edges.back(), *mx);
}

TEST(GrowingHistogram, NonFiniteValuesAreCountedOutsideTheBins) {
    Histogram h = Histogram::uniform(2, 0.0, 1.0);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    const std::vector<float> v = {0.25f, 3.0f, nan, inf, -inf};
    addGrowing(h, v, 0.25, 3.0);  // the finite range
    EXPECT_EQ(h.edges.back(), 4.0);
    EXPECT_EQ(h.inRange(), 2);
    EXPECT_EQ(h.invalid, 1);
    EXPECT_EQ(h.overflow, 1);
    EXPECT_EQ(h.underflow, 1);
    // No finite value at all: the bins stay as they were.
    addGrowing(h, std::vector<float>{nan}, nan, nan);
    EXPECT_EQ(h.edges.back(), 4.0);
    EXPECT_EQ(h.invalid, 2);
}

TEST(GrowingHistogram, RefusesOddBinsAndBadRanges) {
    Histogram odd = Histogram::uniform(3, 0.0, 1.0);
    EXPECT_THROW(growToCover(odd, 0.0, 2.0), std::invalid_argument);
    Histogram h = Histogram::uniform(4, 0.0, 1.0);
    EXPECT_THROW(growToCover(h, 2.0, 1.0), std::invalid_argument);
    EXPECT_THROW(growToCover(h, 0.0, std::numeric_limits<double>::infinity()),
                 std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
