#include "cli/builtin_runners.h"

#include "session/experiment_runner.h"

namespace normlab::cli {

void registerBuiltinRunners() {
    // Each lab adds its runner here, e.g.
    //   session::registerRunner("bn-twin", [] { return std::make_unique<BnTwinRunner>(); });
}

}  // namespace normlab::cli
