#pragma once
// The frames of a recording as a value: each frame's RGB32 bits kept
// zlib-compressed (charts are mostly flat colour, so minutes of a run fit in
// memory) with the time it was captured. Copies share the data, so a copy can
// be encoded on another thread while a new recording starts.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>

namespace normlab::app {

struct RecordedFrames {
    QSize size;
    QList<QByteArray> frames;  // Format_RGB32 bits of `size`, compressed
    QList<qint64> capturedAtMs;

    [[nodiscard]] int count() const { return static_cast<int>(frames.size()); }
    // `image` is converted to RGB32 and scaled to `size` if it differs.
    void append(const QImage& image, qint64 atMs);
    [[nodiscard]] QImage frame(int i) const;
    // How long frame `i` was shown, in hundredths of a second (the last: `lastMs`).
    [[nodiscard]] int delayCs(int i, qint64 lastMs) const;
};

}  // namespace normlab::app
