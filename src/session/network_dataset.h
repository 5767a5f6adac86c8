#pragma once
// Loads the data a network lab trains on, as an experiment config names it:
// Fashion-MNIST, a synthetic 2-D set, an IDX folder or a CSV file, cut to
// train_samples / test_samples when those are set.

#include <memory>

#include "core/data/dataset.h"
#include "session/experiment_config.h"

namespace normlab::session {

// Throws std::runtime_error with a one-line message naming the source.
std::shared_ptr<const core::Dataset> loadNetworkDataset(const ExperimentConfig& config);

}  // namespace normlab::session
