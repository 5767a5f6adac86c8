#include "session/command_log.h"

#include <stdexcept>
#include <string>

namespace normlab::session {

std::unique_ptr<core::Experiment> replay(const ExperimentFactory& factory, const CommandLog& log,
                                         std::int64_t steps) {
    std::unique_ptr<core::Experiment> experiment = factory();
    if (!experiment) throw std::invalid_argument("replay: the factory built no experiment");
    auto next = log.begin();
    for (std::int64_t taken = 0;; ++taken) {
        for (; next != log.end() && next->step == taken; ++next)
            if (const auto refusal = experiment->apply(next->command))
                throw std::invalid_argument("replay: the command setting " + refusal->field +
                                            " at step " + std::to_string(taken) +
                                            " was refused");
        if (taken == steps) break;
        experiment->step();
    }
    return experiment;
}

}  // namespace normlab::session
