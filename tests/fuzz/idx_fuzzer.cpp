// IDX bytes (plain or gzip) -> images or labels. The first byte picks which.
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "core/data/idx_loader.h"

using namespace normlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    try {
        if (data[0] & 1) {
            const auto labels = parseIdxLabels(data + 1, size - 1, "fuzz-labels");
            if (labels.empty()) __builtin_trap();
        } else {
            const IdxImages images = parseIdxImages(data + 1, size - 1, "fuzz-images");
            const auto expected = static_cast<std::size_t>(images.count) * images.rows * images.cols;
            if (images.pixels.size() != expected) __builtin_trap();
        }
    } catch (const std::runtime_error&) {
    }
    return 0;
}
