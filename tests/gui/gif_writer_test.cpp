// The animated GIF writer (giflib), read back by Qt's own GIF decoder:
// frames, delays, the loop, exact pixels when the palette holds every colour,
// and nearest colours when it cannot; errors of the device it writes to.

#include "app/gif/gif_writer.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRandomGenerator>
#include <cmath>

#include "app/gif/gif_palette.h"

namespace {

using normlab::app::GifPalette;
using normlab::app::GifWriter;

struct Decoded {
    QList<QImage> frames;
    QList<int> delaysMs;
    int loops = 0;
};

// Encodes `frames` with their `delays` into memory.
QByteArray encode(QSize size, const GifPalette& palette, const QList<QImage>& frames,
                  const QList<int>& delays, int* written = nullptr) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    GifWriter writer(&buffer, size, palette);
    EXPECT_TRUE(writer.ok()) << writer.errorString().toStdString();
    for (int i = 0; i < frames.size(); ++i) EXPECT_TRUE(writer.addFrame(frames[i], delays[i]));
    EXPECT_TRUE(writer.finish()) << writer.errorString().toStdString();
    if (written) *written = writer.framesWritten();
    return bytes;
}

Decoded decode(const QByteArray& bytes) {
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "gif");
    Decoded out;
    EXPECT_TRUE(reader.supportsAnimation());
    out.loops = reader.loopCount();
    for (;;) {
        QImage frame = reader.read();
        if (frame.isNull()) break;
        const int delay = reader.nextImageDelay();  // of the frame just read
        out.frames.append(frame.convertToFormat(QImage::Format_RGB32));
        out.delaysMs.append(delay);
    }
    return out;
}

// Pixels that differ between two images (alpha ignored).
int differingPixels(const QImage& a, const QImage& b) {
    if (a.size() != b.size()) return a.width() * a.height() + 1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if ((a.pixel(x, y) & 0xffffff) != (b.pixel(x, y) & 0xffffff)) ++n;
    return n;
}

QImage chartLikeFrame(QSize size, int step) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QPen(QColor(0x1f, 0x77, 0xb4), 3));
    p.drawLine(10, size.height() - 10, 10 + step * 12, size.height() - 10 - step * 7);
    p.fillRect(QRect(size.width() - 30, 5, 20, 10 + step), QColor(0xd6, 0x27, 0x28));
    p.setPen(Qt::black);
    p.drawRect(QRect(2, 2, size.width() - 5, size.height() - 5));
    return image;
}

TEST(GifWriter, FramesDelaysAndTheLoopReadBackExactly) {
    const QSize size(120, 80);
    QList<QImage> frames;
    for (int i = 0; i < 4; ++i) frames.append(chartLikeFrame(size, i));
    const GifPalette palette = GifPalette::fromImages(frames);
    ASSERT_LE(palette.colours().size(), 8);  // white, blue, red, black: no anti-aliasing
    const QList<int> delays = {10, 20, 5, 40};
    const Decoded decoded = decode(encode(size, palette, frames, delays));
    ASSERT_EQ(decoded.frames.size(), 4);
    EXPECT_EQ(decoded.loops, -1);  // Qt's word for "forever"
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(differingPixels(decoded.frames[i], frames[i]), 0) << "frame " << i;
        EXPECT_EQ(decoded.delaysMs[i], delays[i] * 10) << "frame " << i;
    }
}

TEST(GifWriter, AnIdenticalFrameLengthensThePreviousOne) {
    const QSize size(40, 30);
    const QImage a = chartLikeFrame(size, 0), b = chartLikeFrame(size, 1);
    int written = 0;
    const QByteArray bytes =
        encode(size, GifPalette::fromImages({a, b}), {a, a, b}, {10, 15, 10}, &written);
    EXPECT_EQ(written, 2);
    const Decoded decoded = decode(bytes);
    ASSERT_EQ(decoded.frames.size(), 2);
    EXPECT_EQ(decoded.delaysMs[0], 250);
    EXPECT_EQ(differingPixels(decoded.frames[1], b), 0);
}

