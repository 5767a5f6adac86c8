#include "core/data/batch_iterator.h"

#include <numeric>
#include <stdexcept>
#include <string>

namespace normlab::core {

BatchIterator::BatchIterator(int datasetSize, std::uint64_t seed, bool dropLast)
    : random_(seed), size_(datasetSize), dropLast_(dropLast) {
    if (datasetSize <= 0) {
        throw std::invalid_argument("BatchIterator: dataset size " + std::to_string(datasetSize) +
                                    ", expected at least 1");
    }
    order_.resize(static_cast<std::size_t>(size_));
    std::iota(order_.begin(), order_.end(), 0);
    random_.shuffle(order_);
}

void BatchIterator::startEpoch() {
    ++epochs_;
    position_ = 0;
    random_.shuffle(order_);
}

const std::vector<int>& BatchIterator::next(int batchSize) {
    if (batchSize <= 0 || batchSize > size_) {
        throw std::invalid_argument("BatchIterator: batch size " + std::to_string(batchSize) +
                                    ", expected 1.." + std::to_string(size_) +
                                    " (the training set size)");
    }
    if (position_ == size_ || (dropLast_ && size_ - position_ < batchSize)) startEpoch();
    const int take = std::min(batchSize, size_ - position_);
    batch_.assign(order_.begin() + position_, order_.begin() + position_ + take);
    position_ += take;
    ++steps_;
    return batch_;
}

double BatchIterator::epoch() const {
    return static_cast<double>(epochs_) + static_cast<double>(position_) / size_;
}

}  // namespace normlab::core
