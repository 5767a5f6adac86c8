#include "core/quadratic/path_history.h"

#include <stdexcept>

namespace normlab::core {

const PathPoint& PathView::operator[](std::size_t i) const {
    if (i >= size_) throw std::out_of_range("path view: index out of range");
    return (*chunks_[i / PathHistory::kChunk])[i % PathHistory::kChunk];
}

std::vector<PathPoint> PathView::toVector() const {
    std::vector<PathPoint> out;
    out.reserve(size_);
    for (const auto& chunk : chunks_) out.insert(out.end(), chunk->begin(), chunk->end());
    return out;
}

void PathHistory::append(const PathPoint& point) {
    tail_.push_back(point);
    if (tail_.size() == kChunk) {
        sealed_.push_back(std::make_shared<const std::vector<PathPoint>>(std::move(tail_)));
        tail_.clear();
        tail_.reserve(kChunk);
    }
}

void PathHistory::clear() {
    sealed_.clear();
    tail_.clear();
}

PathView PathHistory::view() const {
    PathView v;
    v.chunks_ = sealed_;
    if (!tail_.empty()) v.chunks_.push_back(std::make_shared<const std::vector<PathPoint>>(tail_));
    v.size_ = size();
    return v;
}

}  // namespace normlab::core
