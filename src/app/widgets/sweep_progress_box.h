#pragma once
// A sweep's Run and Cancel buttons, its progress bar and its status line, as
// every lab that runs a sweep in the window shows them: busy while its data
// loads, "n of m finished" while it runs, "cancelling" from Cancel until the
// sweep is idle. The owner names the Run button and the idle sentence; the
// rest is worded here, for runs or for points.

#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace normlab::session {
struct SweepSnapshot;
}

namespace normlab::app {

class SweepProgressBox : public QWidget {
    Q_OBJECT
  public:
    // What one point of the sweep is called in the sentences.
    enum class Unit { Runs, Points };
    explicit SweepProgressBox(Unit unit, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* runButton() const { return run_; }
    [[nodiscard]] QPushButton* cancelButton() const { return cancel_; }
    [[nodiscard]] QProgressBar* bar() const { return bar_; }
    // The status line before anything is queued ("Press Run to …").
    void setIdleText(const QString& text) { idleText_ = text; }
    // Buttons, bar and status follow the sweep: `loading` while its data is
    // awaited, else `shown` (null or empty: nothing queued). `running` is
    // loading or points queued or running.
    void showProgress(const session::SweepSnapshot* shown, bool loading, bool running);
    // Another message in the status line (a refusal, a load failure, ...).
    void setStatus(const QString& text);
    [[nodiscard]] QString status() const;
    // Cancel was pressed: the line says so until sweepIdle().
    void cancelling();
    // The sweep went idle: after a cancel the line says what was kept.
    void sweepIdle();
    // A widget between the bar and the status line (a data load's bar).
    void insertBelowBar(QWidget* widget);

  Q_SIGNALS:
    void runClicked();
    void cancelClicked();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();

    Unit unit_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* bar_;
    QLabel* status_;
    QVBoxLayout* layout_;
    QString idleText_;
    bool cancelling_ = false;
};

}  // namespace normlab::app
