#include "cli/builtin_runners.h"

#include "session/experiment_runner.h"
#include "session/runners/bn_twin_runner.h"

namespace normlab::cli {

void registerBuiltinRunners() {
    session::registerRunner("bn-twin", [] { return std::make_unique<session::BnTwinRunner>(); });
}

}  // namespace normlab::cli
