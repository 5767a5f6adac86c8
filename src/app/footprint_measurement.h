#pragma once
// --measure-footprint: how fast the app starts and how much memory it takes
// once every lab has been used. It times the process from its start (loader
// included) to the main window's first drawn frame, then walks the labs in
// tab order: a training lab trains kTrainingSteps steps, a sweep lab runs the
// sweep its controls describe, and each lab's views are brought to the front
// in turn. It reports the resident set after each lab and the peak, against
// the targets (first frame < 1 s, peak < 250 MB).

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace normlab::app {

class LabPage;
class MainWindow;

struct FootprintReport {
    static constexpr double kFirstFrameTargetSeconds = 1.0;
    static constexpr double kPeakTargetBytes = 250.0 * 1024 * 1024;
    struct Lab {
        QString id;
        QString work;  // what was done in it, e.g. "2000 steps"
        double seconds = 0;
        qint64 residentBytes = 0;
        qint64 peakBytes = 0;  // the process's peak so far
        bool completed = false;
    };
    double firstFrameSeconds = -1;  // since the process started
    QList<Lab> labs;
    qint64 peakResidentBytes = 0;
    [[nodiscard]] bool meetsTargets() const;
    [[nodiscard]] QString toText() const;
};

class FootprintMeasurement : public QObject {
    Q_OBJECT
  public:
    static constexpr int kTrainingSteps = 2000;
    static constexpr int kLabTimeoutMs = 300'000;
    static constexpr int kViewShownMs = 200;

    // Watches `window` for its first frame: make it before the window is shown.
    explicit FootprintMeasurement(MainWindow& window, QObject* parent = nullptr);
    [[nodiscard]] const FootprintReport& report() const { return report_; }

  Q_SIGNALS:
    void finished();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void useLab(int index);
    void showViews(LabPage* page, int view, std::function<void()> then);
    void finishLab(int index, bool completed, const QString& work);
    // Calls `check` every 50 ms until it returns true or the lab's time is up.
    void waitFor(std::function<bool()> check, std::function<void(bool)> then);

    MainWindow& window_;
    FootprintReport report_;
    QElapsedTimer labClock_;
    bool framed_ = false;
};

}  // namespace normlab::app
