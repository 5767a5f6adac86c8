#pragma once
// The table `normlab-cli run --profile` prints: wall and CPU seconds per
// phase of the run, what is left over (start-up, config, the rest), and for
// sweeps how well the points kept the workers busy.

#include <QString>

#include "core/lab/run_profile.h"

namespace normlab::cli {

// `wallSeconds` and `cpuSeconds` cover the whole command, from main() on.
[[nodiscard]] QString profileTable(const core::RunProfile& profile, double wallSeconds,
                                   double cpuSeconds, int cores);

}  // namespace normlab::cli
