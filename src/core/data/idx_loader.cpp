#include "core/data/idx_loader.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <future>
#include <limits>
#include <mutex>
#include <optional>
#include <stdexcept>

#include "core/data/gzip_source.h"
#include "core/data/idx_cache.h"
#include "core/data/large_buffer.h"

namespace normlab::core {

namespace {

constexpr int kMaxImageSide = 4096;

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

// Told how many of the file's bytes are used so far, as the body is read.
using ConsumedHook = std::function<void(std::uint64_t)>;

class IdxReader {
  public:
    explicit IdxReader(const std::string& path, ConsumedHook hook = {})
        : path_(path), source_(path), hook_(std::move(hook)) {}
    IdxReader(const std::uint8_t* data, std::size_t size, const std::string& name)
        : path_(name), source_(data, size, name) {}

    // Reads up to n bytes; returns how many arrived.
    std::size_t read(void* dst, std::size_t n) { return source_.read(dst, n); }

    std::uint32_t header(std::size_t headerBytes, std::size_t& offset) {
        std::uint8_t b[4];
        const std::size_t got = read(b, 4);
        if (got < 4) {
            fail(path_, "truncated header: expected " + std::to_string(headerBytes) +
                            " bytes, the file ends after " + std::to_string(offset + got));
        }
        offset += 4;
        return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) |
               (std::uint32_t{b[2]} << 8) | std::uint32_t{b[3]};
    }

    void expectEnd(std::size_t expected) {
        std::uint8_t extra = 0;
        if (read(&extra, 1) != 0) {
            fail(path_, "unexpected data after the " + std::to_string(expected) +
                            " bytes the header announces");
        }
    }

    void expectMagic(std::uint32_t magic, std::uint32_t expected, const char* what) {
        if (magic == expected) return;
        char buf[96];
        std::snprintf(buf, sizeof buf, "wrong magic number 0x%08X, expected 0x%08X (%s)",
                      static_cast<unsigned>(magic), static_cast<unsigned>(expected), what);
        fail(path_, buf);
    }

    // Inflates straight into the returned buffer. It is sized once when the
    // file's own length agrees with the header; otherwise it grows as data
    // arrives, so a corrupt header announcing gigabytes fails as truncated
    // instead of allocating them up front.
    std::vector<std::uint8_t> readBody(std::size_t expected, std::size_t headerBytes,
                                       const char* what) {
        // Chunks grow from 64 KiB, so a short file costs little whatever it announces.
        constexpr std::size_t kMaxChunk = std::size_t{1} << 24;
        std::size_t chunk = std::size_t{1} << 16;
        std::vector<std::uint8_t> out;
        std::size_t got = 0;
        const std::optional<std::uint64_t> hint = source_.sizeHint();
        const std::uint64_t total = headerBytes + expected;
        if (hint && *hint == total) {
            // In slices, so progress and a cancel are heard during a long inflate.
            constexpr std::size_t kSlice = std::size_t{1} << 22;
            resizeLargeBuffer(out, expected);
            for (std::size_t n = 1; got < expected && n > 0;) {
                n = read(out.data() + got, std::min(kSlice, expected - got));
                got += n;
                if (hook_) hook_(source_.consumed());
            }
        }
        while (got < expected) {
            out.resize(std::min(expected, got + chunk));
            const std::size_t want = out.size() - got;
            const std::size_t n = read(out.data() + got, want);
            got += n;
            if (hook_) hook_(source_.consumed());
            if (n < want) break;
            chunk = std::min(chunk * 2, kMaxChunk);
        }
        if (got < expected) {
            fail(path_, "truncated data: expected " + std::to_string(expected) + " " + what +
                            " bytes, the file holds " + std::to_string(got));
        }
        expectEnd(headerBytes + expected);
        return out;
    }

  private:
    std::string path_;
    GzipSource source_;
    ConsumedHook hook_;
};

int checkedDim(const std::string& path, std::uint32_t value, const char* what, int maxValue) {
    if (value == 0 || value > static_cast<std::uint32_t>(maxValue)) {
        fail(path, std::string(what) + " = " + std::to_string(value) + ", expected 1.." +
                       std::to_string(maxValue));
    }
    return static_cast<int>(value);
}

void checkCounts(const std::string& images, const std::string& labels, int nImages,
                 std::size_t nLabels) {
    if (static_cast<std::size_t>(nImages) != nLabels) {
        throw std::runtime_error(images + " holds " + std::to_string(nImages) + " images but " +
                                 labels + " holds " + std::to_string(nLabels) + " labels");
    }
}

Split makeSplit(IdxImages images, const std::vector<std::uint8_t>& labels) {
    Split s;
    const int cols = images.rows * images.cols;
    s.features =
        FeatureStore::fromBytes(std::move(images.pixels), images.count, cols, 1.0f / 255.0f);
    s.labels.assign(labels.begin(), labels.end());
    return s;
}

void checkLabelRange(const std::string& path, const std::vector<std::uint8_t>& labels,
                     int numClasses) {
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= numClasses) {
            fail(path, "label " + std::to_string(labels[i]) + " at index " + std::to_string(i) +
                           " is outside 0.." + std::to_string(numClasses - 1));
        }
    }
}

