#include "app/gif/gif_writer.h"

#include <gif_lib.h>

#include <QIODevice>
#include <QRect>
#include <algorithm>
#include <array>

namespace normlab::app {

namespace {

int writeToDevice(GifFileType* gif, const GifByteType* bytes, int length) {
    auto* device = static_cast<QIODevice*>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char*>(bytes), length));
}

// The smallest table (a power of two, at least 2 entries) holding `colours`.
int tableBits(qsizetype colours) {
    int bits = 1;
    while ((qsizetype{1} << bits) < colours) ++bits;
    return bits;
}

}  // namespace

GifWriter::GifWriter(QIODevice* device, QSize size, GifPalette palette, int loops)
    : size_(size.expandedTo(QSize(1, 1)).boundedTo(QSize(65535, 65535))),
      palette_(std::move(palette)) {
    int error = 0;
    gif_ = EGifOpen(device, writeToDevice, &error);
    if (!gif_) {
        fail(error != 0 ? error : E_GIF_ERR_NOT_ENOUGH_MEM);
        return;
    }
    EGifSetGifVersion(gif_, true);
    const int bits = tableBits(palette_.colours().size());
    std::vector<GifColorType> colours(std::size_t{1} << bits, GifColorType{0, 0, 0});
    for (qsizetype i = 0; i < palette_.colours().size(); ++i) {
        const QRgb c = palette_.colours()[i];
        colours[static_cast<std::size_t>(i)] = {static_cast<GifByteType>(qRed(c)),
                                                static_cast<GifByteType>(qGreen(c)),
                                                static_cast<GifByteType>(qBlue(c))};
    }
    ColorMapObject* map = GifMakeMapObject(1 << bits, colours.data());
    if (!map) {
        fail(E_GIF_ERR_NOT_ENOUGH_MEM);
        return;
    }
    // giflib copies the map; background entry 0.
    const int screen = EGifPutScreenDesc(gif_, size_.width(), size_.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (screen == GIF_ERROR) {
        fail(gif_->Error);
        return;
    }
    const int count = std::clamp(loops, 0, 65535);
    const std::array<GifByteType, 3> loop = {1, static_cast<GifByteType>(count & 0xff),
                                             static_cast<GifByteType>(count >> 8)};
    if (EGifPutExtensionLeader(gif_, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(gif_, 11, "NETSCAPE2.0") == GIF_ERROR ||
        EGifPutExtensionBlock(gif_, static_cast<int>(loop.size()), loop.data()) == GIF_ERROR ||
        EGifPutExtensionTrailer(gif_) == GIF_ERROR)
        fail(gif_->Error);
}

GifWriter::~GifWriter() {
    if (gif_) EGifCloseFile(gif_, nullptr);
}

bool GifWriter::fail(int code) {
    if (error_ == 0) error_ = code != 0 ? code : E_GIF_ERR_WRITE_FAILED;
    return false;
}

bool GifWriter::addFrame(const QImage& frame, int delayCs) {
    if (finished_ || !ok()) return false;
    delayCs = std::clamp(delayCs, 1, 65535);
    QImage image = frame.size() == size_
                       ? frame
                       : frame.scaled(size_, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_RGB32);
    std::vector<unsigned char> indices(static_cast<std::size_t>(size_.width()) * size_.height());
    for (int y = 0; y < size_.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        unsigned char* row = indices.data() + static_cast<std::size_t>(y) * size_.width();
        for (int x = 0; x < size_.width(); ++x)
            row[x] = static_cast<unsigned char>(palette_.indexOf(line[x]));
    }
    if (hasPending_ && indices == pending_) {
        pendingDelay_ = std::min(65535, pendingDelay_ + delayCs);
        return true;
    }
    if (!flushPending()) return false;
    pending_ = std::move(indices);
    pendingDelay_ = delayCs;
    hasPending_ = true;
    return true;
}

bool GifWriter::flushPending() {
    if (!hasPending_) return true;
    const int w = size_.width();
    // The rectangle that differs from what is on screen (all of the first frame).
    QRect changed(QPoint(0, 0), size_);
    if (!shown_.empty()) {
        int x0 = w, y0 = size_.height(), x1 = -1, y1 = -1;
        for (int y = 0; y < size_.height(); ++y) {
            const std::size_t row = static_cast<std::size_t>(y) * w;
            for (int x = 0; x < w; ++x) {
                if (pending_[row + x] == shown_[row + x]) continue;
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
        }
        // Unchanged (after a frame that only differed from one in between):
        // one pixel carries the delay.
        changed = x1 < 0 ? QRect(0, 0, 1, 1) : QRect(QPoint(x0, y0), QPoint(x1, y1));
    }
    // Keep the previous frame under this one; no transparency.
    const GraphicsControlBlock control{DISPOSE_DO_NOT, false, pendingDelay_, NO_TRANSPARENT_COLOR};
    std::array<GifByteType, 4> extension{};
    const auto length = static_cast<int>(EGifGCBToExtension(&control, extension.data()));
    if (EGifPutExtension(gif_, GRAPHICS_EXT_FUNC_CODE, length, extension.data()) == GIF_ERROR ||
        EGifPutImageDesc(gif_, changed.x(), changed.y(), changed.width(), changed.height(), false,
                         nullptr) == GIF_ERROR)
        return fail(gif_->Error);
    for (int y = changed.top(); y <= changed.bottom(); ++y) {
        auto* row = pending_.data() + static_cast<std::size_t>(y) * w + changed.left();
        if (EGifPutLine(gif_, row, changed.width()) == GIF_ERROR) return fail(gif_->Error);
    }
    shown_ = std::move(pending_);
    pending_.clear();
    hasPending_ = false;
    ++framesWritten_;
    return true;
}

bool GifWriter::finish() {
    if (finished_) return ok();
    finished_ = true;
    if (ok()) flushPending();
    int error = 0;
    const int closed = EGifCloseFile(gif_, &error);  // frees gif_ whatever it returns
    gif_ = nullptr;
    if (closed == GIF_ERROR) fail(error);
    return ok();
}

QString GifWriter::errorString() const {
    switch (error_) {
        case 0:
            return {};
        case E_GIF_ERR_WRITE_FAILED:
        case E_GIF_ERR_DISK_IS_FULL:
        case E_GIF_ERR_CLOSE_FAILED:
            return tr("the GIF encoder could not write its data (is the disk full?)");
        case E_GIF_ERR_NOT_ENOUGH_MEM:
            return tr("there is not enough memory to encode the GIF");
        case E_GIF_ERR_DATA_TOO_BIG:
            return tr("a frame is larger than the GIF's picture");
        default:
            //: %1 is giflib's error code
            return tr("the GIF encoder failed (giflib error %1)").arg(error_);
    }
}

}  // namespace normlab::app
