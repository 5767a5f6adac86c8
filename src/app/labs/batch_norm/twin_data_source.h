#pragma once
// Where the BN lab's twins get their data: the experiment factory that loads
// the set through the shared cache on the worker thread and reports how far
// it got, and the words for what is loaded or why it failed.

#include <QString>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>

#include "session/experiment_config.h"
#include "session/training_worker.h"

namespace normlab::app {

// Where the worker is with loading the data set, for the page's status line.
struct DataLoadStatus {
    enum class State { Idle, Loading, Ready, Failed };
    std::mutex mutex;
    State state = State::Idle;
    QString source;   // what is being loaded
    QString message;  // the failure, or a summary of what was loaded
};

// "Fashion-MNIST", a file's name, or "the synthetic set "moons"".
QString twinSourceName(const session::ExperimentConfig& config);
// Why `config`'s data could not be loaded, with what to do about it.
QString twinLoadFailure(const session::ExperimentConfig& config, const std::exception& e);
// The same from the loader's message (as the dataset cache's failed() gives it).
QString twinLoadFailure(const session::ExperimentConfig& config, const QString& what);
// Why a set without class labels cannot be `config`'s data.
QString twinNoClassLabels(const session::ExperimentConfig& config);
// `config` training on the data file at `path` (an IDX file stands for its
// folder, which holds the four files), checked without reading the data:
// nothing, with why in `error`, for a missing file or a config the schema refuses.
std::optional<session::ExperimentConfig> twinConfigForFile(session::ExperimentConfig config,
                                                           const QString& path, QString* error);

// Twins of `config` tracking `unit` (the last unit of a narrower layer), with
// the loading reported into `status`.
session::ExperimentFactory twinExperimentFactory(const session::ExperimentConfig& config, int unit,
                                                 std::shared_ptr<DataLoadStatus> status);

// The units (or channels) of the layer a bn-twin config tracks; 0 for a config
// the engine refuses.
int trackedUnitsOf(const session::ExperimentConfig& config);

}  // namespace normlab::app
