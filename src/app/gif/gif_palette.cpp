#include "app/gif/gif_palette.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <numeric>

namespace normlab::app {

namespace {
constexpr int kBins = 1 << 15;
}

GifPalette GifPalette::fromImages(const QList<QImage>& samples, int maxColours) {
    maxColours = std::clamp(maxColours, 2, 256);
    // Per bin: pixel count and channel sums, so an entry is the bin's mean
    // colour (an exact chart colour when the bin holds only that colour).
    std::vector<std::int64_t> count(kBins, 0);
    std::vector<std::array<std::int64_t, 3>> sum(kBins, {0, 0, 0});
    for (const QImage& sample : samples) {
        const QImage image = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int bin = binOf(line[x]);
                ++count[bin];
                sum[bin][0] += qRed(line[x]);
                sum[bin][1] += qGreen(line[x]);
                sum[bin][2] += qBlue(line[x]);
            }
        }
    }
    std::vector<int> used;
    for (int bin = 0; bin < kBins; ++bin)
        if (count[bin] > 0) used.push_back(bin);
    std::stable_sort(used.begin(), used.end(),
                     [&](int a, int b) { return count[a] > count[b]; });
    // More colours than entries (a gradient, anti-aliased edges): the most
    // frequent ones stay exact and a 4x4x4 cube covers the rest of the space
    // (no colour further than about 32 per channel from an entry).
    const bool tooMany = used.size() > static_cast<std::size_t>(maxColours);
    const int cube = tooMany && maxColours >= 128 ? 64 : 0;
    if (tooMany) used.resize(static_cast<std::size_t>(maxColours - cube));
    QList<QRgb> colours;
    for (int bin : used) {
        const std::int64_t n = count[bin];
        colours.append(qRgb(static_cast<int>((sum[bin][0] + n / 2) / n),
                            static_cast<int>((sum[bin][1] + n / 2) / n),
                            static_cast<int>((sum[bin][2] + n / 2) / n)));
    }
    for (int c = 0; c < cube; ++c)
        colours.append(qRgb((c >> 4) * 64 + 32, ((c >> 2) & 3) * 64 + 32, (c & 3) * 64 + 32));
    if (colours.isEmpty()) colours = {qRgb(0, 0, 0), qRgb(255, 255, 255)};
    return GifPalette(colours);
}

GifPalette::GifPalette(QList<QRgb> colours) : colours_(std::move(colours)), lookup_(kBins, 0) {
    if (colours_.isEmpty()) colours_.append(qRgb(0, 0, 0));
    if (colours_.size() > 256) colours_.resize(256);
    // Nearest entry for each bin's centre, in squared RGB distance.
    for (int bin = 0; bin < kBins; ++bin) {
        const int r = ((bin >> 10) & 31) * 8 + 4;
        const int g = ((bin >> 5) & 31) * 8 + 4;
        const int b = (bin & 31) * 8 + 4;
        int best = 0;
        int bestDistance = std::numeric_limits<int>::max();
        for (int i = 0; i < colours_.size(); ++i) {
            const int dr = qRed(colours_[i]) - r;
            const int dg = qGreen(colours_[i]) - g;
            const int db = qBlue(colours_[i]) - b;
            const int distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        lookup_[bin] = static_cast<unsigned char>(best);
    }
    // A colour of the palette maps to itself, even where another entry is
    // nearer to its bin's centre (the first entry wins a shared bin).
    for (int i = static_cast<int>(colours_.size()) - 1; i >= 0; --i)
        lookup_[binOf(colours_[i])] = static_cast<unsigned char>(i);
}

}  // namespace normlab::app
