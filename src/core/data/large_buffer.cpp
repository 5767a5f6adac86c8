#include "core/data/large_buffer.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace normlab::core {

void resizeLargeBuffer(std::vector<std::uint8_t>& bytes, std::size_t size) {
#if defined(__linux__)
    constexpr std::size_t kHuge = std::size_t{2} << 20;
    if (size >= 4 * kHuge && bytes.capacity() < size) {
        bytes.reserve(size);  // malloc maps it; nothing is touched yet
        const auto begin = reinterpret_cast<std::uintptr_t>(bytes.data());
        const std::uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
        const std::uintptr_t last = (begin + size) & ~(kHuge - 1);
        // Advice only: where it is refused the pages come 4 KiB at a time.
        if (last > first)
            (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
#endif
    bytes.resize(size);
}

}  // namespace normlab::core
