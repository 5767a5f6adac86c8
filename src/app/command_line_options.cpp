#include "app/command_line_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace normlab::app {

namespace {

// The translation context of the command line's texts.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr double kDefaultMeasureSeconds = 5.0;

CommandLineResult failure(const QString& message) {
    CommandLineResult r;
    r.action = CommandLineResult::Action::PrintAndExit;
    r.exitCode = 2;
    r.text = QStringLiteral("normlab: %1\n%2\n")
                 .arg(message, CommandLine::tr("Try 'normlab --help' for the list of options."));
    return r;
}

// An integer option in [lo, hi]; on failure `error` names the option and the range.
bool readInt(const QCommandLineParser& p, const QString& name, qint64 lo, qint64 hi, qint64* out,
             QString* error) {
    bool ok = false;
    const QString text = p.value(name);
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        *error = CommandLine::tr("--%1 takes a whole number from %2 to %3, not '%4'.")
                     .arg(name)
                     .arg(lo)
                     .arg(hi)
                     .arg(text);
        return false;
    }
    *out = v;
    return true;
}

}  // namespace

CommandLineResult parseCommandLine(const QStringList& arguments, int labCount) {
    // A bare --measure means the default duration; QCommandLineParser has no
    // options with an optional value.
    QStringList args = arguments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const bool valueFollows = i + 1 < args.size() && !args[i + 1].startsWith('-');
        if (args[i] == QLatin1String("--measure") && !valueFollows)
            args[i] = QStringLiteral("--measure=%1").arg(kDefaultMeasureSeconds);
    }

    QCommandLineParser p;
    p.setApplicationDescription(
        CommandLine::tr("NormLab: live experiments on feature scaling, batch normalization and "
           "mini-batch size."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     CommandLine::tr("Show the version and exit."));
    p.addOption(help);
    p.addOption(version);
    p.addOptions({
        {QStringLiteral("tab"),
         CommandLine::tr("Open lab N first (0: feature scaling, 1: batch normalization, 2: batch size)."),
         QStringLiteral("N")},
        {QStringLiteral("subtab"), CommandLine::tr("Put the lab's own view K in front."), QStringLiteral("K")},
        {QStringLiteral("presentation"),
         CommandLine::tr("Start in presentation mode: full screen, every font 1.5x larger.")},
        {QStringLiteral("language"), CommandLine::tr("Use this language for the session: en or ko."),
         QStringLiteral("LANG")},
        {QStringLiteral("experiment"), CommandLine::tr("Open this experiment file (JSON) first."),
         QStringLiteral("FILE")},
        {QStringLiteral("size"), CommandLine::tr("Window size, for example 1280x800."), QStringLiteral("WxH")},
        {QStringLiteral("steps"),
         CommandLine::tr("Train N steps at once (with --screenshot: before the picture is taken)."),
         QStringLiteral("N")},
        {QStringLiteral("screenshot"),
         CommandLine::tr("Save a PNG of the window once it is shown, then quit. Saved settings are "
            "neither read nor written."),
         QStringLiteral("FILE")},
        {QStringLiteral("measure"),
         CommandLine::tr("Train the batch-normalization lab at full speed for SECONDS (5 if no value is "
            "given), print the longest GUI stall and render times, then quit. Saved "
            "settings are neither read nor written."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("measure-footprint"),
         CommandLine::tr("Print the time from start to the first drawn frame and the memory "
            "taken once every lab has been used (each lab trains or runs its sweep, each "
            "view is shown), then quit. Saved settings are neither read nor written.")},
    });

    // Qt's own options, read by QApplication itself (listed by Qt's docs).
    for (const char* qtOption : {"platform", "style", "qwindowgeometry", "qwindowtitle"}) {
        QCommandLineOption option(QString::fromLatin1(qtOption), QString(), QStringLiteral("VALUE"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(option);
    }

    CommandLineResult result;
    if (!p.parse(args)) return failure(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return failure(
            CommandLine::tr("unexpected argument '%1'.").arg(p.positionalArguments().constFirst()));
    if (p.isSet(help)) {
        result.action = CommandLineResult::Action::PrintAndExit;
        // Parsed before any application object exists, Qt cannot name the program.
        result.text = p.helpText();
        const qsizetype from = result.text.indexOf(QLatin1String("Usage: "));
        const qsizetype to = result.text.indexOf(QLatin1String(" [options]"));
        if (from >= 0 && to > from) result.text.replace(from + 7, to - from - 7, QStringLiteral("normlab"));
        return result;
    }
    if (p.isSet(version)) {
        result.action = CommandLineResult::Action::PrintAndExit;
        result.text = QStringLiteral("normlab %1\n").arg(QCoreApplication::applicationVersion());
        return result;
    }

    CommandLineOptions& o = result.options;
    QString error;
    qint64 v = 0;
    if (p.isSet(QStringLiteral("tab"))) {
        if (!readInt(p, QStringLiteral("tab"), 0, labCount - 1, &v, &error)) return failure(error);
        o.tab = static_cast<int>(v);
    }
    if (p.isSet(QStringLiteral("subtab"))) {
        if (!readInt(p, QStringLiteral("subtab"), 0, 99, &v, &error)) return failure(error);
        o.subtab = static_cast<int>(v);
    }
    if (p.isSet(QStringLiteral("steps"))) {
        if (!readInt(p, QStringLiteral("steps"), 1, 100'000'000, &v, &error))
            return failure(error);
        o.steps = v;
    }
    o.presentation = p.isSet(QStringLiteral("presentation"));
    if (p.isSet(QStringLiteral("language"))) {
        o.language = p.value(QStringLiteral("language"));
        if (o.language != QLatin1String("en") && o.language != QLatin1String("ko"))
            return failure(CommandLine::tr("--language takes en or ko, not '%1'.").arg(o.language));
    }
    if (p.isSet(QStringLiteral("size"))) {
        static const QRegularExpression wxh(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QString text = p.value(QStringLiteral("size"));
        const auto m = wxh.match(text);
        if (!m.hasMatch())
            return failure(CommandLine::tr("--size takes WIDTHxHEIGHT in pixels, for example 1280x800, "
                              "not '%1'.")
                               .arg(text));
        o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    o.experiment = p.value(QStringLiteral("experiment"));
    if (p.isSet(QStringLiteral("experiment")) && o.experiment.isEmpty())
        return failure(CommandLine::tr("--experiment needs a file name."));
    o.screenshot = p.value(QStringLiteral("screenshot"));
    if (p.isSet(QStringLiteral("screenshot")) && o.screenshot.isEmpty())
        return failure(CommandLine::tr("--screenshot needs a file name."));
    if (p.isSet(QStringLiteral("measure"))) {
        bool ok = false;
        const QString text = p.value(QStringLiteral("measure"));
        o.measureSeconds = text.toDouble(&ok);
        if (!ok || o.measureSeconds < 0.5 || o.measureSeconds > 3600)
            return failure(
                CommandLine::tr("--measure takes a number of seconds from 0.5 to 3600, not '%1'.").arg(text));
    }
    o.measureFootprint = p.isSet(QStringLiteral("measure-footprint"));
    if (o.measureFootprint && (o.measureSeconds > 0.0 || !o.screenshot.isEmpty()))
        return failure(CommandLine::tr(
            "--measure-footprint runs alone: not with --measure or --screenshot."));
    return result;
}

}  // namespace normlab::app
