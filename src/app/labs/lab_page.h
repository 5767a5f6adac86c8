#pragma once
// What every lab tab provides to the main window: its charts for export, its
// metrics as CSV, experiment files and persistence of its controls. How a lab
// runs is a second interface: a TrainingLabPage gives the window a step-by-step
// training session, a SweepLabPage runs a sweep the window starts and stops;
// a page that is neither runs nothing (the transport is off).

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <optional>

#include "session/experiment_config.h"

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
    // After applyExperimentConfig(): shows the finished runs the file holds
    // (its "results"), without running them; nothing to restore (or a lab
    // that keeps none) is success. On a bad block: false, the problem
    // (naming the field) in `problem`, and the shown runs unchanged.
    virtual bool restoreResults(const session::ExperimentConfig& config, QString* problem) {
        (void)config;
        (void)problem;
        return true;
    }

    // File > Open data set: the file-dialog filter this lab reads (empty: it
    // takes no files) and loading one. On failure return false with a
    // message naming the problem and leave the lab as it was. A lab that
    // reads the file on a thread returns true once the read has started and
    // shows a problem found later itself, again leaving the lab as it was.
    [[nodiscard]] virtual QString datasetFileFilter() const { return {}; }
    virtual bool openDataset(const QString& path, QString* error);

    // The guided course's hooks. Views go by the names
    // session::course::labViews(labId()) lists: showView() puts one in front
    // (false: no such view), viewWidget() is its widget (for the reveal's
    // highlight), currentView() the one in front now. By default a view is
    // put in front in every tab widget or stack that holds it, and the one
    // in front is the first listed that is in front in all of them.
    virtual bool showView(const QString& name);
    [[nodiscard]] virtual QWidget* viewWidget(const QString& name) const;
    [[nodiscard]] virtual QString currentView() const;
    // The next (delta > 0) or previous view, wrapping; false when the lab has one view.
    bool showAdjacentView(int delta);
    // The controls beside the views, which presentation mode can fold away.
    [[nodiscard]] virtual QWidget* controlsPanel() const { return nullptr; }

    // The least height the page needs at `width`, not the height its wrapped
    // text would like: a resizable scroll area gives a page with wrapping
    // text that height, so a page asking for its preferred one always
    // scrolls; asking for its minimum, it fills the room and scrolls only
    // when even that does not fit.
    [[nodiscard]] int heightForWidth(int width) const override;

    // Saves/restores every named control (spin boxes, combo boxes, check
    // boxes, sliders) under the group labId(). Override to add more.
    virtual void saveSettings(QSettings& settings) const;
    virtual void restoreSettings(QSettings& settings);

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
