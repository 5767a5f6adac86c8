#include "cli/command_line.h"

#include "session/experiment_config.h"

namespace normlab::cli {

using session::ConfigError;

namespace {

const QStringList kCommands{"list", "run", "fields", "help"};

}  // namespace

QString usageText() {
    return QStringLiteral(
        "Usage:\n"
        "  normlab-cli list\n"
        "      bundled presets: name, experiment kind, description\n"
        "  normlab-cli fields KIND\n"
        "      the parameters of an experiment kind: key, type, default, range\n"
        "  normlab-cli run PRESET_OR_FILE --out DIR [--steps N] [--seed S]\n"
        "                  [--set key=value]... [--dry-run] [--force] [--profile]\n"
        "      resolve the config (a preset name or a JSON file), apply the overrides,\n"
        "      write DIR/config.json and run the experiment into DIR.\n"
        "      DIR must be new or empty; --force first removes an earlier run's\n"
        "      outputs (*.csv, *.json, *.png) from it.\n"
        "      --dry-run writes DIR/config.json only.\n"
        "      Ctrl+C stops after the current step: what was computed is written and\n"
        "      config.json says \"run_status\": \"interrupted\".\n"
        "      --profile prints the wall and CPU time of each phase of the run.\n"
        "  normlab-cli --help\n"
        "\n"
        "Exit codes: 0 success, 1 the run failed, 2 bad input, 130 interrupted.\n");
}

CommandLine parseCommandLine(const QStringList& arguments) {
    CommandLine cl;
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        const auto next = [&]() -> QString {
            if (i + 1 >= arguments.size() || arguments[i + 1].startsWith("--"))
                throw ConfigError(QStringLiteral("option %1 needs a value").arg(arg));
            return arguments[++i];
        };
        if (arg == "--help" || arg == "-h") {
            cl.command = "help";
            return cl;
        }
        if (arg == "--out" || arg == "-o") {
            cl.outDir = next();
        } else if (arg.startsWith("--out=")) {
            cl.outDir = arg.mid(6);
        } else if (arg == "--steps") {
            cl.steps = next();
        } else if (arg == "--seed") {
            cl.seed = next();
        } else if (arg == "--set") {
            cl.overrides << next();
        } else if (arg.startsWith("--set=")) {
            cl.overrides << arg.mid(6);
        } else if (arg == "--dry-run") {
            cl.dryRun = true;
        } else if (arg == "--force") {
            cl.force = true;
        } else if (arg == "--profile") {
            cl.profile = true;
        } else if (arg.startsWith('-') && arg.size() > 1) {
            throw ConfigError(QStringLiteral("unknown option %1 (see --help)").arg(arg));
        } else {
            positional << arg;
        }
    }
    if (positional.isEmpty()) throw ConfigError("no command given (see --help)");
    cl.command = positional.takeFirst();
    if (!kCommands.contains(cl.command))
        throw ConfigError(QStringLiteral("unknown command \"%1\"%2 (see --help)")
                              .arg(cl.command, session::didYouMean(cl.command, kCommands)));
    const bool runOptions = !cl.outDir.isEmpty() || cl.steps || cl.seed ||
                            !cl.overrides.isEmpty() || cl.dryRun || cl.force || cl.profile;
    if (cl.command != "run" && runOptions)
        throw ConfigError(QStringLiteral("%1 takes no run options").arg(cl.command));
    if (cl.command == "list" || cl.command == "help") {
        if (!positional.isEmpty())
            throw ConfigError(
                QStringLiteral("%1 takes no arguments, got \"%2\"").arg(cl.command, positional[0]));
        return cl;
    }
    if (positional.size() != 1)
        throw ConfigError(cl.command == "run"
                              ? QStringLiteral("run needs exactly one PRESET_OR_FILE")
                              : QStringLiteral("fields needs exactly one experiment KIND"));
    cl.target = positional[0];
    if (cl.command == "run" && cl.outDir.isEmpty()) throw ConfigError("run needs --out DIR");
    return cl;
}

}  // namespace normlab::cli
