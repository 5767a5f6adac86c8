#include "app/gif/recorded_frames.h"

#include <algorithm>

namespace normlab::app {

void RecordedFrames::append(const QImage& captured, qint64 atMs) {
    QImage image = captured.convertToFormat(QImage::Format_RGB32);
    if (image.size() != size)
        image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    frames.append(qCompress(image.constBits(), static_cast<int>(image.sizeInBytes()), 1));
    capturedAtMs.append(atMs);
}

QImage RecordedFrames::frame(int i) const {
    const QByteArray bits = qUncompress(frames[i]);
    QImage image(size, QImage::Format_RGB32);
    if (bits.size() == image.sizeInBytes())
        std::copy(bits.constBegin(), bits.constEnd(), reinterpret_cast<char*>(image.bits()));
    else
        image.fill(Qt::black);
    return image;
}

int RecordedFrames::delayCs(int i, qint64 lastMs) const {
    const qint64 ms = i + 1 < count() ? capturedAtMs[i + 1] - capturedAtMs[i] : lastMs;
    return static_cast<int>(std::clamp<qint64>((ms + 5) / 10, 1, 65535));
}

}  // namespace normlab::app
