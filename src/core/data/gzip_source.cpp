#include "core/data/gzip_source.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <stdexcept>

#include "core/data/large_buffer.h"

namespace normlab::core {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

bool isGzip(const std::vector<std::uint8_t>& bytes) {
    return bytes.size() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
}

}  // namespace

struct GzipSource::Inflater {
    z_stream stream{};
    bool ended = false;  // the last member's end was reached

    Inflater() {
        // 16 + MAX_WBITS: a gzip wrapper, whose CRC and length zlib checks.
        if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
            throw std::runtime_error("zlib: cannot start inflating");
    }
    ~Inflater() { inflateEnd(&stream); }
};

GzipSource::GzipSource(const std::string& path) : path_(path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) fail(path, "file not found");
    if (std::filesystem::is_directory(path, ec)) fail(path, "is a folder, expected an IDX file");
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(path, "cannot be opened");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) fail(path, "cannot be opened");
    resizeLargeBuffer(file_, static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(file_.data()), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) fail(path, "read error (short read)");
    startInflating();
}

GzipSource::GzipSource(const std::uint8_t* data, std::size_t size, const std::string& name)
    : path_(name), file_(data, data + size) {
    startInflating();
}

void GzipSource::startInflating() {
    if (!isGzip(file_)) return;
    inflater_ = std::make_unique<Inflater>();
    inflater_->stream.next_in = file_.data();
    inflater_->stream.avail_in = 0;
}

GzipSource::~GzipSource() = default;

std::optional<std::uint64_t> GzipSource::sizeHint() const {
    if (!inflater_) return file_.size();
    if (file_.size() < 18) return std::nullopt;
    const std::uint8_t* t = file_.data() + file_.size() - 4;
    return std::uint64_t{t[0]} | (std::uint64_t{t[1]} << 8) | (std::uint64_t{t[2]} << 16) |
           (std::uint64_t{t[3]} << 24);
}

std::uint64_t GzipSource::consumed() const {
    if (!inflater_) return plainOffset_;
    return static_cast<std::uint64_t>(inflater_->stream.next_in - file_.data());
}

std::size_t GzipSource::read(void* dst, std::size_t n) {
    auto* out = static_cast<std::uint8_t*>(dst);
    if (!inflater_) {
        const std::size_t count = std::min(n, file_.size() - plainOffset_);
        // An empty file's vector has no storage: memcpy from null is undefined even for 0 bytes.
        if (count > 0) std::memcpy(out, file_.data() + plainOffset_, count);
        plainOffset_ += count;
        return count;
    }
    z_stream& z = inflater_->stream;
    std::size_t done = 0;
    const std::uint8_t* const end = file_.data() + file_.size();
    while (done < n && !inflater_->ended) {
        constexpr std::size_t kMaxChunk = std::numeric_limits<uInt>::max() / 2;
        const std::size_t left = static_cast<std::size_t>(end - z.next_in);
        z.avail_in = static_cast<uInt>(std::min(left, kMaxChunk));
        z.next_out = out + done;
        z.avail_out = static_cast<uInt>(std::min(n - done, kMaxChunk));
        const uInt before = z.avail_out;
        const int rc = inflate(&z, Z_NO_FLUSH);
        done += before - z.avail_out;
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow, as gzread would read it.
            const std::size_t rest = static_cast<std::size_t>(end - z.next_in);
            if (rest >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
                inflateReset(&z);
            } else {
                inflater_->ended = true;
            }
        } else if (rc == Z_BUF_ERROR && z.avail_in == 0) {
            fail(path_, "read error (unexpected end of file)");
        } else if (rc != Z_OK) {
            fail(path_, std::string("read error (") + (z.msg ? z.msg : "corrupt gzip data") + ")");
        }
    }
    return done;
}

}  // namespace normlab::core
