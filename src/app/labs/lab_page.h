#pragma once
// What every lab tab provides to the main window: an experiment factory for
// its training session, a render() for each snapshot, its charts for export,
// its metrics as CSV, and persistence of its controls.

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <optional>

#include "session/course/measures.h"
#include "session/experiment_config.h"
#include "session/training_session.h"

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace normlab::app {

class ChartView;

class LabPage : public QWidget {
    Q_OBJECT
  public:
    explicit LabPage(QWidget* parent = nullptr);

    // Stable key for settings and experiment files, e.g. "feature_scaling".
    [[nodiscard]] virtual QString labId() const = 0;
    // Tab text, translated.
    [[nodiscard]] virtual QString title() const = 0;
    // Builds the experiment the controls describe; called on the worker
    // thread, so the returned factory must capture values, not widgets.
    // Empty while the lab cannot run yet (the transport is then disabled).
    [[nodiscard]] virtual session::ExperimentFactory createSession() const = 0;
    // Shows one snapshot; called on the GUI thread at most ~30 times a second.
    virtual void render(const session::SnapshotPtr& snapshot) = 0;

    // Charts offered by File > Export figure; the first is the default.
    [[nodiscard]] virtual QList<ChartView*> charts() const;
    // The current run's metrics as CSV (header line first); empty if none.
    [[nodiscard]] virtual QString metricsCsv() const { return {}; }

    // Experiment files: the config kinds this lab opens, its controls as a
    // config (nullopt if it has none), and setting the controls from one.
    // After applyExperimentConfig() the window restarts the run.
    [[nodiscard]] virtual QStringList experimentKinds() const { return {}; }
    [[nodiscard]] virtual std::optional<session::ExperimentConfig> experimentConfig() const {
        return std::nullopt;
    }
    virtual void applyExperimentConfig(const session::ExperimentConfig& config);
    // Steps after which playing pauses once (an experiment's budget); 0 = none.
    [[nodiscard]] virtual std::int64_t stepBudget() const { return 0; }

    // File > Open data set: the file-dialog filter this lab reads (empty: it
    // takes no files) and loading one. On failure return false with a
    // message naming the problem and leave the lab as it was.
    [[nodiscard]] virtual QString datasetFileFilter() const { return {}; }
    virtual bool openDataset(const QString& path, QString* error);

    // The status-bar line of a lab without a training session (e.g. a
    // sweep's progress); empty when it has nothing to say.
    [[nodiscard]] virtual QString statusText() const { return {}; }

    // The words for a divergence the engine reported as `what` (a lab's own
    // structured description of what diverged); by default `what` itself.
    [[nodiscard]] virtual QString describeDivergence(const QString& what) const { return what; }

    // The guided course's hooks. Views go by the names
    // session::course::labViews(labId()) lists: showView() puts one in front
    // (false: no such view), viewWidget() is its widget (for the reveal's
    // highlight), currentView() the one in front now.
    virtual bool showView(const QString& name);
    [[nodiscard]] virtual QWidget* viewWidget(const QString& name) const;
    [[nodiscard]] virtual QString currentView() const { return {}; }
    // The next (delta > 0) or previous view, wrapping; false when the lab has one view.
    bool showAdjacentView(int delta);
    // The controls beside the views, which presentation mode can fold away.
    [[nodiscard]] virtual QWidget* controlsPanel() const { return nullptr; }
    // Labs without a training session (sweeps): run the whole experiment the
    // controls describe (false, with the reason in the status line, when it
    // cannot start), whether it is still running, and its finished runs' measures.
    virtual bool runExperiment() { return false; }
    [[nodiscard]] virtual bool experimentRunning() const { return false; }
    [[nodiscard]] virtual session::course::Measures measures() const { return {}; }

    // Saves/restores every named control (spin boxes, combo boxes, check
    // boxes, sliders) under the group labId(). Override to add more.
    virtual void saveSettings(QSettings& settings) const;
    virtual void restoreSettings(QSettings& settings);

  Q_SIGNALS:
    // A live change for the running experiment, applied between steps.
    void commandRequested(normlab::session::Command command);
    // A change that needs a fresh experiment (shape or data); the reason is
    // shown to the user.
    void resetRequested(QString reason);

  protected:
    // A whole experiment config as JSON under "<labId>/<name>", so a restart
    // keeps every value exactly (a widget's position would not).
    void saveExperimentSetting(QSettings& settings, const session::ExperimentConfig& config,
                               const QString& name = QStringLiteral("experiment")) const;
    // The config saved so; nothing when none was saved or it is from another version.
    [[nodiscard]] std::optional<session::ExperimentConfig> savedExperimentSetting(
        QSettings& settings, const QString& name = QStringLiteral("experiment")) const;

    void changeEvent(QEvent* event) override;
    // Re-set every user-visible string after a language change.
    virtual void retranslate() {}
};

}  // namespace normlab::app
