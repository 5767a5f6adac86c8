#include "core/lab/experiment.h"

namespace normlab::core {

CommandRefusal notThisLab() { return CommandRefusal{"command", CommandRefusal::Reason::NotThisLab}; }

std::optional<CommandRefusal> Experiment::apply(const LabCommand&) { return notThisLab(); }

}  // namespace normlab::core
