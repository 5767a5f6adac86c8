#include "core/data/idx_loader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/data/idx_cache.h"
#include "temp_folder_test.h"

namespace normlab::core {
namespace {

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;

void putBigEndian(Bytes& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> shift));
}

Bytes imageFile(std::uint32_t count, std::uint32_t rows, std::uint32_t cols,
                std::uint32_t magic = kIdxImagesMagic) {
    Bytes b;
    putBigEndian(b, magic);
    putBigEndian(b, count);
    putBigEndian(b, rows);
    putBigEndian(b, cols);
    for (std::uint32_t i = 0; i < count * rows * cols; ++i)
        b.push_back(static_cast<std::uint8_t>(i * 7));
    return b;
}

Bytes labelFile(const Bytes& labels, std::uint32_t magic = kIdxLabelsMagic) {
    Bytes b;
    putBigEndian(b, magic);
    putBigEndian(b, static_cast<std::uint32_t>(labels.size()));
    b.insert(b.end(), labels.begin(), labels.end());
    return b;
}

class IdxFiles : public TempFolderTest {
  protected:
    std::string write(const std::string& name, const Bytes& bytes) {
        const fs::path p = dir_ / name;
        if (p.extension() == ".gz") {
            gzFile f = gzopen(p.string().c_str(), "wb");
            gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
            gzclose(f);
        } else {
            std::ofstream(p, std::ios::binary)
                .write(reinterpret_cast<const char*>(bytes.data()),
                       static_cast<std::streamsize>(bytes.size()));
        }
        return p.string();
    }

    // A valid four-file set; returns the paths train images, labels, test images, labels.
    std::vector<std::string> writeSet(const std::string& ext) {
        return {write("train-images" + ext, imageFile(3, 2, 2)),
                write("train-labels" + ext, labelFile({0, 2, 1})),
                write("test-images" + ext, imageFile(2, 2, 2)),
                write("test-labels" + ext, labelFile({1, 1}))};
    }

    // Reads `path` as images, or as labels when `labels` is set.
    void expectError(const std::string& path, const std::string& fragment, bool labels = false) {
        try {
            if (labels)
                (void)readIdxLabels(path);
            else
                (void)readIdxImages(path);
            FAIL() << "no error for " << path;
        } catch (const std::runtime_error& e) {
            const std::string msg = e.what();
            EXPECT_NE(msg.find(path), std::string::npos) << msg;
            EXPECT_NE(msg.find(fragment), std::string::npos) << msg;
        }
    }
};

TEST_F(IdxFiles, PlainAndGzipRoundTrip) {
    for (const std::string ext : {"", ".gz"}) {
        const auto paths = writeSet(ext);
        const IdxImages images = readIdxImages(paths[0]);
        EXPECT_EQ(images.count, 3);
        EXPECT_EQ(images.rows, 2);
        EXPECT_EQ(images.cols, 2);
        const Bytes file = imageFile(3, 2, 2);
        EXPECT_EQ(images.pixels, Bytes(file.begin() + 16, file.end()));

        const Dataset d = loadMnistFormat(paths[0], paths[1], paths[2], paths[3]);
        EXPECT_EQ(d.shape, (Shape{1, 2, 2}));
        EXPECT_EQ(d.numClasses, 3);  // inferred from the largest label
        EXPECT_EQ(d.train.size(), 3);
        EXPECT_EQ(d.test.size(), 2);
        EXPECT_TRUE(d.train.features.isCompact());
        EXPECT_EQ(d.train.labels, (std::vector<int>{0, 2, 1}));
        Matrix<float> x;
        d.train.gather({1}, x);
        EXPECT_FLOAT_EQ(x(0, 0), static_cast<float>(static_cast<std::uint8_t>(4 * 7)) / 255.0f);
        EXPECT_NO_THROW(d.validate());
    }
}

