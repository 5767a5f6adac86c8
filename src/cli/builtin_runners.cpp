#include "cli/builtin_runners.h"

#include "session/experiment_runner.h"
#include "session/runners/batch_sweep_runner.h"
#include "session/runners/bn_twin_runner.h"
#include "session/runners/feature_scaling_runner.h"
#include "session/runners/init_sweep_runner.h"
#include "session/runners/same_loss_runner.h"
#include "session/runners/norm_vs_batch_runner.h"

namespace normlab::cli {

void registerBuiltinRunners() {
    session::registerRunner("bn-twin", [] { return std::make_unique<session::BnTwinRunner>(); });
    session::registerRunner("feature-scaling",
                            [] { return std::make_unique<session::FeatureScalingRunner>(); });
    session::registerRunner("batch-sweep",
                            [] { return std::make_unique<session::BatchSweepRunner>(); });
    session::registerRunner("init-sweep",
                            [] { return std::make_unique<session::InitSweepRunner>(); });
    session::registerRunner("same-loss",
                            [] { return std::make_unique<session::SameLossRunner>(); });
    session::registerRunner("norm-vs-batch",
                            [] { return std::make_unique<session::NormVsBatchRunner>(); });
}

}  // namespace normlab::cli
