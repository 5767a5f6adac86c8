#pragma once
// Runs one course step without a window: its preset (with another seed if
// asked) to its checkpoint, on the same engine the labs drive, and measures
// the result. The course test walks every step this way; the numbers equal
// what the lab shows for the same preset, seed and checkpoint.

#include <QList>
#include <QMap>
#include <cstdint>

#include "session/course/course.h"
#include "session/course/measures.h"
#include "session/experiment_config.h"

namespace normlab::session::course {

struct StepRun {
    Measures measures;
    double seconds = 0;  // wall time of the run, data loading excluded
};

// The step's preset config with `seed` (0: the preset's own).
[[nodiscard]] ExperimentConfig stepConfig(const CourseStep& step, std::uint64_t seed = 0);

// Throws ConfigError / std::runtime_error when the preset or its data cannot
// be loaded.
[[nodiscard]] StepRun runStep(const CourseStep& step, std::uint64_t seed = 0);

// One training run of `config` (feature-scaling or bn-twin) measured at each
// of `checkpoints` (in steps): steps that share a preset share its run.
[[nodiscard]] QMap<std::int64_t, StepRun> runCheckpoints(const ExperimentConfig& config,
                                                         QList<std::int64_t> checkpoints);

}  // namespace normlab::session::course
