#pragma once
// File > "Record animated GIF": the first trigger records the view in front
// while the run plays, the second asks for a file and writes the GIF on a
// worker thread under a progress dialog that can cancel (the window keeps
// painting meanwhile). The recording stops by itself (and asks
// for the file) when the view goes away or the frame limit is reached.

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

#include "app/gif/gif_file.h"

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class GifExportJob;
class GifRecorder;
class StatusMessages;

class GifRecording : public QObject {
    Q_OBJECT
  public:
    // Adds the action to `fileMenu` after `after`; `viewInFront` gives the
    // widget to record (nullptr: nothing to record).
    GifRecording(QWidget* window, QMenu* fileMenu, QAction* after, StatusMessages* status,
                 std::function<QWidget*()> viewInFront);

    [[nodiscard]] QAction* action() const { return action_; }
    [[nodiscard]] GifRecorder* recorder() const { return recorder_; }
    [[nodiscard]] GifExportJob* exportJob() const { return job_; }
    // The dialog shown while the GIF is written (nullptr otherwise).
    [[nodiscard]] QProgressDialog* progressDialog() const;
    // Where to write when recording ends (a save dialog unless replaced; an
    // empty path discards the recording).
    void setPathChooser(std::function<QString()> choosePath) { choosePath_ = std::move(choosePath); }
    // The last message shown in the status bar or in an error box (for tests).
    [[nodiscard]] QString lastMessage() const { return lastMessage_; }

  Q_SIGNALS:
    // Writing ended (written, cancelled, failed or discarded); lastMessage() says how.
    void writingEnded();

  private:
    void setRecording(bool on);
    void finish();
    void writingFinished(GifSaveResult result, const QString& error);
    void retranslate();
    void updateLabel();
    // Shows the message (retranslated while shown) and keeps it as lastMessage().
    void showMessage(std::function<QString()> compose, int timeoutMs);
    bool eventFilter(QObject* watched, QEvent* event) override;

    QWidget* window_;
    StatusMessages* status_;
    QAction* action_;
    QLabel* label_;
    GifRecorder* recorder_;
    GifExportJob* job_;
    QPointer<QProgressDialog> progress_;
    std::function<QWidget*()> viewInFront_;
    std::function<QString()> choosePath_;
    QString lastMessage_;
};

}  // namespace normlab::app
