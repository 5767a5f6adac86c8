#include "app/responsiveness_probe.h"

#include <algorithm>

namespace normlab::app {

namespace {
double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}
}  // namespace

QString ResponsivenessReport::toText() const {
    return QStringLiteral(
               "longest event-loop stall: %1 ms (target <= 50)\n"
               "render per snapshot: median %2 ms, 95th percentile %3 ms over %4 frames "
               "(target << 16)\n"
               "render CPU time: median %5 ms, 95th percentile %6 ms\n")
        .arg(longestStallMs, 0, 'f', 1)
        .arg(renderMedianMs, 0, 'f', 2)
        .arg(renderP95Ms, 0, 'f', 2)
        .arg(frames)
        .arg(renderCpuMedianMs, 0, 'f', 2)
        .arg(renderCpuP95Ms, 0, 'f', 2);
}

ResponsivenessProbe::ResponsivenessProbe(QObject* parent) : QObject(parent) {
    ticker_.setTimerType(Qt::PreciseTimer);
    ticker_.setInterval(kTickMs);
    connect(&ticker_, &QTimer::timeout, this, [this] {
        // A stall is the time the loop could not serve this timer beyond its interval.
        const qint64 now = clock_.nsecsElapsed();
        const double gapMs = static_cast<double>(now - lastTickNs_) / 1e6 - kTickMs;
        longestGapMs_ = std::max(longestGapMs_, gapMs);
        lastTickNs_ = now;
    });
}

void ResponsivenessProbe::start() {
    renderMs_.clear();
    renderCpuMs_.clear();
    longestGapMs_ = 0.0;
    clock_.start();
    lastTickNs_ = 0;
    ticker_.start();
}

void ResponsivenessProbe::stop() { ticker_.stop(); }

ResponsivenessReport ResponsivenessProbe::report() const {
    ResponsivenessReport r;
    r.longestStallMs = std::max(0.0, longestGapMs_);
    r.renderMedianMs = percentile(renderMs_, 0.5);
    r.renderP95Ms = percentile(renderMs_, 0.95);
    r.renderCpuMedianMs = percentile(renderCpuMs_, 0.5);
    r.renderCpuP95Ms = percentile(renderCpuMs_, 0.95);
    r.frames = static_cast<int>(renderMs_.size());
    return r;
}

}  // namespace normlab::app
