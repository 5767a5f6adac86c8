#pragma once
// An append-only record list whose snapshots are cheap: full chunks are
// frozen and shared between snapshots, only the open chunk is copied. A
// training run publishes its growing history ~30 times a second without
// copying thousands of records each time.

#include <cstddef>
#include <memory>
#include <vector>

namespace normlab::core {

template <typename T>
class AppendLog {
public:
    static constexpr std::size_t kChunk = 256;

    void push(T value) {
        open_.push_back(std::move(value));
        if (open_.size() == kChunk) {
            frozen_.push_back(std::make_shared<const std::vector<T>>(std::move(open_)));
            open_ = {};
            open_.reserve(kChunk);
        }
    }

    [[nodiscard]] std::size_t size() const { return frozen_.size() * kChunk + open_.size(); }
    [[nodiscard]] bool empty() const { return size() == 0; }

    [[nodiscard]] const T& operator[](std::size_t i) const {
        const std::size_t chunk = i / kChunk;
        return chunk < frozen_.size() ? (*frozen_[chunk])[i % kChunk] : open_[i % kChunk];
    }
    [[nodiscard]] const T& back() const { return (*this)[size() - 1]; }

    void clear() {
        frozen_.clear();
        open_.clear();
    }

    template <typename F>
    void forEach(F&& f) const {
        for (const auto& chunk : frozen_)
            for (const T& v : *chunk) f(v);
        for (const T& v : open_) f(v);
    }

private:
    std::vector<std::shared_ptr<const std::vector<T>>> frozen_;
    std::vector<T> open_;
};

}  // namespace normlab::core
