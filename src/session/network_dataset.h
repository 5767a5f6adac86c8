#pragma once
// Loads the data a network lab trains on, as an experiment config names it:
// Fashion-MNIST, a synthetic 2-D set, an IDX folder or a CSV file, cut to
// train_samples / test_samples when those are set.

#include <memory>
#include <string>

#include "core/data/dataset.h"
#include "core/data/load_progress.h"
#include "core/lab/run_profile.h"
#include "session/experiment_config.h"

namespace normlab::session {

// Where decoded copies of IDX sets are kept: $NORMLAB_CACHE_DIR, else
// normlab/datasets in the user's cache folder; empty (no cache) when
// NORMLAB_CACHE_DIR is "off" or there is no cache folder.
std::string datasetCacheDir();

// Fashion-MNIST and IDX folders go through the decoded cache above.
// Throws std::runtime_error with a one-line message naming the source, or
// core::LoadCancelled when the monitor stops a file's load.
std::shared_ptr<const core::Dataset> loadNetworkDataset(const ExperimentConfig& config,
                                                        const core::LoadMonitor& monitor = {});
// Whether the config's set is read from files and train_samples /
// test_samples only cut it to its first rows (a synthetic set they size).
[[nodiscard]] bool cutsRowsOfFiles(const ExperimentConfig& config);
// `config`'s set taken from `whole`, a set loaded for a config that differs
// only in train_samples / test_samples and holds at least the rows asked for:
// the same first rows a load would give, without reading the files again.
// Throws like loadNetworkDataset when a split is too small.
std::shared_ptr<const core::Dataset> cutNetworkDataset(const core::Dataset& whole,
                                                       const ExperimentConfig& config);
// The same, timed as the profile's data-loading phase (null profile: untimed).
std::shared_ptr<const core::Dataset> loadNetworkDatasetTimed(const ExperimentConfig& config,
                                                             core::RunProfile* profile);

}  // namespace normlab::session