// The four files' bytes (compressed for gzip) rise to their total; a cancel
// on any report stops the load with nothing returned.
TEST_F(IdxFiles, ProgressCountsTheFilesBytesAndACancelStops) {
    for (const std::string ext : {"", ".gz"}) {
        const std::vector<std::string> paths = {
            write("p-train-images" + ext, imageFile(600, 28, 28)),
            write("p-train-labels" + ext, labelFile(Bytes(600, 1))),
            write("p-test-images" + ext, imageFile(100, 28, 28)),
            write("p-test-labels" + ext, labelFile(Bytes(100, 2)))};
        std::uint64_t total = 0;
        for (const std::string& p : paths) total += fs::file_size(p);
        std::vector<LoadProgress> seen;
        const LoadMonitor record = [&](const LoadProgress& p) {
            seen.push_back(p);
            return true;
        };
        const Dataset d = loadMnistFormat(paths[0], paths[1], paths[2], paths[3], 0, {}, record);
        EXPECT_EQ(d.train.size(), 600);
        ASSERT_GE(seen.size(), 5u) << ext;  // each file's body, then the whole set
        for (std::size_t i = 0; i < seen.size(); ++i) {
            EXPECT_FALSE(seen[i].hasRows);
            EXPECT_EQ(seen[i].bytesTotal, total) << ext;
            if (i > 0) {
                EXPECT_GE(seen[i].bytesDone, seen[i - 1].bytesDone) << ext << " " << i;
            }
        }
        EXPECT_EQ(seen.back().bytesDone, total) << ext;
        for (const std::size_t stopAt : {std::size_t{1}, seen.size()}) {
            std::size_t calls = 0;
            const LoadMonitor stop = [&](const LoadProgress&) { return ++calls < stopAt; };
            EXPECT_THROW(
                (void)loadMnistFormat(paths[0], paths[1], paths[2], paths[3], 0, {}, stop),
                LoadCancelled)
                << ext << " stop at " << stopAt;
        }
    }
}

TEST_F(IdxFiles, WrongMagic) {
    expectError(write("a", imageFile(1, 2, 2, 0x00000801)), "wrong magic number 0x00000801");
    expectError(write("b.gz", imageFile(1, 2, 2, 0x12345678)), "wrong magic");
}

TEST_F(IdxFiles, TruncatedHeader) {
    Bytes b = imageFile(1, 2, 2);
    b.resize(7);
    expectError(write("a", b), "truncated header");
}

