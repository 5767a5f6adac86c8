#include "session/run_interrupt.h"

namespace normlab::session {

namespace {

std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "a signal handler stores into it");

}  // namespace

void requestRunInterrupt() noexcept { interrupted.store(true, std::memory_order_relaxed); }

bool runInterruptRequested() noexcept { return interrupted.load(std::memory_order_relaxed); }

void clearRunInterrupt() noexcept { interrupted.store(false, std::memory_order_relaxed); }

const std::atomic<bool>& runInterruptFlag() noexcept { return interrupted; }

}  // namespace normlab::session
