#include "core/data/idx_loader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>
#include <new>
#include <stdexcept>

namespace normlab::core {

namespace {

constexpr int kMaxImageSide = 4096;

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

struct GzCloser {
    void operator()(gzFile_s* f) const { gzclose(f); }
};

// A file's bytes in memory, read as gzread reads a file: gzip (any number of
// members) is inflated, anything else passes through.
class MemorySource {
  public:
    MemorySource(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {
        gzip_ = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
        if (!gzip_) return;
        if (inflateInit2(&stream_, 15 + 16) != Z_OK) throw std::bad_alloc();
        stream_.next_in = const_cast<Bytef*>(data);  // zlib's API is not const
        stream_.avail_in = static_cast<uInt>(std::min<std::size_t>(size, UINT32_MAX));
        consumed_ = stream_.avail_in;
    }
    ~MemorySource() {
        if (gzip_) inflateEnd(&stream_);
    }
    MemorySource(const MemorySource&) = delete;
    MemorySource& operator=(const MemorySource&) = delete;

    // Returns bytes delivered, or -1 with `error` set.
    long long read(std::uint8_t* out, std::size_t n, std::string& error) {
        if (!gzip_) {
            const std::size_t take = std::min(n, size_ - position_);
            if (take > 0) std::memcpy(out, data_ + position_, take);
            position_ += take;
            return static_cast<long long>(take);
        }
        stream_.next_out = out;
        stream_.avail_out = static_cast<uInt>(n);
        while (stream_.avail_out > 0 && !finished_) {
            if (stream_.avail_in == 0 && consumed_ < size_) {
                const std::size_t more = std::min<std::size_t>(size_ - consumed_, UINT32_MAX);
                stream_.next_in = const_cast<Bytef*>(data_ + consumed_);
                stream_.avail_in = static_cast<uInt>(more);
                consumed_ += more;
            }
            const int rc = inflate(&stream_, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                // Another gzip member may follow; anything else after a member is
                // ignored, as gzread does.
                const std::size_t next = consumed_ - stream_.avail_in;
                const bool member = size_ - next >= 2 && data_[next] == 0x1f && data_[next + 1] == 0x8b;
                if (!member || inflateReset(&stream_) != Z_OK) finished_ = true;
            } else if (rc == Z_BUF_ERROR && stream_.avail_in == 0 && consumed_ == size_) {
                error = "unexpected end of file";
                return -1;
            } else if (rc != Z_OK) {
                error = stream_.msg != nullptr ? stream_.msg : "corrupt gzip data";
                return -1;
            }
        }
        return static_cast<long long>(n - stream_.avail_out);
    }

  private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t position_ = 0;
    std::size_t consumed_ = 0;
    bool gzip_ = false;
    bool finished_ = false;
    z_stream stream_{};
};

class IdxReader {
  public:
    explicit IdxReader(const std::string& path) : path_(path) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) fail(path, "file not found");
        if (std::filesystem::is_directory(path, ec))
            fail(path, "is a folder, expected an IDX file");
        file_.reset(gzopen(path.c_str(), "rb"));
        if (!file_) fail(path, "cannot be opened");
        gzbuffer(file_.get(), 1 << 17);
    }
    IdxReader(const std::uint8_t* data, std::size_t size, const std::string& name)
        : path_(name), memory_(std::make_unique<MemorySource>(data, size)) {}

    // Reads up to n bytes; returns how many arrived.
    std::size_t read(void* dst, std::size_t n) {
        auto* out = static_cast<std::uint8_t*>(dst);
        std::size_t done = 0;
        while (done < n) {
            const auto chunk = static_cast<unsigned>(
                std::min<std::size_t>(n - done, std::numeric_limits<int>::max() / 2));
            const long long got = readSome(out + done, chunk);
            if (got == 0) break;
            done += static_cast<std::size_t>(got);
        }
        return done;
    }

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

    // Grows the buffer as data arrives, so a corrupt header announcing
    // gigabytes fails as truncated instead of allocating them up front.
    std::vector<std::uint8_t> readBody(std::size_t expected, std::size_t headerBytes,
                                       const char* what) {
        // Chunks grow from 64 KiB, so a short file costs little whatever it announces.
        constexpr std::size_t kMaxChunk = std::size_t{1} << 24;
        std::size_t chunk = std::size_t{1} << 16;
        std::vector<std::uint8_t> out;
        std::size_t got = 0;
        while (got < expected) {
            out.resize(std::min(expected, got + chunk));
            const std::size_t want = out.size() - got;
            const std::size_t n = read(out.data() + got, want);
            got += n;
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
    long long readSome(std::uint8_t* out, unsigned n) {
        std::string error;
        long long got = 0;
        if (memory_) {
            got = memory_->read(out, n, error);
        } else {
            got = gzread(file_.get(), out, n);
            if (got < 0) {
                int err = 0;
                const char* msg = gzerror(file_.get(), &err);
                error = msg ? msg : "unknown";
            }
        }
        if (got < 0) fail(path_, "read error (" + error + ")");
        return got;
    }

    std::string path_;
    std::unique_ptr<gzFile_s, GzCloser> file_;
    std::unique_ptr<MemorySource> memory_;
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

Dataset loadMnistFormat(const std::string& imagesTrain, const std::string& labelsTrain,
                        const std::string& imagesTest, const std::string& labelsTest,
                        int numClasses) {
    if (numClasses < 0 || numClasses > 256) {
        throw std::invalid_argument("loadMnistFormat: numClasses = " + std::to_string(numClasses) +
                                    ", expected 0 (infer) or 1..256");
    }
    IdxImages trainImages = readIdxImages(imagesTrain);
    const std::vector<std::uint8_t> trainLabels = readIdxLabels(labelsTrain);
    checkCounts(imagesTrain, labelsTrain, trainImages.count, trainLabels.size());
    IdxImages testImages = readIdxImages(imagesTest);
    const std::vector<std::uint8_t> testLabels = readIdxLabels(labelsTest);
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

    Dataset d;
    d.name = std::filesystem::path(imagesTrain).parent_path().filename().string();
    if (d.name.empty()) d.name = "idx";
    d.shape = Shape{1, trainImages.rows, trainImages.cols};
    d.numClasses = numClasses;
    d.train = makeSplit(std::move(trainImages), trainLabels);
    d.test = makeSplit(std::move(testImages), testLabels);
    return d;
}

Dataset loadFashionMnist(const std::string& dir) {
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
                                find("t10k-images-idx3-ubyte"), find("t10k-labels-idx1-ubyte"), 10);
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
