#pragma once
// Runs a sweep's points to the end on a SweepRunner from a thread with no
// event loop (the CLI), turning point progress into ProgressCallback lines.

#include <vector>

#include "session/experiment_runner.h"
#include "session/sweep_runner.h"

namespace normlab::session {

// Blocks until every point has ended; returns them in point order. Throws
// std::runtime_error naming the first point that failed.
// With a profile, the points add their phase times to it and the sweep's
// schedule (span, busy workers, tail) is recorded there.
std::vector<SweepPointStatus> runSweepToEnd(std::vector<SweepTask> tasks, int workers,
                                            const ProgressCallback& progress,
                                            core::RunProfile* profile = nullptr);

}  // namespace normlab::session
