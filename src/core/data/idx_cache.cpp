#include "core/data/idx_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <thread>

#include "core/data/content_hash.h"
#include "core/data/large_buffer.h"

namespace normlab::core {

namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'N', 'L', 'I', 'D', 'X', 'C', '1', '\n'};
constexpr std::uint32_t kVersion = 1;
constexpr std::uint32_t kByteOrder = 0x01020304;  // written natively; another order reads wrong
constexpr std::uint32_t kMaxCount = 100'000'000;
constexpr std::uint32_t kMaxSide = 4096;

struct SourceRecord {
    std::uint64_t size = 0;
    std::uint64_t hash = 0;
};

struct PayloadRecord {
    std::uint32_t count = 0, rows = 0, cols = 0;  // labels: rows = cols = 0
    std::uint32_t reserved = 0;
    std::uint64_t hash = 0;
    std::uint64_t bytes = 0;
};

struct Header {
    char magic[8]{};
    std::uint32_t version = kVersion;
    std::uint32_t byteOrder = kByteOrder;
    std::array<SourceRecord, 4> sources{};
    std::array<PayloadRecord, 4> payloads{};
    std::uint64_t headerHash = 0;  // of every byte above
};

std::uint64_t hashOf(const std::vector<std::uint8_t>& bytes) {
    return contentHash(bytes.data(), bytes.size());
}

std::uint64_t headerHash(const Header& h) { return contentHash(&h, offsetof(Header, headerHash)); }

// Size and checksum of a source file as it is now; nullopt when unreadable.
// Hashed through a read-only mapping: no copy, no fresh pages to fault in.
std::optional<SourceRecord> fingerprint(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat info {};
    std::optional<SourceRecord> record;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        const auto size = static_cast<std::size_t>(info.st_size);
        if (size == 0) {
            record = SourceRecord{0, contentHash(nullptr, 0)};
        } else if (void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
                   map != MAP_FAILED) {
            record = SourceRecord{size, contentHash(map, size)};
            ::munmap(map, size);
        }
    }
    ::close(fd);
    return record;
}

std::array<std::optional<SourceRecord>, 4> fingerprints(const IdxSources& sources) {
    std::array<std::optional<SourceRecord>, 4> out;
    for (std::size_t i = 0; i < sources.size(); ++i) out[i] = fingerprint(sources[i]);
    return out;
}

PayloadRecord recordOf(const IdxImages& images) {
    return {static_cast<std::uint32_t>(images.count),
            static_cast<std::uint32_t>(images.rows),
            static_cast<std::uint32_t>(images.cols),
            0,
            hashOf(images.pixels),
            images.pixels.size()};
}

PayloadRecord recordOf(const std::vector<std::uint8_t>& labels) {
    return {static_cast<std::uint32_t>(labels.size()), 0, 0, 0, hashOf(labels), labels.size()};
}

bool plausible(const PayloadRecord& p, bool images) {
    if (p.count == 0 || p.count > kMaxCount) return false;
    if (!images) return p.rows == 0 && p.cols == 0 && p.bytes == p.count;
    return p.rows >= 1 && p.rows <= kMaxSide && p.cols >= 1 && p.cols <= kMaxSide &&
           p.bytes == std::uint64_t{p.count} * p.rows * p.cols;
}

bool refuse(std::string* reason, const std::string& why) {
    if (reason) *reason = why;
    return false;
}

}  // namespace

std::string idxCachePath(const std::string& cacheDir, const IdxSources& sources) {
    std::string key;
    for (const std::string& s : sources) {
        std::error_code ec;
        const fs::path absolute = fs::absolute(s, ec);
        key += (ec ? s : absolute.lexically_normal().string()) + '\n';
    }
    char name[32];
    std::snprintf(name, sizeof name, "idx-%016llx.bin",
                  static_cast<unsigned long long>(contentHash(key.data(), key.size())));
    return (fs::path(cacheDir) / name).string();
}

