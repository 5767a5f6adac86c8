#include "core/data/train_test_split.h"

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "core/seeded_random.h"

namespace normlab::core {

SplitIndices shuffledSplitIndices(int n, double testFraction, std::uint64_t seed) {
    if (n <= 0) throw std::invalid_argument("train/test split: the set has no samples");
    if (!(testFraction >= 0.0 && testFraction < 1.0)) {
        throw std::invalid_argument("train/test split: test fraction " +
                                    std::to_string(testFraction) + " is outside [0, 1)");
    }
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    SeededRandom random(seed);
    random.shuffle(order);
    const int nTest = std::min(n - 1, static_cast<int>(std::lround(n * testFraction)));
    SplitIndices out;
    out.test.assign(order.begin(), order.begin() + nTest);
    out.train.assign(order.begin() + nTest, order.end());
    return out;
}

TrainTestSplits splitTrainTest(const Split& all, double testFraction, std::uint64_t seed) {
    const SplitIndices idx = shuffledSplitIndices(all.size(), testFraction, seed);
    return {all.subset(idx.train), all.subset(idx.test)};
}

}  // namespace normlab::core
