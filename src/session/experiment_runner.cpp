#include "session/experiment_runner.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <map>
#include <mutex>

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

}  // namespace

void registerRunner(const QString& kind, RunnerFactory factory) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    r.factories[kind] = std::move(factory);
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

QString writeResolvedConfig(const ExperimentConfig& config, const QString& outDir) {
    const QFileInfo dirInfo(outDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        throw ConfigError(
            QStringLiteral("output folder %1 exists and is not a folder").arg(outDir));
    if (!QDir().mkpath(outDir))
        throw ConfigError(QStringLiteral("cannot create output folder %1").arg(outDir));
    const QString path = QDir(outDir).filePath(QStringLiteral("config.json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ConfigError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(config.toJson());
    if (!file.commit())
        throw ConfigError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return path;
}

void runExperiment(const ExperimentConfig& config, const QString& outDir,
                   const ProgressCallback& progress, core::RunProfile* profile) {
    std::unique_ptr<ExperimentRunner> runner = createRunner(config.kind);
    if (!runner)
        throw MissingRunnerError(QStringLiteral("this build has no runner for experiment kind "
                                                "\"%1\" (nothing was written)")
                                     .arg(config.kind)
                                     .toStdString());
    {
        const core::PhaseTimer timer(profile, core::RunPhase::Output);
        writeResolvedConfig(config, outDir);
    }
    runner->setProfile(profile);
    runner->run(
        config, outDir, progress ? progress : [](const Progress&) {});
}

}  // namespace normlab::session
