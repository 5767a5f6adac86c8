#pragma once
// How far a data file's load has got, and a way for its caller to stop it.
// Loaders call the monitor now and then from the loading thread; when it
// returns false they stop and throw LoadCancelled, having kept nothing.

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

namespace normlab::core {

struct LoadProgress {
    std::uint64_t bytesDone = 0;   // of the files' bytes, read and decoded
    std::uint64_t bytesTotal = 0;  // the files' sizes on disk
    std::uint64_t rowsDone = 0;    // rows turned into numbers (CSV)
    std::uint64_t rowsTotal = 0;   // known once the text is parsed; 0 before
    bool hasRows = false;          // a CSV load: rows follow the bytes

    // 0..1 over the whole load, never falling: with rows, bytes are the first
    // half and rows the second.
    [[nodiscard]] double fraction() const {
        const auto part = [](std::uint64_t done, std::uint64_t total) {
            return total == 0 ? 0.0 : static_cast<double>(done) / static_cast<double>(total);
        };
        if (!hasRows) return part(bytesDone, bytesTotal);
        return 0.5 * part(bytesDone, bytesTotal) + 0.5 * part(rowsDone, rowsTotal);
    }
};

// Returns false to cancel the load. May be empty (no progress, no cancel).
using LoadMonitor = std::function<bool(const LoadProgress&)>;

class LoadCancelled : public std::runtime_error {
  public:
    explicit LoadCancelled(const std::string& source)
        : std::runtime_error(source + ": loading was cancelled") {}
};

// Tells the monitor (if any) and throws LoadCancelled when it says stop.
inline void reportLoad(const LoadMonitor& monitor, const LoadProgress& progress,
                       const std::string& source) {
    if (monitor && !monitor(progress)) throw LoadCancelled(source);
}

}  // namespace normlab::core
