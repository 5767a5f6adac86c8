#pragma once
// What the running process costs the machine, read from the kernel: its
// largest resident set so far and how long ago it was started (the dynamic
// loader's work on Qt's libraries included, which a clock started in main()
// would miss).

#include <cstdint>

namespace normlab::app {

// Peak resident set size in bytes (getrusage); 0 when the kernel cannot say.
[[nodiscard]] std::int64_t peakResidentBytes();
// Resident set size now, in bytes (/proc/self/statm); 0 when unknown.
[[nodiscard]] std::int64_t residentBytes();
// Seconds since the kernel started this process (/proc/self/stat, to the
// clock tick, usually 10 ms); negative when unknown.
[[nodiscard]] double secondsSinceProcessStart();

}  // namespace normlab::app
