#include "app/gif/gif_recorder.h"

#include <QPixmap>
#include <QWidget>

namespace normlab::app {

GifRecorder::GifRecorder(QObject* parent) : QObject(parent) {
    timer_.setInterval(kFrameIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &GifRecorder::captureFrame);
}

void GifRecorder::start(QWidget* view) {
    frames_ = RecordedFrames{view ? view->size() : QSize(), {}, {}};
    view_ = view;
    clock_.start();
    if (!view) return;
    captureFrame();
    timer_.start();
}

void GifRecorder::stop() { timer_.stop(); }

void GifRecorder::captureFrame() {
    if (!view_ || frames_.count() >= kMaxFrames) {
        const bool wasRecording = timer_.isActive();
        timer_.stop();
        if (wasRecording) Q_EMIT stoppedByItself();
        return;
    }
    // grab() renders at the screen's pixel ratio; a resized view keeps the first size.
    frames_.append(view_->grab().toImage(), clock_.elapsed());
    Q_EMIT frameCaptured(frameCount());
    if (frames_.count() >= kMaxFrames && timer_.isActive()) {
        timer_.stop();
        Q_EMIT stoppedByItself();
    }
}

}  // namespace normlab::app
