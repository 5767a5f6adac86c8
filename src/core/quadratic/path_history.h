#pragma once
// An append-only record of a descent path whose snapshots are cheap: full
// chunks are sealed and shared, so taking a view copies a few pointers plus
// the unsealed tail, never the whole path, and a view stays valid and
// unchanged while the path keeps growing on another thread.

#include <cstdint>
#include <memory>
#include <vector>

namespace normlab::core {

struct PathPoint {
    std::int64_t step = 0;
    double w1 = 0.0;
    double w2 = 0.0;
    double loss = 0.0;  // full-data loss at (w1, w2)
};

class PathView {
  public:
    [[nodiscard]] std::size_t size() const { return size_; }
    [[nodiscard]] bool empty() const { return size_ == 0; }
    [[nodiscard]] const PathPoint& operator[](std::size_t i) const;
    [[nodiscard]] const PathPoint& back() const { return (*this)[size_ - 1]; }
    [[nodiscard]] std::vector<PathPoint> toVector() const;

  private:
    friend class PathHistory;
    std::vector<std::shared_ptr<const std::vector<PathPoint>>> chunks_;
    std::size_t size_ = 0;
};

class PathHistory {
  public:
    static constexpr std::size_t kChunk = 1024;

    void append(const PathPoint& point);
    void clear();
    [[nodiscard]] std::size_t size() const { return sealed_.size() * kChunk + tail_.size(); }
    [[nodiscard]] PathView view() const;

  private:
    std::vector<std::shared_ptr<const std::vector<PathPoint>>> sealed_;
    std::vector<PathPoint> tail_;
};

}  // namespace normlab::core
