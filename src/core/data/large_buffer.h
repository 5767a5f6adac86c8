#pragma once
// Sizing a byte vector of tens of megabytes. Fresh memory is mapped a 4 KiB
// page at a time on first touch, and in a virtual machine each such fault is
// dear: asking for transparent huge pages first (Linux) makes the 47 MB of
// Fashion-MNIST pixels ~25 faults instead of ~11,000.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace normlab::core {

// Resizes `bytes` to `size` (zero-filled), advising huge pages for its storage.
void resizeLargeBuffer(std::vector<std::uint8_t>& bytes, std::size_t size);

}  // namespace normlab::core
