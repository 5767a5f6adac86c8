#include "app/gif/gif_export_job.h"

#include <QThread>

namespace normlab::app {

GifExportJob::GifExportJob(QObject* parent) : QObject(parent) {}

GifExportJob::~GifExportJob() {
    if (!thread_) return;
    cancelled_ = true;
    thread_->wait();
    delete thread_;
}

bool GifExportJob::start(RecordedFrames frames, const QString& path) {
    if (thread_) return false;
    cancelled_ = false;
    path_ = path;
    thread_ = QThread::create([this, frames = std::move(frames), path] {
        // Signals emitted here are queued to the job's (the GUI) thread.
        result_ = GifFile::save(
            frames, path,
            [this](int done, int total) {
                Q_EMIT progressed(done, total);
                return !cancelled_.load();
            },
            &error_);
    });
    connect(thread_, &QThread::finished, this, [this] {
        thread_->deleteLater();
        thread_ = nullptr;
        Q_EMIT finished(result_, error_);
    });
    thread_->start(QThread::LowPriority);
    return true;
}

}  // namespace normlab::app
