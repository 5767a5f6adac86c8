#pragma once
// MNIST-format IDX files (plain or gzip; zlib reads both), validated with
// messages that name the file and what is wrong.

#include <cstdint>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/data/load_progress.h"

namespace normlab::core {

inline constexpr const char* kFashionMnistDefaultDir = "/usr/share/datasets/fashion-mnist";
inline constexpr std::uint32_t kIdxImagesMagic = 0x00000803;
inline constexpr std::uint32_t kIdxLabelsMagic = 0x00000801;
// Decompressed data one IDX file may hold (pixels or labels): 512 MiB, about
// 680,000 images of 28x28. Checked from the header, before allocating.
inline constexpr std::uint64_t kMaxIdxDataBytes = std::uint64_t{1} << 29;

struct IdxImages {
    int count = 0;
    int rows = 0;
    int cols = 0;
    std::vector<std::uint8_t> pixels;  // count * rows * cols, row-major
};

// Each throws std::runtime_error "<path>: <problem>".
[[nodiscard]] IdxImages readIdxImages(const std::string& path);
[[nodiscard]] std::vector<std::uint8_t> readIdxLabels(const std::string& path);
// The same from a file's bytes in memory (plain or gzip); `name` stands for
// the path in messages.
[[nodiscard]] IdxImages parseIdxImages(const std::uint8_t* data, std::size_t size,
                                       const std::string& name);
[[nodiscard]] std::vector<std::uint8_t> parseIdxLabels(const std::uint8_t* data, std::size_t size,
                                                       const std::string& name);

// Pixels kept as uint8 with scale 1/255. numClasses = 0 infers it from the
// largest label; otherwise every label must be below numClasses. The files
// are inflated in parallel. With a `cacheDir`, a decoded copy is kept there
// (see idx_cache.h) and used while it matches the files. The monitor hears
// of the four files' bytes read (compressed bytes for gzip) and can cancel.
[[nodiscard]] Dataset loadMnistFormat(const std::string& imagesTrain,
                                      const std::string& labelsTrain, const std::string& imagesTest,
                                      const std::string& labelsTest, int numClasses = 0,
                                      const std::string& cacheDir = {},
                                      const LoadMonitor& monitor = {});

// Looks for train-images-idx3-ubyte(.gz) etc. in dir.
[[nodiscard]] Dataset loadFashionMnist(const std::string& dir = kFashionMnistDefaultDir,
                                       const std::string& cacheDir = {},
                                       const LoadMonitor& monitor = {});
[[nodiscard]] const std::vector<std::string>& fashionMnistClassNames();

}  // namespace normlab::core
