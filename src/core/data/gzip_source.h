#pragma once
// A whole file held in memory and read from the front, inflated on the fly
// when it is gzip (one or more members) and copied when it is not. Reading
// into the caller's buffer lets a loader inflate straight into its store.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace normlab::core {

class GzipSource {
  public:
    // Reads the file; throws std::runtime_error "<path>: <problem>".
    explicit GzipSource(const std::string& path);
    // The same over bytes already in memory (copied); `name` stands for the
    // path in messages.
    GzipSource(const std::uint8_t* data, std::size_t size, const std::string& name);
    ~GzipSource();
    GzipSource(const GzipSource&) = delete;
    GzipSource& operator=(const GzipSource&) = delete;

    // Up to n bytes into dst; returns how many arrived (fewer only at the
    // end). Throws std::runtime_error for a corrupt gzip stream.
    std::size_t read(void* dst, std::size_t n);

    // The decoded size the file claims (its own size, or the gzip trailer's
    // length modulo 2^32), for sizing a buffer once; a hint, not a promise.
    [[nodiscard]] std::optional<std::uint64_t> sizeHint() const;
    [[nodiscard]] const std::vector<std::uint8_t>& fileBytes() const { return file_; }
    // How many of the file's bytes have been used so far (its compressed
    // bytes for gzip), for progress.
    [[nodiscard]] std::uint64_t consumed() const;

  private:
    struct Inflater;
    void startInflating();

    std::string path_;
    std::vector<std::uint8_t> file_;
    std::size_t plainOffset_ = 0;
    std::unique_ptr<Inflater> inflater_;  // null for a plain file
};

}  // namespace normlab::core