void checkDataBytes(const std::string& path, std::uint64_t bytes, const std::string& what) {
    if (bytes <= kMaxIdxDataBytes) return;
    fail(path, "announces " + std::to_string(bytes) + " bytes of " + what +
                   ", more than the limit of " + std::to_string(kMaxIdxDataBytes) +
                   " bytes (512 MiB) per file");
}

IdxImages readImages(IdxReader& reader, const std::string& path) {
    std::size_t offset = 0;
    constexpr std::size_t kHeader = 16;
    reader.expectMagic(reader.header(kHeader, offset), kIdxImagesMagic, "IDX images, uint8, 3-D");
    IdxImages out;
    out.count = checkedDim(path, reader.header(kHeader, offset), "image count", 100'000'000);
    out.rows = checkedDim(path, reader.header(kHeader, offset), "rows", kMaxImageSide);
    out.cols = checkedDim(path, reader.header(kHeader, offset), "columns", kMaxImageSide);
    const std::size_t total = static_cast<std::size_t>(out.count) * out.rows * out.cols;
    checkDataBytes(path,
                   total, std::to_string(out.count) + " images of " + std::to_string(out.rows) +
                              "x" + std::to_string(out.cols) + " pixels");
    out.pixels = reader.readBody(total, kHeader, "pixel");
    return out;
}

std::vector<std::uint8_t> readLabels(IdxReader& reader, const std::string& path) {
    std::size_t offset = 0;
    constexpr std::size_t kHeader = 8;
    reader.expectMagic(reader.header(kHeader, offset), kIdxLabelsMagic, "IDX labels, uint8, 1-D");
    const int count = checkedDim(path, reader.header(kHeader, offset), "label count", 100'000'000);
    return reader.readBody(static_cast<std::size_t>(count), kHeader, "label");
}

}  // namespace

IdxImages readIdxImages(const std::string& path) {
    IdxReader reader(path);
    return readImages(reader, path);
}

std::vector<std::uint8_t> readIdxLabels(const std::string& path) {
    IdxReader reader(path);
    return readLabels(reader, path);
}

IdxImages parseIdxImages(const std::uint8_t* data, std::size_t size, const std::string& name) {
    IdxReader reader(data, size, name);
    return readImages(reader, name);
}

std::vector<std::uint8_t> parseIdxLabels(const std::uint8_t* data, std::size_t size,
                                         const std::string& name) {
    IdxReader reader(data, size, name);
    return readLabels(reader, name);
}

namespace {

// The four files' progress, told by two reading threads to one monitor; the
// lock keeps what the monitor hears in order, so it never falls.
class IdxSetProgress {
  public:
    IdxSetProgress(const IdxSources& sources, const LoadMonitor& monitor)
        : monitor_(monitor), source_(sources[0]) {
        for (const std::string& path : sources) {
            std::error_code ec;
            const auto size = std::filesystem::file_size(path, ec);
            if (!ec) progress_.bytesTotal += size;
        }
    }
    ConsumedHook hook(std::size_t file) {
        if (!monitor_) return {};
        return [this, file](std::uint64_t consumed) { update(file, consumed); };
    }
    // The whole set is in (from the cache, or read).
    void finish() {
        const std::lock_guard lock(mutex_);
        progress_.bytesDone = progress_.bytesTotal;
        reportLoad(monitor_, progress_, source_);
    }

  private:
    void update(std::size_t file, std::uint64_t consumed) {
        const std::lock_guard lock(mutex_);
        if (!cancelled_) {
            progress_.bytesDone += consumed - consumed_[file];
            consumed_[file] = consumed;
            cancelled_ = !monitor_(progress_);
        }
        if (cancelled_) throw LoadCancelled(source_);
    }

