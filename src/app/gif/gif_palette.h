#pragma once
// Up to 256 colours for a GIF, chosen by popularity over sample frames (the
// colours a chart really uses: background, text, series), and a lookup from
// any colour to its nearest palette entry. Charts have few colours and large
// flat areas, so popularity keeps them exact; anti-aliased edges take the
// nearest entry. No dithering: it would flicker from frame to frame.

#include <QImage>
#include <QList>
#include <QRgb>
#include <vector>

namespace normlab::app {

class GifPalette {
  public:
    // Every colour (at 5 bits a channel) of `samples` when they fit in
    // `maxColours` (2..256); else the most frequent ones and a coarse colour
    // cube. Empty samples give black and white.
    static GifPalette fromImages(const QList<QImage>& samples, int maxColours = 256);
    explicit GifPalette(QList<QRgb> colours);

    [[nodiscard]] const QList<QRgb>& colours() const { return colours_; }
    // The index of the palette colour nearest to `rgb` (alpha ignored).
    [[nodiscard]] int indexOf(QRgb rgb) const { return lookup_[binOf(rgb)]; }

  private:
    static int binOf(QRgb rgb) {
        return ((qRed(rgb) >> 3) << 10) | ((qGreen(rgb) >> 3) << 5) | (qBlue(rgb) >> 3);
    }
    QList<QRgb> colours_;
    std::vector<unsigned char> lookup_;  // 32768 bins of 5-5-5 RGB
};

}  // namespace normlab::app
