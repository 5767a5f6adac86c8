#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace normlab::app {

// What `normlab` was asked to do on its command line.
struct CommandLineOptions {
    double measureSeconds = 0.0;  // > 0: the responsiveness measurement
    bool measureFootprint = false;  // start-up time and memory with every lab used
    QString screenshot;
    bool presentation = false;
    int tab = -1;
    int subtab = -1;
    qint64 steps = 0;
    QString language;  // "en", "ko" or empty for the saved one
    QSize size;
    QString experiment;

    // A scripted run (a screenshot or a measurement) leaves the user's saved
    // settings alone: it neither reads nor writes them.
    bool scripted() const {
        return !screenshot.isEmpty() || measureSeconds > 0.0 || measureFootprint;
    }
};

// The outcome of parsing: run the app, or print `text` and exit with `exitCode`
// (0 for --help and --version on stdout, 2 for a bad command line on stderr).
struct CommandLineResult {
    enum class Action { Run, PrintAndExit };
    Action action = Action::Run;
    CommandLineOptions options;
    QString text;
    int exitCode = 0;
};

// `arguments` as QCoreApplication::arguments() gives them (program name first).
// `labCount` bounds --tab.
CommandLineResult parseCommandLine(const QStringList& arguments, int labCount);

}  // namespace normlab::app
