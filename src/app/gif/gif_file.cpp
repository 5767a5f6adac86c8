#include "app/gif/gif_file.h"

#include <QSaveFile>
#include <algorithm>

#include "app/gif/gif_palette.h"
#include "app/gif/gif_writer.h"

namespace normlab::app {

GifSaveResult GifFile::save(const RecordedFrames& frames, const QString& path,
                            const std::function<bool(int, int)>& progress, QString* error,
                            int lastDelayMs) {
    const auto failed = [&](const QString& why) {
        if (error) *error = tr("Could not write the GIF \"%1\": %2").arg(path, why);
        return GifSaveResult::Failed;
    };
    const int n = frames.count();
    if (n == 0) return failed(tr("nothing was recorded"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return failed(file.errorString());
    // The palette from up to 12 frames spread over the recording.
    QList<QImage> samples;
    const int sampleCount = std::min(n, 12);
    for (int s = 0; s < sampleCount; ++s)
        samples.append(frames.frame(sampleCount == 1 ? 0 : s * (n - 1) / (sampleCount - 1)));
    {
        GifWriter writer(&file, frames.size, GifPalette::fromImages(samples));
        for (int i = 0; i < n && writer.ok(); ++i) {
            if (progress && !progress(i, n)) return GifSaveResult::Cancelled;  // file discarded
            writer.addFrame(frames.frame(i), frames.delayCs(i, lastDelayMs));
        }
        if (writer.ok() && progress && !progress(n, n)) return GifSaveResult::Cancelled;
        if (!writer.finish())
            return failed(file.error() != QFileDevice::NoError ? file.errorString()
                                                               : writer.errorString());
    }
    if (!file.commit()) return failed(file.errorString());
    return GifSaveResult::Written;
}

}  // namespace normlab::app
