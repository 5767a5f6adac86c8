#pragma once
// Writes recorded frames to a file as an animated GIF, all or nothing: the
// palette from frames across the recording, giflib encoding into a QSaveFile
// that is renamed into place only when every frame is written. Safe to call
// from any thread (it touches no widget).

#include <QCoreApplication>
#include <QString>
#include <functional>

#include "app/gif/recorded_frames.h"

namespace normlab::app {

enum class GifSaveResult { Written, Cancelled, Failed };

class GifFile {
    Q_DECLARE_TR_FUNCTIONS(normlab::app::GifFile)
  public:
    // `progress(done, total)` is called before each frame and at the end;
    // returning false cancels and leaves no file. `lastDelayMs`: how long the
    // last frame shows. On failure `error` names the file and the problem.
    static GifSaveResult save(const RecordedFrames& frames, const QString& path,
                              const std::function<bool(int, int)>& progress, QString* error,
                              int lastDelayMs = 125);
};

}  // namespace normlab::app
