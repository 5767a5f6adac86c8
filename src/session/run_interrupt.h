#pragma once
// A process-wide request to stop a headless run (Ctrl+C in the CLI): runners
// finish the step they are in, write what was computed, and return; the run
// is then marked interrupted in its config.json.

#include <atomic>

namespace normlab::session {

// Async-signal-safe: a lock-free atomic store, callable from a signal handler.
void requestRunInterrupt() noexcept;
[[nodiscard]] bool runInterruptRequested() noexcept;
void clearRunInterrupt() noexcept;
// For core::RunControl::cancel.
[[nodiscard]] const std::atomic<bool>& runInterruptFlag() noexcept;

}  // namespace normlab::session
