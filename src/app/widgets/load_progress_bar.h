#pragma once
// A data file's load while something waits for it: a bar with how far it has
// got and a Cancel button, hidden while nothing loads. It knows no loader:
// its owner calls start(), showProgress() and finish() and stops the load on
// cancelRequested() (DataLoadBar feeds one from the dataset cache).

#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace normlab::app {

class LoadProgressBar : public QWidget {
    Q_OBJECT
  public:
    explicit LoadProgressBar(QWidget* parent = nullptr);

    [[nodiscard]] QProgressBar* bar() const { return bar_; }
    [[nodiscard]] QPushButton* cancelButton() const { return cancel_; }

    // Shows the bar at 0 with Cancel enabled.
    void start();
    // fraction 0..1; bytes of the file read (none known: 0 of 0).
    void showProgress(double fraction, qint64 bytesDone, qint64 bytesTotal);
    // Hides the bar: the load ended, however.
    void finish();

  Q_SIGNALS:
    // Cancel was pressed (the button is disabled until the next start()).
    void cancelRequested();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();

    QProgressBar* bar_;
    QPushButton* cancel_;
    double fraction_ = 0;
    qint64 bytesDone_ = 0, bytesTotal_ = 0;
};

}  // namespace normlab::app
