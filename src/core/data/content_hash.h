#pragma once
// A fast 64-bit checksum of a byte range (four independent multiply-rotate
// lanes, the round of xxHash64), for telling whether cached bytes are the
// ones written: ~10x faster than zlib's CRC-32 here. Not cryptographic.

#include <cstddef>
#include <cstdint>

namespace normlab::core {

[[nodiscard]] std::uint64_t contentHash(const void* data, std::size_t size);

}  // namespace normlab::core
