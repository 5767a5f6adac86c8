#pragma once
// Seeded shuffle-and-split of an in-memory set into train and test.

#include <cstdint>
#include <vector>

#include "core/data/dataset.h"

namespace normlab::core {

struct SplitIndices {
    std::vector<int> train;
    std::vector<int> test;
};

// Shuffles 0..n-1 and puts round(n * testFraction) rows in test (at least one
// row stays in train). testFraction must be in [0, 1).
SplitIndices shuffledSplitIndices(int n, double testFraction, std::uint64_t seed);

struct TrainTestSplits {
    Split train;
    Split test;
};

TrainTestSplits splitTrainTest(const Split& all, double testFraction, std::uint64_t seed);

}  // namespace normlab::core
