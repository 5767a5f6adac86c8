#pragma once
// Seeded mini-batches of row indices, reshuffled every epoch.

#include <cstdint>
#include <vector>

#include "core/seeded_random.h"

namespace normlab::core {

class BatchIterator {
  public:
    // dropLast: a final batch shorter than requested is skipped, so a batch-norm
    // batch never holds a single sample.
    BatchIterator(int datasetSize, std::uint64_t seed, bool dropLast = true);

    // The next batch of batchSize indices (shorter only when dropLast is off).
    // The size may change from call to call. The reference stays valid until
    // the next call.
    const std::vector<int>& next(int batchSize);

    [[nodiscard]] double epoch() const;  // samples consumed / dataset size, fractional
    [[nodiscard]] std::int64_t completedEpochs() const { return epochs_; }
    [[nodiscard]] std::int64_t steps() const { return steps_; }
    [[nodiscard]] int datasetSize() const { return size_; }
    [[nodiscard]] bool dropLast() const { return dropLast_; }

  private:
    void startEpoch();

    SeededRandom random_;
    std::vector<int> order_;
    std::vector<int> batch_;
    int size_;
    int position_ = 0;
    std::int64_t epochs_ = 0;
    std::int64_t steps_ = 0;
    bool dropLast_;
};

}  // namespace normlab::core
