#include "core/data/batch_iterator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

namespace normlab::core {
namespace {

TEST(BatchIterator, CoversEveryIndexOncePerEpoch) {
    BatchIterator it(100, 1);
    for (int epoch = 0; epoch < 3; ++epoch) {
        std::vector<int> seen;
        for (int b = 0; b < 10; ++b) {
            const auto& batch = it.next(10);
            ASSERT_EQ(batch.size(), 10u);
            seen.insert(seen.end(), batch.begin(), batch.end());
        }
        std::sort(seen.begin(), seen.end());
        for (int i = 0; i < 100; ++i) ASSERT_EQ(seen[static_cast<std::size_t>(i)], i);
        EXPECT_DOUBLE_EQ(it.epoch(), epoch + 1.0);
    }
    EXPECT_EQ(it.steps(), 30);
}

TEST(BatchIterator, ReshufflesEachEpochAndIsDeterministic) {
    BatchIterator a(50, 7), b(50, 7), c(50, 8);
    std::vector<int> firstEpoch = a.next(50);
    EXPECT_EQ(firstEpoch, b.next(50));
    EXPECT_NE(firstEpoch, c.next(50));
    EXPECT_NE(firstEpoch, a.next(50));
}

TEST(BatchIterator, DropsTheShortFinalBatchByDefault) {
    BatchIterator it(10, 3);
    EXPECT_EQ(it.next(4).size(), 4u);
    EXPECT_EQ(it.next(4).size(), 4u);
    EXPECT_DOUBLE_EQ(it.epoch(), 0.8);
    // Two samples remain: the next batch starts a fresh epoch.
    EXPECT_EQ(it.next(4).size(), 4u);
    EXPECT_EQ(it.completedEpochs(), 1);
    EXPECT_DOUBLE_EQ(it.epoch(), 1.4);
}

TEST(BatchIterator, KeepsTheShortBatchWhenAsked) {
    BatchIterator it(10, 3, /*dropLast=*/false);
    it.next(4);
    it.next(4);
    EXPECT_EQ(it.next(4).size(), 2u);
    EXPECT_DOUBLE_EQ(it.epoch(), 1.0);
    EXPECT_EQ(it.next(4).size(), 4u);
}

TEST(BatchIterator, BatchSizeMayChangeBetweenCalls) {
    BatchIterator it(12, 5);
    std::vector<int> seen;
    for (const int size : {2, 3, 7}) {
        const auto& batch = it.next(size);
        ASSERT_EQ(batch.size(), static_cast<std::size_t>(size));
        seen.insert(seen.end(), batch.begin(), batch.end());
    }
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end());
    EXPECT_DOUBLE_EQ(it.epoch(), 1.0);
}

TEST(BatchIterator, RejectsImpossibleSizes) {
    EXPECT_THROW(BatchIterator(0, 1), std::invalid_argument);
    BatchIterator it(5, 1);
    EXPECT_THROW(it.next(0), std::invalid_argument);
    EXPECT_THROW(it.next(6), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
