#pragma once
// The NormLab window: one tab per lab, a transport bar shared by the labs,
// one training session per lab, persistence, export and presentation mode.

#include <QList>
#include <QMainWindow>
#include <QString>
#include <QTranslator>
#include <functional>
#include <map>
#include <set>
#include <memory>

#include "session/training_session.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QSettings;
class QSlider;
class QSpinBox;
QT_END_NAMESPACE

namespace Ui {
class MainWindow;
}

namespace normlab::app {

class ChartView;
class Classroom;
class GifRecording;
class StatusMessages;
class LabPage;
class TrainingLabPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    // The three labs.
    static constexpr int kLabCount = 3;
    explicit MainWindow(QWidget* parent = nullptr);
    // Any set of labs (the window takes ownership), e.g. for tests.
    explicit MainWindow(const QList<LabPage*>& pages, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QList<LabPage*> pages() const;
    [[nodiscard]] LabPage* currentPage() const;
    void setCurrentPage(LabPage* page);
    // The current lab's session, created on first use; null while the lab
    // cannot run yet.
    session::TrainingSession* currentSession();
    // The lab's session if it has one (none is created).
    [[nodiscard]] session::TrainingSession* existingSession(LabPage* page) const;
    // Rebuilds the lab's run from its controls, as Reset does for the current lab.
    void restartRun(LabPage* page);
    // The course, presets, recent files and presenter keys.
    [[nodiscard]] Classroom* classroom() const { return classroom_; }
    // Stops every worker; safe to call more than once.
    void stopAllSessions();

    // Steps per displayed frame; 0 runs at full speed.
    void setStepsPerFrame(int steps);
    [[nodiscard]] int stepsPerFrame() const;

    void setPresentationMode(bool on);
    // "en" or "ko"; returns false if the translation is missing.
    bool setLanguage(const QString& code);

    // File operations without dialogs; on failure they return false, set
    // `error` to a sentence naming the problem and change nothing.
    // A file whose settings open but whose saved results do not: true, with
    // the problem (file and field) in `warning`.
    bool openExperimentFile(const QString& path, QString* error, QString* warning = nullptr);
    bool saveExperimentFile(const QString& path, QString* error);
    bool exportMetricsCsv(const QString& path, QString* error) const;
    // Puts the chart in front on the clipboard as an image (twice the screen
    // resolution, for slides); false with a reason when the lab has none.
    bool copyChartToClipboard(QString* error) const;
    // The chart a copy takes: the focused one, else the first one shown.
    [[nodiscard]] ChartView* chartInFront() const;
    // What an animated GIF records: the current lab's view in front, else its chart in front.
    [[nodiscard]] QWidget* viewInFront() const;
    [[nodiscard]] GifRecording* gifRecording() const { return gifRecording_; }
    // The status bar's messages, composed again after a language switch.
    [[nodiscard]] StatusMessages* statusMessages();

    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);
    // On by default; a scripted run (screenshot, measurement) turns it off so
    // that closing the window leaves the user's saved settings as they were.
    void setSavesSettingsOnClose(bool on) { savesSettingsOnClose_ = on; }

    // Called with the wall-clock and CPU milliseconds each render() and its
    // repaint took (measurement mode).
    void setRenderObserver(std::function<void(double, double)> observer);

    [[nodiscard]] QString divergenceMessage() const;

  Q_SIGNALS:
    // An experiment file was opened (a preset, or any file).
    void experimentOpened(const QString& path);

  protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void setUpPages(const QList<LabPage*>& pages);
    [[nodiscard]] LabPage* pageAt(int index) const;
    void setUpTransport();
    void setUpMenus();
    void retranslate();
    void onCurrentTabChanged();
    void onSnapshot(TrainingLabPage* page, const session::SnapshotPtr& snapshot);
    void onDiverged(TrainingLabPage* page, qint64 step, const QString& message);
    void showBanner(const QString& text);
    void relayoutForNewFont();
    void updateTransport();
    void updateStatus();
    void stepClicked();
    void resetRun();
    void showError(const QString& title, const QString& text);
    void exportFigure(const QString& format, qreal scale);
    void exportCsvInteractive();
    void openExperimentInteractive();
    void saveExperimentInteractive(bool askForName);
    void openDatasetInteractive();
    void showShortcuts();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> ui_;
    std::map<LabPage*, std::unique_ptr<session::TrainingSession>> sessions_;
    std::map<LabPage*, QString> bannerText_;
    // Pages whose banner reports a divergence: it goes once a frame of that
    // run no longer diverges (a lower rate replayed the run), so it never goes stale.
    std::set<LabPage*> divergenceBanner_;
    QSpinBox* speedBox_ = nullptr;
    QSlider* speedSlider_ = nullptr;
    QLabel* speedLabel_ = nullptr;
    QLabel* stepStatus_ = nullptr;
    QLabel* epochStatus_ = nullptr;
    QLabel* rateStatus_ = nullptr;
    QLabel* datasetStatus_ = nullptr;
    QTranslator translator_;
    QTranslator qtTranslator_;
    QString language_ = QStringLiteral("en");
    GifRecording* gifRecording_ = nullptr;
    StatusMessages* statusMessages_ = nullptr;
    bool savesSettingsOnClose_ = true;
    bool presentation_ = false;
    QFont normalFont_;
    bool wasMaximized_ = false;
    QString experimentPath_;
    std::function<void(double, double)> renderObserver_;
    Classroom* classroom_ = nullptr;
};

}  // namespace normlab::app
