#include "session/experiment_runner.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <map>
#include <mutex>

#include "session/bad_input.h"
#include "session/run_interrupt.h"

namespace normlab::session {

namespace {

struct Registry {
    std::mutex mutex;
    std::map<QString, RunnerFactory> factories;
};

Registry& registry() {
    static Registry instance;
    return instance;
}

class FunctionRunner final : public ExperimentRunner {
  public:
    explicit FunctionRunner(RunFunction* run) : run_(run) {}
    void run(const ExperimentConfig& config, const QString& outDir,
             const ProgressCallback& progress) override {
        run_(config, outDir, progress, profile_);
    }

  private:
    RunFunction* run_;
};

}  // namespace

void registerRunner(const QString& kind, RunnerFactory factory) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    r.factories[kind] = std::move(factory);
}

void registerRunner(const QString& kind, RunFunction* run) {
    registerRunner(kind, [run] { return std::make_unique<FunctionRunner>(run); });
}

void unregisterRunner(const QString& kind) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    r.factories.erase(kind);
}

bool hasRunner(const QString& kind) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    return r.factories.count(kind) != 0;
}

std::unique_ptr<ExperimentRunner> createRunner(const QString& kind) {
    RunnerFactory factory;
    {
        Registry& r = registry();
        const std::lock_guard lock(r.mutex);
        const auto it = r.factories.find(kind);
        if (it == r.factories.end()) return nullptr;
        factory = it->second;
    }
    return factory ? factory() : nullptr;
}

QStringList registeredRunnerKinds() {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    QStringList kinds;
    for (const auto& entry : r.factories) kinds << entry.first;
    return kinds;
}

namespace {

const QStringList kRunOutputPatterns{"*.csv", "*.json", "*.png"};

// A folder an earlier run wrote into holds its config.json.
bool holdsEarlierRun(const QDir& dir) {
    QFile file(dir.filePath(QStringLiteral("config.json")));
    return file.open(QIODevice::ReadOnly) &&
           file.read(4096).contains(QByteArray("\"") + ExperimentConfig::kFormat + '"');
}

// Nothing is mixed into another run's outputs: outDir must be missing or
// empty, or (with `replace`) hold an earlier run, whose outputs are removed.
// Returns true when it created the folder.
bool prepareOutputFolder(const QString& outDir, bool replace) {
    const QFileInfo dirInfo(outDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        throw ConfigError(
            QStringLiteral("output folder %1 exists and is not a folder").arg(outDir));
    const bool created = !dirInfo.exists();
    if (!QDir().mkpath(outDir))
        throw ConfigError(QStringLiteral("cannot create output folder %1").arg(outDir));
    const QDir dir(outDir);
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (entries.isEmpty()) return created;
    if (!replace)
        throw ConfigError(QStringLiteral("output folder %1 is not empty (%2 entries, e.g. %3); "
                                         "choose a new folder, or --force to replace the "
                                         "earlier run written there")
                              .arg(outDir)
                              .arg(entries.size())
                              .arg(entries.first()));
    if (!holdsEarlierRun(dir))
        throw ConfigError(QStringLiteral("output folder %1 is not empty and holds no earlier run "
                                         "(no config.json); nothing was removed, choose a new "
                                         "folder")
                              .arg(outDir));
    for (const QString& name : dir.entryList(kRunOutputPatterns, QDir::Files | QDir::Hidden)) {
        if (!QFile::remove(dir.filePath(name)))
            throw ConfigError(
                QStringLiteral("cannot remove %1 from the earlier run").arg(dir.filePath(name)));
    }
    return false;
}

// config.json with a "run_status" line after the opening brace (when given).
void writeConfigFile(const ExperimentConfig& config, const QString& path, const QString& status) {
    QByteArray json = config.toJson();
    if (!status.isEmpty())
        json.insert(2, QStringLiteral("    \"run_status\": \"%1\",\n").arg(status).toUtf8());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ConfigError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(json);
    if (!file.commit())
        throw ConfigError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

QString configPath(const QString& outDir) {
    return QDir(outDir).filePath(QStringLiteral("config.json"));
}

}  // namespace

QString writeResolvedConfig(const ExperimentConfig& config, const QString& outDir, bool replace) {
    prepareOutputFolder(outDir, replace);
    writeConfigFile(config, configPath(outDir), {});
    return configPath(outDir);
}

RunEnd runExperiment(const ExperimentConfig& config, const QString& outDir,
                     const ProgressCallback& progress, bool replace,
                     core::RunProfile* profile) {
    std::unique_ptr<ExperimentRunner> runner = createRunner(config.kind);
    if (!runner)
        throw MissingRunnerError(QStringLiteral("this build has no runner for experiment kind "
                                                "\"%1\" (nothing was written)")
                                     .arg(config.kind)
                                     .toStdString());
    const QString path = configPath(outDir);
    bool created = false;
    {
        const core::PhaseTimer timer(profile, core::RunPhase::Output);
        created = prepareOutputFolder(outDir, replace);
        writeConfigFile(config, path, QStringLiteral("running"));
    }
    runner->setProfile(profile);
    // Bad input (a data file) is found before any output: leave nothing, so
    // the same --out works once the input is fixed.
    const auto removeWhatWasWritten = [&] {
        QFile::remove(path);
        if (created) QDir().rmdir(outDir);
    };
    try {
        runner->run(
            config, outDir, progress ? progress : [](const Progress&) {});
    } catch (const ConfigError&) {
        removeWhatWasWritten();
        throw;
    } catch (const DataFileError&) {
        removeWhatWasWritten();
        throw;
    } catch (...) {
        try {
            writeConfigFile(config, path, QStringLiteral("failed"));
        } catch (const ConfigError&) {
            // The run's own error is the one to report.
        }
        throw;
    }
    const bool interrupted = runInterruptRequested();
    writeConfigFile(config, path,
                    interrupted ? QStringLiteral("interrupted") : QStringLiteral("complete"));
    return interrupted ? RunEnd::Interrupted : RunEnd::Complete;
}

}  // namespace normlab::session
