// Writing recorded frames to a GIF file (read back by Qt's decoder), the
// error for a file that cannot be written, and the export job: it encodes on
// a worker thread (the GUI thread's event loop delivers its progress while it
// runs), and cancelling leaves no file behind.

#include "app/gif/gif_export_job.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "app/gif/gif_file.h"
#include "app/gif/recorded_frames.h"

namespace {

using normlab::app::GifExportJob;
using normlab::app::GifFile;
using normlab::app::GifSaveResult;
using normlab::app::RecordedFrames;

QImage plotFrame(QSize size, int step) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(5, size.height() - 5 - 4 * step, 12, 4 * step), QColor(0x2c, 0xa0, 0x2c));
    p.fillRect(QRect(25, 5, 8 + 5 * step, 6), QColor(0x94, 0x67, 0xbd));
    return image;
}

QImage noiseFrame(QSize size, quint32 seed) {
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) image.setPixel(x, y, random.generate() | 0xff000000);
    return image;
}

TEST(GifFile, WritesEveryFrameWithItsMeasuredDelay) {
    QTemporaryDir dir;
    const QSize size(90, 60);
    RecordedFrames frames{size, {}, {}};
    const QList<qint64> at = {0, 100, 300, 340};
    for (int i = 0; i < at.size(); ++i) frames.append(plotFrame(size, i + 1), at[i]);
    const QString path = dir.filePath("run.gif");
    QString error;
    int calls = 0;
    ASSERT_EQ(GifFile::save(
                  frames, path, [&](int, int total) { return ++calls, total == 4; }, &error, 250),
              GifSaveResult::Written)
        << error.toStdString();
    EXPECT_EQ(calls, 5);  // before each frame and at the end

    QImageReader reader(path);
    EXPECT_EQ(reader.loopCount(), -1);  // forever
    const QList<int> delaysMs = {100, 200, 40, 250};
    for (int i = 0; i < 4; ++i) {
        const QImage read = reader.read().convertToFormat(QImage::Format_RGB32);
        ASSERT_FALSE(read.isNull()) << "frame " << i;
        EXPECT_EQ(reader.nextImageDelay(), delaysMs[i]) << "frame " << i;
        EXPECT_EQ(read, plotFrame(size, i + 1)) << "frame " << i;  // three colours: exact
    }
    EXPECT_TRUE(reader.read().isNull());
}

TEST(GifFile, AFileThatCannotBeWrittenIsNamedAndNothingIsLeft) {
    QTemporaryDir dir;
    RecordedFrames frames{QSize(20, 20), {}, {}};
    frames.append(plotFrame(QSize(20, 20), 1), 0);
    const QString bad = dir.filePath("no-such-folder/run.gif");
    QString error;
    EXPECT_EQ(GifFile::save(frames, bad, {}, &error), GifSaveResult::Failed);
    EXPECT_TRUE(error.contains(bad)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(bad));
    // Nothing recorded: a message, no file.
    const QString empty = dir.filePath("empty.gif");
    EXPECT_EQ(GifFile::save(RecordedFrames{QSize(20, 20), {}, {}}, empty, {}, &error),
              GifSaveResult::Failed);
    EXPECT_TRUE(error.contains(empty));
    EXPECT_FALSE(QFile::exists(empty));
}

TEST(GifExportJob, EncodesOffTheGuiThreadAndCancellingLeavesNoFile) {
    QTemporaryDir dir;
    // Full-frame noise that changes every frame: every frame is encoded whole.
    const QSize size(320, 240);
    RecordedFrames frames{size, {}, {}};
    frames.append(noiseFrame(size, 1), 0);
    frames.append(noiseFrame(size, 2), 100);
    for (int i = 2; i < 400; ++i) {  // copies share the two compressed frames
        frames.frames.append(frames.frames[i % 2]);
        frames.capturedAtMs.append(100 * i);
    }
    GifExportJob job;
    QSignalSpy progressed(&job, &GifExportJob::progressed);
    QSignalSpy finished(&job, &GifExportJob::finished);
    const QString path = dir.filePath("long.gif");
    ASSERT_TRUE(job.start(frames, path));
    // start() returned before the encoding ended: it runs on another thread.
    EXPECT_TRUE(job.isRunning());
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(job.start(frames, path));  // one at a time
    ASSERT_TRUE(progressed.wait(10000));     // delivered by this thread's event loop
    EXPECT_EQ(progressed.first().at(1).toInt(), 400);
    job.cancel();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(job.isRunning());
    EXPECT_EQ(finished.first().at(0).value<GifSaveResult>(), GifSaveResult::Cancelled);
    EXPECT_LT(progressed.last().at(0).toInt(), 400);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // The same job then writes a short recording to the end.
    RecordedFrames shortRun{size, {}, {}};
    shortRun.frames = frames.frames.mid(0, 3);
    shortRun.capturedAtMs = frames.capturedAtMs.mid(0, 3);
    progressed.clear();
    finished.clear();
    ASSERT_TRUE(job.start(shortRun, path));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.first().at(0).value<GifSaveResult>(), GifSaveResult::Written);
    EXPECT_EQ(progressed.last().at(0).toInt(), 3);
    QImageReader reader(path);
    EXPECT_EQ(reader.imageCount(), 3);
}

}  // namespace
