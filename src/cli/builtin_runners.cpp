#include "cli/builtin_runners.h"

#include "session/experiment_runner.h"
#include "session/runners/builtin_runs.h"

namespace normlab::cli {

void registerBuiltinRunners() {
    struct BuiltinRun {
        const char* kind;
        session::RunFunction* run;
    };
    static constexpr BuiltinRun kRuns[]{
        {"bn-twin", &session::runBnTwin},         {"feature-scaling", &session::runFeatureScaling},
        {"batch-sweep", &session::runBatchSweep}, {"init-sweep", &session::runInitSweep},
        {"same-loss", &session::runSameLoss},     {"norm-vs-batch", &session::runNormVsBatch},
    };
    for (const BuiltinRun& r : kRuns) session::registerRunner(r.kind, r.run);
}

}  // namespace normlab::cli