TEST_F(IdxFiles, TruncatedData) {
    Bytes b = imageFile(4, 3, 3);
    b.pop_back();
    expectError(write("a", b), "truncated data: expected 36");
    expectError(write("b.gz", b), "truncated data");
    // A corrupt header announcing hundreds of MB fails as truncated, without allocating them.
    Bytes huge;
    putBigEndian(huge, kIdxImagesMagic);
    for (const std::uint32_t dim : {500'000u, 28u, 28u}) putBigEndian(huge, dim);
    expectError(write("c", huge), "truncated data: expected 392000000");
}

TEST_F(IdxFiles, DataBeyondTheLimitIsRefusedFromTheHeader) {
    // 700,000 images of 28x28 (549 MB) and 600 M labels: refused before any body is read,
    // so a small gzip that would inflate to gigabytes never does.
    Bytes images;
    putBigEndian(images, kIdxImagesMagic);
    for (const std::uint32_t dim : {700'000u, 28u, 28u}) putBigEndian(images, dim);
    expectError(write("many.gz", images),
                "announces 548800000 bytes of 700000 images of 28x28 pixels, more than the limit "
                "of 536870912 bytes (512 MiB) per file");
    Bytes labels;
    putBigEndian(labels, kIdxLabelsMagic);
    putBigEndian(labels, 600'000'000u);
    expectError(write("labels", labels), "label count = 600000000, expected 1..100000000", true);
}

TEST_F(IdxFiles, FromMemoryAsFromAFile) {
    for (const std::string ext : {"", ".gz"}) {
        const std::string path = write("m" + ext, imageFile(3, 2, 2));
        std::ifstream in(path, std::ios::binary);
        const Bytes bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const IdxImages fromMemory = parseIdxImages(bytes.data(), bytes.size(), "memory");
        EXPECT_EQ(fromMemory.pixels, readIdxImages(path).pixels) << ext;
        EXPECT_EQ(fromMemory.count, 3);
        // Cut gzip data fails as the file reader does, naming the source.
        if (!ext.empty()) {
            try {
                (void)parseIdxImages(bytes.data(), bytes.size() - 12, "cut.gz");
                ADD_FAILURE() << "cut gzip parsed";
            } catch (const std::runtime_error& e) {
                EXPECT_EQ(std::string(e.what()).rfind("cut.gz: ", 0), 0u) << e.what();
            }
        }
    }
    const Bytes labels = labelFile({3, 1, 4});
    EXPECT_EQ(parseIdxLabels(labels.data(), labels.size(), "l"), (Bytes{3, 1, 4}));
    // No bytes at all (found by fuzz_idx under UBSan: a copy from no storage).
    const Bytes none;
    EXPECT_THROW((void)parseIdxLabels(none.data(), 0, "none"), std::runtime_error);
    EXPECT_THROW((void)parseIdxImages(none.data(), 0, "none"), std::runtime_error);
    // Two gzip members read as one stream, as gzread reads them.
    const Bytes whole = labelFile({1, 2, 3, 4});
    Bytes twoMembers;
    for (const auto& [from, to] : {std::pair<int, int>{0, 5}, {5, 12}}) {
        uLongf size = compressBound(static_cast<uLong>(to - from)) + 32;
        Bytes out(size);
        z_stream z{};
        deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
        z.next_in = const_cast<Bytef*>(whole.data() + from);
        z.avail_in = static_cast<uInt>(to - from);
        z.next_out = out.data();
        z.avail_out = static_cast<uInt>(size);
        deflate(&z, Z_FINISH);
        out.resize(z.total_out);
        deflateEnd(&z);
        twoMembers.insert(twoMembers.end(), out.begin(), out.end());
    }
    EXPECT_EQ(parseIdxLabels(twoMembers.data(), twoMembers.size(), "two"), (Bytes{1, 2, 3, 4}));
    // Bytes after the last member that are no gzip member are ignored, by both readers.
    Bytes trailing = twoMembers;
    for (const char ch : std::string("junk")) trailing.push_back(static_cast<std::uint8_t>(ch));
    const std::string trailingPath = (dir_ / "trailing").string();
    std::ofstream(trailingPath, std::ios::binary)
        .write(reinterpret_cast<const char*>(trailing.data()),
               static_cast<std::streamsize>(trailing.size()));
    EXPECT_EQ(readIdxLabels(trailingPath), (Bytes{1, 2, 3, 4}));
    EXPECT_EQ(parseIdxLabels(trailing.data(), trailing.size(), "trailing"), (Bytes{1, 2, 3, 4}));
}

TEST_F(IdxFiles, TrailingData) {
    Bytes b = imageFile(1, 2, 2);
    b.push_back(0);
    expectError(write("a", b), "unexpected data");
}

TEST_F(IdxFiles, EmptyAndMissingFiles) {
    expectError(write("empty", {}), "truncated header");
    expectError((dir_ / "nope.gz").string(), "file not found");
    expectError(write("zero", imageFile(0, 2, 2)), "image count = 0");
}

TEST_F(IdxFiles, CorruptGzipFolderAndOutOfRangeSizes) {
    // A gzip stream cut in the middle of its compressed data.
    const std::string whole = write("whole.gz", imageFile(50, 28, 28));
    std::ifstream in(whole, std::ios::binary);
    std::string gz((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_GT(gz.size(), 40U);
    gz[gz.size() / 2] = static_cast<char>(gz[gz.size() / 2] ^ 0x5a);
    gz[gz.size() / 2 + 1] = static_cast<char>(gz[gz.size() / 2 + 1] ^ 0xa5);
    const std::string corrupt = (dir_ / "corrupt.gz").string();
    std::ofstream(corrupt, std::ios::binary) << gz;
    try {
        (void)readIdxImages(corrupt);
        FAIL() << "a corrupt gzip stream loaded";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(corrupt), std::string::npos) << e.what();
    }

    fs::create_directory(dir_ / "folder");
    expectError((dir_ / "folder").string(), "is a folder");
    expectError(write("rows0", imageFile(1, 0, 2)), "rows = 0, expected 1..");
    expectError(write("wide", imageFile(1, 2, 5000)), "columns = 5000, expected 1..");
}

TEST_F(IdxFiles, LabelFilesHaveTheirOwnChecks) {
    expectError(write("l0", labelFile({})), "count = 0", true);
    Bytes cut = labelFile({1, 2, 3});
    cut.pop_back();
    expectError(write("l1", cut), "truncated data", true);
    Bytes extra = labelFile({1, 2});
    extra.push_back(7);
    expectError(write("l2", extra), "unexpected data", true);
    expectError(write("l3", labelFile({1}, kIdxImagesMagic)), "wrong magic", true);
}

TEST_F(IdxFiles, MismatchedCounts) {
    const auto paths = writeSet("");
    const std::string shortLabels = write("short", labelFile({0, 1}));
    try {
        (void)loadMnistFormat(paths[0], shortLabels, paths[2], paths[3]);
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("3 images but"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("2 labels"), std::string::npos) << e.what();
    }
    const std::string otherShape = write("other", imageFile(2, 3, 3));
    EXPECT_THROW((void)loadMnistFormat(paths[0], paths[1], otherShape, paths[3]),
                 std::runtime_error);
}

TEST_F(IdxFiles, LabelOutOfRange) {
    const auto paths = writeSet("");
    const std::string bad = write("bad", labelFile({0, 12, 1}));
    try {
        (void)loadMnistFormat(paths[0], bad, paths[2], paths[3], 10);
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("label 12 at index 1"), std::string::npos) << e.what();
    }
    // Labels read as images and the other way round are caught by the magic.
    EXPECT_THROW((void)loadMnistFormat(paths[1], paths[0], paths[2], paths[3]), std::runtime_error);
}

TEST_F(IdxFiles, FashionMnistFolderMissingSaysWhatToInstall) {
    try {
        (void)loadFashionMnist((dir_ / "absent").string());
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("dataset-fashion-mnist"), std::string::npos);
    }
    EXPECT_THROW((void)loadFashionMnist(dir_.string()), std::runtime_error);  // files missing
}

TEST_F(IdxFiles, FashionMnistAcceptsUnzippedNames) {
    write("train-images-idx3-ubyte", imageFile(3, 2, 2));
    write("train-labels-idx1-ubyte", labelFile({0, 9, 1}));
    write("t10k-images-idx3-ubyte.gz", imageFile(2, 2, 2));
    write("t10k-labels-idx1-ubyte", labelFile({5, 1}));
    const Dataset d = loadFashionMnist(dir_.string());
    EXPECT_EQ(d.numClasses, 10);
    EXPECT_EQ(d.classNames.size(), 10u);
    EXPECT_EQ(d.test.labels, (std::vector<int>{5, 1}));
}

TEST_F(IdxFiles, GzipOfSeveralMembersReadsWhole) {
    const Bytes file = imageFile(3, 2, 2);
    const fs::path p = dir_ / "members.gz";
    for (const auto& [from, to] : {std::pair<std::size_t, std::size_t>{0, 10}, {10, file.size()}}) {
        gzFile f = gzopen(p.string().c_str(), from == 0 ? "wb" : "ab");
        gzwrite(f, file.data() + from, static_cast<unsigned>(to - from));
        gzclose(f);
    }
    EXPECT_EQ(readIdxImages(p.string()).pixels, Bytes(file.begin() + 16, file.end()));
}

// Overwrites `size` bytes at `offset` of a file with `value`.
void overwrite(const std::string& path, std::streamoff offset, char value, int size = 1) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(offset);
    for (int i = 0; i < size; ++i) f.put(value);
}

class IdxCacheFiles : public IdxFiles {
  protected:
    void SetUp() override {
        IdxFiles::SetUp();
        paths_ = writeSet(".gz");
        sources_ = {paths_[0], paths_[1], paths_[2], paths_[3]};
        cacheDir_ = (dir_ / "cache").string();
        cachePath_ = idxCachePath(cacheDir_, sources_);
    }
    Dataset load() {
        return loadMnistFormat(paths_[0], paths_[1], paths_[2], paths_[3], 0, cacheDir_);
    }
    std::string refusal() {
        std::string reason;
        EXPECT_FALSE(readIdxCache(cachePath_, sources_, &reason).has_value());
        return reason;
    }
    static Bytes pixelsOf(const Split& split) { return split.features.bytes(); }

    std::vector<std::string> paths_;
    IdxSources sources_;
    std::string cacheDir_, cachePath_;
};

TEST_F(IdxCacheFiles, FirstLoadWritesTheDecodedCopyTheNextLoadReads) {
    EXPECT_EQ(refusal(), "no cache file");
    const Dataset fresh = load();
    ASSERT_TRUE(fs::exists(cachePath_));
    std::string reason = "unset";
    const std::optional<IdxSet> cached = readIdxCache(cachePath_, sources_, &reason);
    ASSERT_TRUE(cached.has_value()) << reason;
    EXPECT_TRUE(reason.empty());
    EXPECT_EQ(cached->trainImages.count, 3);
    EXPECT_EQ(cached->trainImages.pixels, pixelsOf(fresh.train));
    EXPECT_EQ(cached->testLabels, (Bytes{1, 1}));

    const Dataset again = load();
    EXPECT_EQ(pixelsOf(again.train), pixelsOf(fresh.train));
    EXPECT_EQ(pixelsOf(again.test), pixelsOf(fresh.test));
    EXPECT_EQ(again.train.labels, fresh.train.labels);
    EXPECT_EQ(again.numClasses, fresh.numClasses);
    EXPECT_EQ(again.shape, fresh.shape);
}

TEST_F(IdxCacheFiles, ChangedSourceMakesTheCacheStaleAndTheLoadRebuildsIt) {
    (void)load();
    // Same size, other pixels: only the checksum can tell.
    Bytes changed = imageFile(3, 2, 2);
    changed[16] = static_cast<std::uint8_t>(changed[16] + 1);
    write("train-images.gz", changed);
    EXPECT_EQ(refusal().rfind("source changed: ", 0), 0u) << refusal();
    const Dataset d = load();
    EXPECT_EQ(pixelsOf(d.train).front(), changed[16]);
    EXPECT_TRUE(readIdxCache(cachePath_, sources_).has_value()) << "rebuilt after the change";

    fs::remove(paths_[3]);
    EXPECT_EQ(refusal(), "source unreadable: " + paths_[3]);
}

TEST_F(IdxCacheFiles, DamagedCacheIsRefusedAndRebuilt) {
    const Dataset fresh = load();
    const auto size = static_cast<std::streamoff>(fs::file_size(cachePath_));
    overwrite(cachePath_, size - 5, '\x5a');  // a test image's pixel
    EXPECT_EQ(refusal(), "damaged payload");
    EXPECT_EQ(pixelsOf(load().train), pixelsOf(fresh.train));
    EXPECT_TRUE(readIdxCache(cachePath_, sources_).has_value()) << "rebuilt";

    overwrite(cachePath_, 20, '\x01', 2);  // a source size in the header
    EXPECT_EQ(refusal(), "damaged header");
    overwrite(cachePath_, 0, 'X');
    EXPECT_EQ(refusal(), "not a cache file of this version");
    fs::resize_file(cachePath_, 40);
    EXPECT_EQ(refusal(), "truncated header");
    EXPECT_EQ(pixelsOf(load().test), pixelsOf(fresh.test));

    fs::resize_file(cachePath_, fs::file_size(cachePath_) - 1);
    EXPECT_EQ(refusal(), "wrong file size");
    std::ofstream(cachePath_, std::ios::app) << "xx";
    EXPECT_EQ(refusal(), "wrong file size");
}

TEST_F(IdxCacheFiles, ASetThatFailsItsChecksIsNeverCached) {
    write("train-labels.gz", labelFile({0, 12, 1}));
    EXPECT_THROW((void)loadMnistFormat(paths_[0], paths_[1], paths_[2], paths_[3], 10, cacheDir_),
                 std::runtime_error);
    EXPECT_FALSE(fs::exists(cachePath_));
    // An unwritable cache folder costs the cache, not the load.
    write("train-labels.gz", labelFile({0, 2, 1}));
    write("cache-file", {1});
    EXPECT_EQ(loadMnistFormat(paths_[0], paths_[1], paths_[2], paths_[3], 0,
                              (dir_ / "cache-file").string())
                  .numClasses,
              3);
}

TEST(FashionMnist, RealDataWhenInstalled) {
    if (!fs::exists(fs::path(kFashionMnistDefaultDir) / "train-images-idx3-ubyte.gz")) {
        GTEST_SKIP() << "dataset-fashion-mnist is not installed";
    }
    const Dataset d = loadFashionMnist();
    EXPECT_EQ(d.train.size(), 60000);
    EXPECT_EQ(d.test.size(), 10000);
    EXPECT_EQ(d.shape, (Shape{1, 28, 28}));
    EXPECT_EQ(d.numClasses, 10);
    EXPECT_EQ(d.classNames.front(), "T-shirt/top");
    EXPECT_NO_THROW(d.validate());
    std::vector<int> perClass(10, 0);
    for (const int l : d.train.labels) ++perClass[static_cast<std::size_t>(l)];
    for (const int c : perClass) EXPECT_EQ(c, 6000);  // Fashion-MNIST is balanced
    Matrix<float> x;
    d.train.gather({0, 59999}, x);
    EXPECT_GE(x.minCoeff(), 0.0f);
    EXPECT_LE(x.maxCoeff(), 1.0f);
    EXPECT_GT(x.maxCoeff(), 0.5f);
}

}  // namespace
}  // namespace normlab::core