    const LoadMonitor& monitor_;
    std::mutex mutex_;
    LoadProgress progress_;
    std::array<std::uint64_t, 4> consumed_{};
    bool cancelled_ = false;
    std::string source_;
};

// The train images are most of the work; the other three files are read
// beside them.
IdxSet readIdxSet(const IdxSources& sources, IdxSetProgress& progress) {
    auto rest = std::async(std::launch::async, [&sources, &progress] {
        IdxSet set;
        IdxReader trainLabels(sources[1], progress.hook(1));
        set.trainLabels = readLabels(trainLabels, sources[1]);
        IdxReader testImages(sources[2], progress.hook(2));
        set.testImages = readImages(testImages, sources[2]);
        IdxReader testLabels(sources[3], progress.hook(3));
        set.testLabels = readLabels(testLabels, sources[3]);
        return set;
    });
    IdxImages trainImages;
    try {
        IdxReader reader(sources[0], progress.hook(0));
        trainImages = readImages(reader, sources[0]);
    } catch (...) {
        rest.wait();
        throw;
    }
    IdxSet set = rest.get();
    set.trainImages = std::move(trainImages);
    return set;
}

}  // namespace

Dataset loadMnistFormat(const std::string& imagesTrain, const std::string& labelsTrain,
                        const std::string& imagesTest, const std::string& labelsTest,
                        int numClasses, const std::string& cacheDir,
                        const LoadMonitor& monitor) {
    if (numClasses < 0 || numClasses > 256) {
        throw std::invalid_argument("loadMnistFormat: numClasses = " + std::to_string(numClasses) +
                                    ", expected 0 (infer) or 1..256");
    }
    const IdxSources sources{imagesTrain, labelsTrain, imagesTest, labelsTest};
    const std::string cachePath =
        cacheDir.empty() ? std::string() : idxCachePath(cacheDir, sources);
    std::optional<IdxSet> cached;
    if (!cachePath.empty()) cached = readIdxCache(cachePath, sources);
    const bool fromCache = cached.has_value();
    IdxSetProgress progress(sources, monitor);
    IdxSet set = fromCache ? std::move(*cached) : readIdxSet(sources, progress);
    progress.finish();
    IdxImages& trainImages = set.trainImages;
    const std::vector<std::uint8_t>& trainLabels = set.trainLabels;
    IdxImages& testImages = set.testImages;
    const std::vector<std::uint8_t>& testLabels = set.testLabels;
    checkCounts(imagesTrain, labelsTrain, trainImages.count, trainLabels.size());
    checkCounts(imagesTest, labelsTest, testImages.count, testLabels.size());
    if (testImages.rows != trainImages.rows || testImages.cols != trainImages.cols) {
        throw std::runtime_error(imagesTest + " holds " + std::to_string(testImages.rows) + "x" +
                                 std::to_string(testImages.cols) + " images but " + imagesTrain +
                                 " holds " + std::to_string(trainImages.rows) + "x" +
                                 std::to_string(trainImages.cols));
    }
    if (numClasses == 0) {
        const auto maxOf = [](const std::vector<std::uint8_t>& v) {
            return static_cast<int>(*std::max_element(v.begin(), v.end()));
        };
        numClasses = std::max(2, std::max(maxOf(trainLabels), maxOf(testLabels)) + 1);
    }
    checkLabelRange(labelsTrain, trainLabels, numClasses);
    checkLabelRange(labelsTest, testLabels, numClasses);
    // Only a set that passed every check is kept; a failed write costs a
    // slower next load, nothing else.
    if (!cachePath.empty() && !fromCache) (void)writeIdxCache(cachePath, sources, set);

    Dataset d;
    d.name = std::filesystem::path(imagesTrain).parent_path().filename().string();
    if (d.name.empty()) d.name = "idx";
    d.shape = Shape{1, trainImages.rows, trainImages.cols};
    d.numClasses = numClasses;
    d.train = makeSplit(std::move(trainImages), trainLabels);
    d.test = makeSplit(std::move(testImages), testLabels);
    return d;
}

Dataset loadFashionMnist(const std::string& dir, const std::string& cacheDir,
                         const LoadMonitor& monitor) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw std::runtime_error("Fashion-MNIST folder '" + dir +
                                 "' not found: install the Debian package dataset-fashion-mnist "
                                 "or give the folder that holds train-images-idx3-ubyte.gz");
    }
    const auto find = [&](const std::string& base) {
        for (const std::string& name : {base + ".gz", base}) {
            const fs::path p = fs::path(dir) / name;
            if (fs::exists(p, ec)) return p.string();
        }
        throw std::runtime_error("Fashion-MNIST folder '" + dir + "' has no " + base + ".gz (or " +
                                 base + ")");
    };
    Dataset d = loadMnistFormat(find("train-images-idx3-ubyte"), find("train-labels-idx1-ubyte"),
                                find("t10k-images-idx3-ubyte"), find("t10k-labels-idx1-ubyte"), 10,
                                cacheDir, monitor);
    d.name = "fashion-mnist";
    d.classNames = fashionMnistClassNames();
    return d;
}

const std::vector<std::string>& fashionMnistClassNames() {
    static const std::vector<std::string> names = {
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    return names;
}

}  // namespace normlab::core
