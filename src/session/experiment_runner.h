#pragma once
// Headless experiment runners, looked up by experiment kind. A runner reads
// a validated config and writes its CSV/JSON outputs into a folder; the CLI
// (and anything else headless) only knows this interface.

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

#include "core/lab/run_profile.h"
#include "session/experiment_config.h"

namespace normlab::session {

struct Progress {
    qint64 done = 0;   // units finished (steps, runs, ...)
    qint64 total = 0;  // 0 when unknown
    QString message;   // one line, e.g. "step 300/5000  bn acc 0.81  plain acc 0.62"
};

// Called from the runner's thread; must be cheap.
using ProgressCallback = std::function<void(const Progress&)>;

class ExperimentRunner {
  public:
    virtual ~ExperimentRunner() = default;
    // Writes the kind's outputs into outDir (which exists). Throws
    // std::exception with a one-line message on failure.
    virtual void run(const ExperimentConfig& config, const QString& outDir,
                     const ProgressCallback& progress) = 0;
    // run() adds its phase times here (null: nowhere).
    void setProfile(core::RunProfile* profile) { profile_ = profile; }

  protected:
    core::RunProfile* profile_ = nullptr;
};

using RunnerFactory = std::function<std::unique_ptr<ExperimentRunner>()>;

// A kind's whole run as one function: ExperimentRunner::run, with the
// profile its phase times go to (null: nowhere).
using RunFunction = void(const ExperimentConfig& config, const QString& outDir,
                         const ProgressCallback& progress, core::RunProfile* profile);

// Process-wide registry; a later registration for a kind replaces the
// earlier one. Thread-safe.
void registerRunner(const QString& kind, RunnerFactory factory);
// Registers a runner that calls `run`.
void registerRunner(const QString& kind, RunFunction* run);
void unregisterRunner(const QString& kind);
[[nodiscard]] bool hasRunner(const QString& kind);
// nullptr when no runner is registered for the kind.
[[nodiscard]] std::unique_ptr<ExperimentRunner> createRunner(const QString& kind);
[[nodiscard]] QStringList registeredRunnerKinds();

// Thrown when the build has no runner for a config's kind.
class MissingRunnerError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

enum class RunEnd { Complete, Interrupted };

// The run sequence shared by every headless front end: find the runner
// (MissingRunnerError before anything is written), prepare outDir (see
// writeResolvedConfig), write outDir/config.json (the full resolved config
// with "run_status": "running"), run, then set run_status to "complete",
// "interrupted" (requestRunInterrupt() stopped it; the outputs hold what was
// computed until then) or "failed". A run killed outright stays "running".
// A run refused for bad input (ConfigError, DataFileError) leaves nothing.
// Phase times are added to `profile` when there is one.
RunEnd runExperiment(const ExperimentConfig& config, const QString& outDir,
                     const ProgressCallback& progress, bool replace = false,
                     core::RunProfile* profile = nullptr);
// Creates outDir and writes outDir/config.json only; returns its path.
// ConfigError when outDir cannot be created or written, or is not empty:
// with `replace`, a folder holding an earlier run (its config.json) is first
// emptied of that run's outputs (*.csv, *.json, *.png); any other non-empty
// folder is refused even then.
QString writeResolvedConfig(const ExperimentConfig& config, const QString& outDir,
                            bool replace = false);

}  // namespace normlab::session
