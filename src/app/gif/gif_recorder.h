#pragma once
// Records a widget (the view in front) as it changes during a run, a few
// frames a second, and writes the frames as an animated GIF. Frames are kept
// zlib-compressed (charts are mostly flat colour), so minutes of a run fit in
// memory; recording stops by itself at a frame limit or when the widget goes.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <functional>

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
    [[nodiscard]] int frameCount() const { return static_cast<int>(frames_.size()); }
    [[nodiscard]] QSize frameSize() const { return size_; }
    // Captures one frame now (the timer calls it; tests too).
    void captureFrame();

    enum class SaveResult { Written, Cancelled, Failed };
    // Encodes the frames (with their measured delays) and writes `path`
    // atomically. `progress(done, total)` is called per frame; returning false
    // cancels and nothing is written.
    SaveResult save(const QString& path, const std::function<bool(int, int)>& progress,
                    QString* error) const;

  Q_SIGNALS:
    void frameCaptured(int frames);
    // Recording ended without stop(): the widget was closed or the limit reached.
    void stoppedByItself();

  private:
    [[nodiscard]] QImage frame(int i) const;

    QTimer timer_;
    QPointer<QWidget> view_;
    QSize size_;
    QList<QByteArray> frames_;  // Format_RGB32 bits, compressed
    QList<qint64> capturedAtMs_;
    QElapsedTimer clock_;
};

}  // namespace normlab::app
