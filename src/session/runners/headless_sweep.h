#pragma once
// Runs a sweep's points to the end in a SweepSession from a thread with no
// event loop (the CLI), turning point progress into ProgressCallback lines.

#include <vector>

#include "session/experiment_runner.h"
#include "session/sweep_snapshot.h"

namespace normlab::session {

// Blocks until every point has ended; returns the last snapshot (points in
// plan order). Throws std::runtime_error naming the first point that failed.
// With a profile, the points add their phase times to it and the sweep's
// schedule (span, busy workers, tail) is recorded there.
SweepSnapshotPtr runSweepToEnd(SweepWork work, int workers, const ProgressCallback& progress,
                               core::RunProfile* profile = nullptr);

}  // namespace normlab::session
