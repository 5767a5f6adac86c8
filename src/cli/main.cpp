// normlab-cli: runs NormLab experiments without a window.
#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <thread>

#include "cli/builtin_runners.h"
#include "cli/command_line.h"
#include "cli/profile_table.h"
#include "session/bad_input.h"
#include "session/config_schema.h"
#include "session/experiment_config.h"
#include "session/experiment_runner.h"
#include "session/run_interrupt.h"

namespace {

using namespace normlab;

enum ExitCode { kSuccess = 0, kRunFailed = 1, kBadInput = 2, kInterrupted = 130 };

// The first Ctrl+C asks the run to stop after its current step; a second one
// kills at once (the default action), for a step that takes too long.
void onInterrupt(int) {
    session::requestRunInterrupt();
    std::signal(SIGINT, SIG_DFL);
}

// Every failure is reported as exactly one line.
int fail(ExitCode code, QString message) {
    message.replace('\n', ' ');
    std::fprintf(stderr, "normlab-cli: %s\n", qUtf8Printable(message));
    return code;
}

void print(const QString& text) { std::fputs(qUtf8Printable(text), stdout); }

int listPresets() {
    const QList<session::PresetInfo> presets = session::listPresets();
    if (presets.isEmpty()) return fail(kRunFailed, "no presets found (set NORMLAB_RESOURCE_DIR)");
    for (const session::PresetInfo& p : presets)
        print(QStringLiteral("%1  %2  %3\n").arg(p.name, -16).arg(p.kind, -16).arg(p.description));
    return kSuccess;
}

int listFields(const QString& kind) {
    const session::ExperimentConfig defaults = session::ExperimentConfig::defaults(kind);
    const session::ExperimentSchema& schema = defaults.schema();
    print(QStringLiteral("%1: %2\n").arg(schema.kind, schema.description));
    for (const session::FieldSpec& f : schema.fields) {
        QString range;
        if (f.type == session::FieldType::Enum)
            range = f.allowed.join('|');
        else if (f.hasRange())
            range = f.rangeText() + (f.logScale ? " log" : "");
        const QString value = defaults.valueText(f.key);
        print(QStringLiteral("  %1 %2 = %3  %4\n      %5\n")
                  .arg(f.key, -16)
                  .arg(session::fieldTypeName(f.type), -11)
                  .arg(value.isEmpty() ? QStringLiteral("\"\"") : value, range, f.description));
    }
    return kSuccess;
}

const auto kStarted = std::chrono::steady_clock::now();

int run(const cli::CommandLine& cl) {
    session::ExperimentConfig config = session::resolveExperiment(cl.target);
    const auto apply = [&config](const QString& label, const QString& assignment) {
        try {
            config.applyOverride(assignment);
        } catch (const session::ConfigError& e) {
            throw session::ConfigError(label + ": " + QString::fromUtf8(e.what()));
        }
    };
    if (cl.steps) apply("--steps", "steps=" + *cl.steps);
    if (cl.seed) apply("--seed", "seed=" + *cl.seed);
    for (const QString& assignment : cl.overrides) apply("--set " + assignment, assignment);
    config.validate();

    if (cl.dryRun) {
        const QString path = session::writeResolvedConfig(config, cl.outDir, cl.force);
        std::fprintf(stderr, "normlab-cli: wrote %s\n", qUtf8Printable(path));
        return kSuccess;
    }
    std::signal(SIGINT, onInterrupt);
    core::RunProfile profile;
    core::RunProfile* const profiling = cl.profile ? &profile : nullptr;
    const session::RunEnd end = session::runExperiment(
        config, cl.outDir,
        [profiling](const session::Progress& p) {
            const core::PhaseTimer timer(profiling, core::RunPhase::Output);
            if (p.total > 0)
                std::fprintf(stderr, "[%lld/%lld] %s\n", static_cast<long long>(p.done),
                             static_cast<long long>(p.total), qUtf8Printable(p.message));
            else
                std::fprintf(stderr, "%s\n", qUtf8Printable(p.message));
        },
        cl.force, profiling);
    if (end == session::RunEnd::Interrupted) {
        std::fprintf(stderr,
                     "normlab-cli: interrupted; what was computed is in %s, marked "
                     "\"run_status\": \"interrupted\" in config.json\n",
                     qUtf8Printable(cl.outDir));
        return kInterrupted;
    }
    std::fprintf(stderr, "normlab-cli: done, outputs in %s\n", qUtf8Printable(cl.outDir));
    if (profiling) {
        const double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - kStarted).count();
        const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
        print(cli::profileTable(profile, wall, core::processCpuSeconds(), cores));
    }
    return kSuccess;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("normlab-cli");
    try {
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        const cli::CommandLine cl = cli::parseCommandLine(arguments);
        if (cl.command == "help") {
            print(cli::usageText());
            return kSuccess;
        }
        if (cl.command == "list") return listPresets();
        if (cl.command == "fields") return listFields(cl.target);
        cli::registerBuiltinRunners();
        return run(cl);
    } catch (const session::ConfigError& e) {
        return fail(kBadInput, QString::fromUtf8(e.what()));
    } catch (const session::DataFileError& e) {
        return fail(kBadInput, QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        return fail(kRunFailed, QString::fromUtf8(e.what()));
    } catch (...) {
        return fail(kRunFailed, "unexpected failure");
    }
}
