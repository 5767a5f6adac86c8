#pragma once
// normlab-cli's arguments, parsed without side effects so every mistake
// becomes one clear line.

#include <QString>
#include <QStringList>
#include <optional>

namespace normlab::cli {

struct CommandLine {
    QString command;  // "list", "run", "fields" or "help"
    QString target;   // run: preset name or JSON file; fields: experiment kind
    QString outDir;
    std::optional<QString> steps;
    std::optional<QString> seed;
    QStringList overrides;  // "key=value", in the order given
    bool dryRun = false;
    bool force = false;  // replace an earlier run's outputs in outDir
    bool profile = false;  // print where the run's time went
};

// Throws session::ConfigError (a usage mistake) with a one-line message.
CommandLine parseCommandLine(const QStringList& arguments);

QString usageText();

}  // namespace normlab::cli
