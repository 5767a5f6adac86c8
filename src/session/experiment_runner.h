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

// Process-wide registry; a later registration for a kind replaces the
// earlier one. Thread-safe.
void registerRunner(const QString& kind, RunnerFactory factory);
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

// The run sequence shared by every headless front end: find the runner
// (MissingRunnerError before anything is written), create outDir
// (ConfigError when it cannot be created or written), write
// outDir/config.json (the full resolved config), then run, adding phase
// times to `profile` when there is one.
void runExperiment(const ExperimentConfig& config, const QString& outDir,
                   const ProgressCallback& progress, core::RunProfile* profile = nullptr);
// Creates outDir and writes outDir/config.json only; returns its path.
QString writeResolvedConfig(const ExperimentConfig& config, const QString& outDir);

}  // namespace normlab::session
