#pragma once
// Records a widget (the view in front) as it changes during a run, a few
// frames a second, into RecordedFrames (GifFile writes them as an animated
// GIF); recording stops by itself at a frame limit or when the widget goes.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

#include "app/gif/recorded_frames.h"

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class GifRecorder : public QObject {
    Q_OBJECT
  public:
    static constexpr int kFrameIntervalMs = 125;
    static constexpr int kMaxFrames = 1200;  // two and a half minutes at eight frames a second

    explicit GifRecorder(QObject* parent = nullptr);

    // Drops any earlier frames and captures `view` now and then every interval.
    void start(QWidget* view);
    void stop();
    [[nodiscard]] bool isRecording() const { return timer_.isActive(); }
    [[nodiscard]] int frameCount() const { return frames_.count(); }
    [[nodiscard]] QSize frameSize() const { return frames_.size; }
    [[nodiscard]] const RecordedFrames& frames() const { return frames_; }
    // Captures one frame now (the timer calls it; tests too).
    void captureFrame();


  Q_SIGNALS:
    void frameCaptured(int frames);
    // Recording ended without stop(): the widget was closed or the limit reached.
    void stoppedByItself();

  private:
    QTimer timer_;
    QPointer<QWidget> view_;
    RecordedFrames frames_;
    QElapsedTimer clock_;
};

}  // namespace normlab::app
