#pragma once
// An animated GIF89a, written frame by frame: one global palette, LZW-coded
// frames that carry only the rectangle that changed since the previous one,
// delays in hundredths of a second, and the loop extension (forever by
// default). A frame identical to the previous one lengthens its delay.

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QSize>
#include <vector>

#include "app/gif/gif_palette.h"

namespace normlab::app {

class GifWriter {
  public:
    // `loops` 0 repeats forever.
    GifWriter(QSize size, GifPalette palette, int loops = 0);

    // `frame` is scaled to the GIF's size if it differs; `delayCs` >= 1.
    void addFrame(const QImage& frame, int delayCs);
    [[nodiscard]] int framesWritten() const { return framesWritten_; }
    // The whole file; the writer takes no frames afterwards.
    [[nodiscard]] QByteArray finish();

    // GIF's LZW for `indices` at `minCodeSize` (2..8), as data sub-blocks
    // ending in the zero block; public for tests of the code stream.
    static QByteArray lzwBlocks(const std::vector<unsigned char>& indices, int minCodeSize);

  private:
    void flushPending();

    QSize size_;
    GifPalette palette_;
    int paletteBits_ = 1;  // the table holds 2^paletteBits_ entries
    QByteArray out_;
    std::vector<unsigned char> shown_;    // indices on screen after the written frames
    std::vector<unsigned char> pending_;  // the frame not yet written
    int pendingDelay_ = 0;
    bool hasPending_ = false;
    bool finished_ = false;
    int framesWritten_ = 0;
};

}  // namespace normlab::app
