#pragma once
// How a caller steers a long run from another thread: a cancel flag checked
// every step and a progress callback. Both are optional.

#include <atomic>
#include <functional>

#include "core/lab/run_profile.h"

namespace normlab::core {

struct RunControl {
    const std::atomic<bool>* cancel = nullptr;
    // Fraction done in [0, 1], called on the running thread about every 1%.
    std::function<void(double)> progress;
    // Where the run adds its phase times; none when null.
    RunProfile* profile = nullptr;

    [[nodiscard]] bool cancelled() const {
        return cancel != nullptr && cancel->load(std::memory_order_relaxed);
    }
    void report(double fraction) const {
        if (progress) progress(fraction);
    }
};

}  // namespace normlab::core