std::optional<IdxSet> readIdxCache(const std::string& cachePath, const IdxSources& sources,
                                   std::string* reason) {
    std::error_code ec;
    const auto fileSize = fs::file_size(cachePath, ec);
    if (ec) {
        refuse(reason, "no cache file");
        return std::nullopt;
    }
    // The sources are read and checksummed while the cache itself is read.
    auto now = std::async(std::launch::async, fingerprints, sources);
    const auto reject = [&](const std::string& why) -> std::optional<IdxSet> {
        if (now.valid()) now.wait();
        refuse(reason, why);
        return std::nullopt;
    };

    std::ifstream in(cachePath, std::ios::binary);
    Header h;
    if (!in.read(reinterpret_cast<char*>(&h), sizeof h)) return reject("truncated header");
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kVersion ||
        h.byteOrder != kByteOrder)
        return reject("not a cache file of this version");
    if (h.headerHash != headerHash(h)) return reject("damaged header");
    std::uint64_t payloadBytes = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (!plausible(h.payloads[i], i % 2 == 0)) return reject("implausible sizes");
        payloadBytes += h.payloads[i].bytes;
    }
    if (fileSize != sizeof h + payloadBytes) return reject("wrong file size");

    IdxSet set;
    const auto readPayload = [&](const PayloadRecord& p, std::vector<std::uint8_t>& out) {
        resizeLargeBuffer(out, static_cast<std::size_t>(p.bytes));
        return static_cast<bool>(
            in.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(p.bytes)));
    };
    const auto images = [&](const PayloadRecord& p, IdxImages& out) {
        out.count = static_cast<int>(p.count);
        out.rows = static_cast<int>(p.rows);
        out.cols = static_cast<int>(p.cols);
        return readPayload(p, out.pixels);
    };
    if (!images(h.payloads[0], set.trainImages) || !readPayload(h.payloads[1], set.trainLabels) ||
        !images(h.payloads[2], set.testImages) || !readPayload(h.payloads[3], set.testLabels))
        return reject("truncated payload");

    const bool payloadOk = h.payloads[0].hash == hashOf(set.trainImages.pixels) &&
                           h.payloads[1].hash == hashOf(set.trainLabels) &&
                           h.payloads[2].hash == hashOf(set.testImages.pixels) &&
                           h.payloads[3].hash == hashOf(set.testLabels);
    const std::array<std::optional<SourceRecord>, 4> current = now.get();
    for (std::size_t i = 0; i < 4; ++i) {
        if (!current[i]) return reject("source unreadable: " + sources[i]);
        if (current[i]->size != h.sources[i].size || current[i]->hash != h.sources[i].hash)
            return reject("source changed: " + sources[i]);
    }
    if (!payloadOk) return reject("damaged payload");
    if (reason) reason->clear();
    return set;
}

bool writeIdxCache(const std::string& cachePath, const IdxSources& sources, const IdxSet& set) {
    Header h;
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    const std::array<std::optional<SourceRecord>, 4> current = fingerprints(sources);
    for (std::size_t i = 0; i < 4; ++i) {
        if (!current[i]) return false;
        h.sources[i] = *current[i];
    }
    h.payloads = {recordOf(set.trainImages), recordOf(set.trainLabels), recordOf(set.testImages),
                  recordOf(set.testLabels)};
    h.headerHash = headerHash(h);

    std::error_code ec;
    const fs::path target(cachePath);
    fs::create_directories(target.parent_path(), ec);
    // Unique per process and thread, so concurrent loads never share one.
    const fs::path temporary =
        target.string() + ".tmp" + std::to_string(::getpid()) + "-" +
        std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        const auto put = [&out](const void* data, std::size_t size) {
            out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
        };
        put(&h, sizeof h);
        put(set.trainImages.pixels.data(), set.trainImages.pixels.size());
        put(set.trainLabels.data(), set.trainLabels.size());
        put(set.testImages.pixels.data(), set.testImages.pixels.size());
        put(set.testLabels.data(), set.testLabels.size());
        out.close();
        if (!out) {
            fs::remove(temporary, ec);
            return false;
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return false;
    }
    return true;
}

}  // namespace normlab::core
