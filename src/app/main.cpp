// normlab [options]: `normlab --help` lists them (command_line_options.cpp).
// --measure trains the batch-normalization lab (bn-paper on Fashion-MNIST,
// every view live) at full speed and prints the longest GUI stall and
// render times; --screenshot saves the window once it is shown (after
// training --steps N steps, with the page's own tab K in front);
// --experiment opens an experiment file first; --measure-footprint prints
// the start-up time and the memory once every lab has been used.

#include <QApplication>
#include <QSettings>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

#include "app/command_line_options.h"
#include "app/footprint_measurement.h"
#include "app/labs/batch_norm_page.h"
#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/feature_scaling/feature_scaling_page.h"
#include "app/main_window.h"
#include "app/responsiveness_probe.h"

namespace {

// The current page's own tab `index` (a lab's views), for screenshots and measurements.
void showSubtab(normlab::app::MainWindow& window, int index) {
    if (!window.currentPage()) return;
    if (auto* tabs = window.currentPage()->findChild<QTabWidget*>()) tabs->setCurrentIndex(index);
}

int measure(normlab::app::MainWindow& window, double seconds, const QString& screenshot) {
    using normlab::app::ResponsivenessProbe;
    auto* probe = new ResponsivenessProbe(&window);
    window.setRenderObserver([probe](double wall, double cpu) { probe->addRenderTime(wall, cpu); });
    window.setStepsPerFrame(0);
    window.currentSession();  // the data set loads on the worker meanwhile
    QTimer::singleShot(300, &window, [&window, probe, seconds, screenshot] {
        probe->start();
        // A measurement runs for its seconds, past any preset's step budget.
        window.currentSession()->setPauseAtStep(0);
        window.currentSession()->play();
        QTimer::singleShot(static_cast<int>(seconds * 1000), &window, [&window, probe, screenshot] {
            probe->stop();
            if (!screenshot.isEmpty()) window.grab().save(screenshot);
            auto* session = window.currentSession();
            const double rate = session->stepsPerSecond();
            const qint64 steps = session->latest() ? session->latest()->step : 0;
            session->pause();
            const auto report = probe->report();
            QTextStream out(stdout);
            out << report.toText()
                << QStringLiteral("training: %1 steps, %2 steps/s at the end\n")
                       .arg(steps)
                       .arg(rate, 0, 'f', 0)
                << (report.meetsTargets() ? "targets met\n" : "TARGETS MISSED\n");
            out.flush();
            QCoreApplication::exit(report.meetsTargets() ? 0 : 1);
        });
    });
    return QApplication::exec();
}

}  // namespace

int main(int argc, char** argv) {
    using namespace normlab::app;
    QCoreApplication::setApplicationName(QStringLiteral("NormLab"));
    QCoreApplication::setOrganizationName(QStringLiteral("NormLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NORMLAB_VERSION));
    // Parsed before the GUI starts, so --help, --version and a bad option
    // work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLineResult parsed = parseCommandLine(arguments, MainWindow::kLabCount);
    if (parsed.action == CommandLineResult::Action::PrintAndExit) {
        std::fputs(qPrintable(parsed.text), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/normlab/normlab.svg")));
    const CommandLineOptions& options = parsed.options;
    if (options.measureSeconds > 0.0) {
        // The lab with the most panels, each redrawn every frame.
        MainWindow window({new BatchNormPage, new FeatureScalingPage, new BatchSizePage});
        window.setSavesSettingsOnClose(false);
        window.resize(options.size.isValid() ? options.size : QSize(1280, 760));
        window.show();
        if (options.presentation) window.setPresentationMode(true);
        if (options.subtab >= 0) showSubtab(window, options.subtab);
        return measure(window, options.measureSeconds, options.screenshot);
    }

    if (options.measureFootprint) {
        MainWindow window;
        window.setSavesSettingsOnClose(false);
        window.resize(options.size.isValid() ? options.size : QSize(1280, 800));
        if (!options.language.isEmpty()) window.setLanguage(options.language);
        FootprintMeasurement measurement(window);
        QObject::connect(&measurement, &FootprintMeasurement::finished, &window, [&measurement] {
            QTextStream(stdout) << measurement.report().toText();
            QCoreApplication::exit(measurement.report().meetsTargets() ? 0 : 1);
        });
        window.show();
        if (options.presentation) window.setPresentationMode(true);
        return QApplication::exec();
    }

    MainWindow window;
    const bool scripted = options.scripted();
    window.setSavesSettingsOnClose(!scripted);
    if (!scripted) {
        // The last session: geometry, tab, language, every control.
        QSettings settings;
        window.restoreSettings(settings);
    }
    if (!options.language.isEmpty()) window.setLanguage(options.language);
    if (options.tab >= 0 && options.tab < window.pages().size())
        window.setCurrentPage(window.pages()[options.tab]);
    if (options.size.isValid()) window.resize(options.size);
    window.show();
    if (options.presentation) window.setPresentationMode(true);
    if (!options.experiment.isEmpty()) {
        QString error;
        if (!window.openExperimentFile(options.experiment, &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
    }
    if (options.steps > 0) window.setStepsPerFrame(0);  // reach N quickly
    if (!scripted && options.steps > 0) {
        if (auto* session = window.currentSession()) session->step(options.steps);
    }
    if (scripted) {
        const auto save = [&window, &options] {
            // Chosen last, as a lab may rearrange its views once it has its
            // final size and font; then a moment to lay out and draw the tab.
            if (options.subtab >= 0) showSubtab(window, options.subtab);
            QTimer::singleShot(300, &window, [&window, &options] {
                const bool ok = window.grab().save(options.screenshot);
                std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save",
                             qPrintable(options.screenshot));
                QCoreApplication::quit();
            });
        };
        auto* session = options.steps > 0 ? window.currentSession() : nullptr;
        if (!session) {
            QTimer::singleShot(1000, &window, save);
        } else {
            session->step(options.steps);
            auto* poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, &window, [session, poll, save, &options] {
                // A run that diverges stops short of the steps asked for.
                const auto latest = session->latest();
                if (!latest || (latest->step < options.steps && !latest->diverged)) return;
                poll->stop();
                QTimer::singleShot(500, save);
            });
            poll->start(100);
        }
    }
    return QApplication::exec();
}
