#pragma once
// Maps the validated config of the network labs onto the engine's structs.

#include "core/lab/twin_trainer.h"
#include "core/nn/network_spec.h"
#include "session/experiment_config.h"

namespace normlab::session {

// The architecture fields (model, depth, width, activation, BN placement,
// affine, momentum, eps, init) for a network taking `input`.
core::NetworkSpec networkSpecFrom(const ExperimentConfig& config, core::Shape input, int outputs);
core::OptimizerOptions optimizerFrom(const ExperimentConfig& config);
// The normalised twin's normaliser (batch when the kind has no such field).
core::NormKind twinNormaliserFrom(const ExperimentConfig& config);
// The whole bn-twin config (steps and data are read separately).
core::TwinConfig twinConfigFrom(const ExperimentConfig& config, core::Shape input, int outputs);

}  // namespace normlab::session
