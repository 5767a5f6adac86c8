#pragma once
// An animated GIF89a, encoded by giflib frame by frame onto a device: one
// global palette, frames that carry only the rectangle that changed since the
// previous one, delays in hundredths of a second, and the NETSCAPE2.0 loop
// extension (forever by default). A frame identical to the previous one
// lengthens its delay instead of being written.

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>
#include <vector>

#include "app/gif/gif_palette.h"

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

struct GifFileType;

namespace normlab::app {

class GifWriter {
    Q_DECLARE_TR_FUNCTIONS(normlab::app::GifWriter)
  public:
    // Writes the header, palette and loop to `device` (open for writing);
    // `loops` 0 repeats forever. Check ok() before adding frames.
    GifWriter(QIODevice* device, QSize size, GifPalette palette, int loops = 0);
    ~GifWriter();
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    // `frame` is scaled to the GIF's size if it differs; `delayCs` >= 1.
    // False when giflib reported an error (see errorString()).
    bool addFrame(const QImage& frame, int delayCs);
    // Writes the last frame and the trailer; the writer takes no frames afterwards.
    bool finish();

    [[nodiscard]] bool ok() const { return error_ == 0; }
    [[nodiscard]] int framesWritten() const { return framesWritten_; }
    // What went wrong, as a sentence; empty while ok().
    [[nodiscard]] QString errorString() const;

  private:
    bool flushPending();
    bool fail(int code);

    GifFileType* gif_ = nullptr;
    int error_ = 0;  // giflib's E_GIF_ERR_* code, 0 while all is well
    QSize size_;
    GifPalette palette_;
    std::vector<unsigned char> shown_;    // indices on screen after the written frames
    std::vector<unsigned char> pending_;  // the frame not yet written
    int pendingDelay_ = 0;
    bool hasPending_ = false;
    bool finished_ = false;
    int framesWritten_ = 0;
};

}  // namespace normlab::app
