#pragma once
// A decoded copy of an MNIST-format set of four IDX files, so a later load
// reads 55 MB of plain bytes instead of inflating 30 MB of gzip. The copy
// records each source's size and checksum and each payload's checksum; a copy
// whose sources changed, or whose own bytes are damaged, is refused (and
// then rebuilt by the loader), never trusted.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/data/idx_loader.h"

namespace normlab::core {

// The four decoded files, in the order train images, train labels, test
// images, test labels.
struct IdxSet {
    IdxImages trainImages;
    std::vector<std::uint8_t> trainLabels;
    IdxImages testImages;
    std::vector<std::uint8_t> testLabels;
};

using IdxSources = std::array<std::string, 4>;  // the files' paths, in IdxSet's order

// The cache file for these sources inside `cacheDir` (named by their paths).
[[nodiscard]] std::string idxCachePath(const std::string& cacheDir, const IdxSources& sources);

// The cached set, or nullopt when the file is missing, was made from other
// bytes than the sources hold now, or is damaged; `reason` then says which.
[[nodiscard]] std::optional<IdxSet> readIdxCache(const std::string& cachePath,
                                                 const IdxSources& sources,
                                                 std::string* reason = nullptr);

// Writes the cache through a temporary file renamed into place, so a reader
// never sees half a file. Returns false (leaving no file) when it cannot.
bool writeIdxCache(const std::string& cachePath, const IdxSources& sources, const IdxSet& set);

}  // namespace normlab::core
