#include "app/gif/gif_writer.h"

#include <algorithm>
#include <cstdint>

namespace normlab::app {

namespace {

void putWord(QByteArray& out, int value) {
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>((value >> 8) & 0xff));
}

// Least-significant-bit-first code packing, cut into sub-blocks of 255.
class CodeStream {
  public:
    void put(int code, int bits) {
        buffer_ |= static_cast<std::uint32_t>(code) << filled_;
        filled_ += bits;
        while (filled_ >= 8) {
            bytes_.append(static_cast<char>(buffer_ & 0xff));
            buffer_ >>= 8;
            filled_ -= 8;
        }
    }
    QByteArray blocks() {
        if (filled_ > 0) bytes_.append(static_cast<char>(buffer_ & 0xff));
        filled_ = 0;
        buffer_ = 0;
        QByteArray out;
        for (qsizetype at = 0; at < bytes_.size(); at += 255) {
            const qsizetype n = std::min<qsizetype>(255, bytes_.size() - at);
            out.append(static_cast<char>(n));
            out.append(bytes_.mid(at, n));
        }
        out.append('\0');
        return out;
    }

  private:
    std::uint32_t buffer_ = 0;
    int filled_ = 0;
    QByteArray bytes_;
};

}  // namespace

QByteArray GifWriter::lzwBlocks(const std::vector<unsigned char>& indices, int minCodeSize) {
    const int clear = 1 << minCodeSize;
    const int end = clear + 1;
    constexpr int kMaxCode = 4095;
    // The dictionary as (prefix code, next index) -> code; a generation
    // number per slot empties it at a clear code without rewriting it.
    std::vector<std::uint16_t> codes(4096 * 256);
    std::vector<std::uint16_t> generation(4096 * 256, 0);
    std::uint16_t current = 1;
    CodeStream stream;
    int codeSize = minCodeSize + 1;
    int next = end + 1;
    stream.put(clear, codeSize);
    if (indices.empty()) {
        stream.put(end, codeSize);
        return stream.blocks();
    }
    int prefix = indices[0];
    for (std::size_t i = 1; i < indices.size(); ++i) {
        const int c = indices[i];
        const std::size_t slot = static_cast<std::size_t>(prefix) * 256 + c;
        if (generation[slot] == current) {
            prefix = codes[slot];
            continue;
        }
        stream.put(prefix, codeSize);
        // The decoder learns this entry one code later; both widen the code
        // when the new entry's number needs another bit.
        codes[slot] = static_cast<std::uint16_t>(next);
        generation[slot] = current;
        if (next == (1 << codeSize) && codeSize < 12) ++codeSize;
        if (next == kMaxCode) {
            stream.put(clear, codeSize);
            ++current;
            if (current == 0) {  // wrapped: really empty the table once
                std::fill(generation.begin(), generation.end(), 0);
                current = 1;
            }
            codeSize = minCodeSize + 1;
            next = end + 1;
        } else {
            ++next;
        }
        prefix = c;
    }
    stream.put(prefix, codeSize);
    // The decoder adds an entry after this last code too and may widen first.
    if (next == (1 << codeSize) && codeSize < 12) ++codeSize;
    stream.put(end, codeSize);
    return stream.blocks();
}

GifWriter::GifWriter(QSize size, GifPalette palette, int loops)
    : size_(size.expandedTo(QSize(1, 1)).boundedTo(QSize(65535, 65535))),
      palette_(std::move(palette)) {
    while ((1 << paletteBits_) < palette_.colours().size()) ++paletteBits_;
    out_.append("GIF89a");
    putWord(out_, size_.width());
    putWord(out_, size_.height());
    // Global table present, 8 bits of colour resolution, its size.
    out_.append(static_cast<char>(0x80 | 0x70 | (paletteBits_ - 1)));
    out_.append('\0');  // background: entry 0
    out_.append('\0');  // square pixels
    for (int i = 0; i < (1 << paletteBits_); ++i) {
        const QRgb c = i < palette_.colours().size() ? palette_.colours()[i] : qRgb(0, 0, 0);
        out_.append(static_cast<char>(qRed(c)));
        out_.append(static_cast<char>(qGreen(c)));
        out_.append(static_cast<char>(qBlue(c)));
    }
    out_.append("\x21\xff\x0bNETSCAPE2.0\x03\x01", 16);
    putWord(out_, std::clamp(loops, 0, 65535));
    out_.append('\0');
}

void GifWriter::addFrame(const QImage& frame, int delayCs) {
    if (finished_) return;
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
        return;
    }
    flushPending();
    pending_ = std::move(indices);
    pendingDelay_ = delayCs;
    hasPending_ = true;
}

void GifWriter::flushPending() {
    if (!hasPending_) return;
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
    // Graphic control: keep the previous frame under this one, the delay.
    out_.append("\x21\xf9\x04\x04", 4);
    putWord(out_, pendingDelay_);
    out_.append("\x00\x00", 2);
    out_.append('\x2c');
    putWord(out_, changed.x());
    putWord(out_, changed.y());
    putWord(out_, changed.width());
    putWord(out_, changed.height());
    out_.append('\0');  // no local table, not interlaced
    std::vector<unsigned char> part;
    part.reserve(static_cast<std::size_t>(changed.width()) * changed.height());
    for (int y = changed.top(); y <= changed.bottom(); ++y) {
        const auto* row = pending_.data() + static_cast<std::size_t>(y) * w;
        part.insert(part.end(), row + changed.left(), row + changed.right() + 1);
    }
    const int minCodeSize = std::max(2, paletteBits_);
    out_.append(static_cast<char>(minCodeSize));
    out_.append(lzwBlocks(part, minCodeSize));
    shown_ = std::move(pending_);
    pending_.clear();
    hasPending_ = false;
    ++framesWritten_;
}

QByteArray GifWriter::finish() {
    if (!finished_) {
        flushPending();
        out_.append('\x3b');
        finished_ = true;
    }
    return out_;
}

}  // namespace normlab::app
