#pragma once
// The live changes a run took, each with the step count at which it was
// applied: enough to rebuild the same run from its factory (replay).

#include <QMetaType>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/lab/experiment.h"

namespace normlab::session {

using ExperimentFactory = std::function<std::unique_ptr<core::Experiment>()>;

struct LoggedCommand {
    std::int64_t step = 0;  // steps the experiment had taken when it was applied
    core::LabCommand command;
};
using CommandLog = std::vector<LoggedCommand>;

// A fresh experiment from `factory`, stepped `steps` times with every logged
// command applied where it was in the original run. Throws
// std::invalid_argument when a command is refused (the log is not this
// experiment's) and whatever the factory throws.
[[nodiscard]] std::unique_ptr<core::Experiment> replay(const ExperimentFactory& factory,
                                                       const CommandLog& log, std::int64_t steps);

}  // namespace normlab::session

Q_DECLARE_METATYPE(normlab::core::LabCommand)
Q_DECLARE_METATYPE(normlab::core::CommandRefusal)
