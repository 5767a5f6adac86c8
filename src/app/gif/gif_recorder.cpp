#include "app/gif/gif_recorder.h"

#include <QImage>
#include <QPixmap>
#include <QWidget>
#include <algorithm>

#include "app/atomic_file.h"
#include "app/gif/gif_palette.h"
#include "app/gif/gif_writer.h"

namespace normlab::app {

GifRecorder::GifRecorder(QObject* parent) : QObject(parent) {
    timer_.setInterval(kFrameIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &GifRecorder::captureFrame);
}

void GifRecorder::start(QWidget* view) {
    frames_.clear();
    capturedAtMs_.clear();
    view_ = view;
    size_ = view ? view->size() : QSize();
    clock_.start();
    if (!view) return;
    captureFrame();
    timer_.start();
}

void GifRecorder::stop() { timer_.stop(); }

void GifRecorder::captureFrame() {
    if (!view_ || frames_.size() >= kMaxFrames) {
        const bool wasRecording = timer_.isActive();
        timer_.stop();
        if (wasRecording) Q_EMIT stoppedByItself();
        return;
    }
    QImage image = view_->grab().toImage().convertToFormat(QImage::Format_RGB32);
    // grab() renders at the screen's pixel ratio; a resized view keeps the first size.
    if (image.size() != size_)
        image = image.scaled(size_, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    frames_.append(qCompress(image.constBits(), static_cast<int>(image.sizeInBytes()), 1));
    capturedAtMs_.append(clock_.elapsed());
    Q_EMIT frameCaptured(frameCount());
    if (frames_.size() >= kMaxFrames && timer_.isActive()) {
        timer_.stop();
        Q_EMIT stoppedByItself();
    }
}

QImage GifRecorder::frame(int i) const {
    const QByteArray bits = qUncompress(frames_[i]);
    QImage image(size_, QImage::Format_RGB32);
    if (bits.size() == image.sizeInBytes())
        std::copy(bits.constBegin(), bits.constEnd(), reinterpret_cast<char*>(image.bits()));
    else
        image.fill(Qt::black);
    return image;
}

GifRecorder::SaveResult GifRecorder::save(const QString& path,
                                          const std::function<bool(int, int)>& progress,
                                          QString* error) const {
    const int n = frameCount();
    if (n == 0) {
        if (error) *error = tr("Nothing was recorded, so no GIF was written.");
        return SaveResult::Failed;
    }
    // The palette from up to 12 frames spread over the recording.
    QList<QImage> samples;
    const int sampleCount = std::min(n, 12);
    for (int s = 0; s < sampleCount; ++s)
        samples.append(frame(sampleCount == 1 ? 0 : s * (n - 1) / (sampleCount - 1)));
    GifWriter writer(size_, GifPalette::fromImages(samples));
    for (int i = 0; i < n; ++i) {
        if (progress && !progress(i, n)) return SaveResult::Cancelled;
        const qint64 ms =
            i + 1 < n ? capturedAtMs_[i + 1] - capturedAtMs_[i] : qint64{kFrameIntervalMs};
        writer.addFrame(frame(i), static_cast<int>(std::max<qint64>(1, (ms + 5) / 10)));
    }
    if (progress && !progress(n, n)) return SaveResult::Cancelled;
    return writeFileAtomically(path, writer.finish(), error) ? SaveResult::Written
                                                             : SaveResult::Failed;
}

}  // namespace normlab::app
