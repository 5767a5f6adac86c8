#pragma once
// Encodes recorded frames into a GIF file on a worker thread, so the window
// keeps painting (and the run keeps playing) while a long recording is
// written; progress arrives as signals, cancel() stops before the next frame
// and leaves no file.

#include <QObject>
#include <QString>
#include <atomic>

#include "app/gif/gif_file.h"
#include "app/gif/recorded_frames.h"

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace normlab::app {

class GifExportJob : public QObject {
    Q_OBJECT
  public:
    explicit GifExportJob(QObject* parent = nullptr);
    // Cancels a running encoding and waits for it (nothing is written).
    ~GifExportJob() override;

    // Starts writing `frames` to `path`; false if a job is already running.
    bool start(RecordedFrames frames, const QString& path);
    void cancel() { cancelled_ = true; }
    [[nodiscard]] bool isRunning() const { return thread_ != nullptr; }
    [[nodiscard]] QString path() const { return path_; }

  Q_SIGNALS:
    void progressed(int done, int total);
    // `error` names the file when `result` is Failed.
    void finished(normlab::app::GifSaveResult result, const QString& error);

  private:
    QThread* thread_ = nullptr;
    QString path_;
    std::atomic<bool> cancelled_ = false;
    GifSaveResult result_ = GifSaveResult::Failed;
    QString error_;
};

}  // namespace normlab::app