TEST(GifWriter, NoiseOverEveryCodeWidthAndTableResetDecodesExactly) {
    // 256 colours at random: the LZW table fills many times over, through
    // every code width up to 12 bits and the clear code after it.
    QList<QRgb> colours;
    // Colours 32 apart in red and green, 64 in blue: each its own 5-bit bin.
    for (int i = 0; i < 256; ++i)
        colours.append(qRgb((i >> 5) * 32 + 8, ((i >> 2) & 7) * 32 + 8, (i & 3) * 64 + 8));
    const GifPalette palette(colours);
    const QSize size(200, 150);
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, colours[static_cast<int>(random.bounded(y < 75 ? 256u : 3u))]);
    const Decoded decoded = decode(encode(size, palette, {image}, {10}));
    ASSERT_EQ(decoded.frames.size(), 1);
    EXPECT_EQ(differingPixels(decoded.frames[0], image), 0);
}

TEST(GifWriter, SmallPalettesAndTinyImagesDecode) {
    for (int count : {1, 2, 3, 5, 17}) {
        QList<QRgb> colours;
        for (int i = 0; i < count; ++i) colours.append(qRgb(40 * i % 256, 255 - 13 * i, 9 * i));
        for (QSize size : {QSize(1, 1), QSize(3, 2), QSize(64, 1)}) {
            QImage image(size, QImage::Format_RGB32);
            for (int x = 0; x < size.width(); ++x)
                for (int y = 0; y < size.height(); ++y)
                    image.setPixel(x, y, colours[(x + y) % count]);
            const Decoded decoded = decode(encode(size, GifPalette(colours), {image}, {3}));
            ASSERT_EQ(decoded.frames.size(), 1) << count << " colours";
            EXPECT_EQ(differingPixels(decoded.frames[0], image), 0)
                << count << " colours, " << size.width() << "x" << size.height();
        }
    }
}

TEST(GifWriter, ALoopCountIsWrittenAsGiven) {
    const QSize size(20, 10);
    const QImage a = chartLikeFrame(size, 0), b = chartLikeFrame(size, 1);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    GifWriter writer(&buffer, size, GifPalette::fromImages({a, b}), 3);
    writer.addFrame(a, 10);
    writer.addFrame(b, 10);
    ASSERT_TRUE(writer.finish());
    EXPECT_EQ(decode(bytes).loops, 3);
}

TEST(GifWriter, ADeviceThatRefusesBytesIsReportedAsAWriteError) {
    const QSize size(30, 20);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);  // every write fails
    GifWriter writer(&buffer, size, GifPalette::fromImages({chartLikeFrame(size, 0)}));
    writer.addFrame(chartLikeFrame(size, 0), 10);
    EXPECT_FALSE(writer.finish());
    EXPECT_FALSE(writer.ok());
    EXPECT_FALSE(writer.errorString().isEmpty());
    EXPECT_TRUE(bytes.isEmpty());
}

TEST(GifPalette, KeepsTheChartsColoursAndMapsTheRestToTheNearest) {
    // A gradient has far more than 256 colours: each pixel takes a near one.
    QImage gradient(256, 64, QImage::Format_RGB32);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 256; ++x) gradient.setPixel(x, y, qRgb(x, y * 4, 255 - x));
    const GifPalette palette = GifPalette::fromImages({gradient});
    EXPECT_EQ(palette.colours().size(), 256);
    int worst = 0;
    for (int y = 0; y < 64; y += 3)
        for (int x = 0; x < 256; x += 5) {
            const QRgb want = gradient.pixel(x, y);
            const QRgb got = palette.colours()[palette.indexOf(want)];
            worst = std::max({worst, std::abs(qRed(want) - qRed(got)),
                              std::abs(qGreen(want) - qGreen(got)),
                              std::abs(qBlue(want) - qBlue(got))});
        }
    EXPECT_LE(worst, 48);
    // A flat colour of a chart is kept exactly.
    QImage chart = chartLikeFrame(QSize(100, 60), 2);
    const GifPalette exact = GifPalette::fromImages({chart});
    EXPECT_EQ(exact.colours()[exact.indexOf(qRgb(0x1f, 0x77, 0xb4))], qRgb(0x1f, 0x77, 0xb4));
    EXPECT_EQ(exact.colours()[exact.indexOf(qRgb(255, 255, 255))], qRgb(255, 255, 255));
}

}  // namespace
