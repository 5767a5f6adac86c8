#include "cli/profile_table.h"

#include <algorithm>

namespace normlab::cli {

namespace {

QString row(const QString& name, double wall, double share, double cpu, qint64 count) {
    return QStringLiteral("  %1 %2 %3% %4 %5\n")
        .arg(name, -20)
        .arg(wall, 9, 'f', 3)
        .arg(100.0 * share, 6, 'f', 1)
        .arg(cpu, 9, 'f', 3)
        .arg(count, 8);
}

}  // namespace

QString profileTable(const core::RunProfile& profile, double wallSeconds, double cpuSeconds,
                     int cores) {
    using core::RunPhase;
    const core::SweepSchedule sweep = profile.sweepSchedule();
    const bool parallel = sweep.workers > 1;
    double phaseWall = 0, phaseCpu = 0;
    for (int i = 0; i < core::kRunPhaseCount; ++i) {
        const core::PhaseTime t = profile.phase(static_cast<RunPhase>(i));
        phaseWall += t.wallSeconds;
        phaseCpu += t.cpuSeconds;
    }
    // Phases of a parallel sweep overlap, so they add up to more than the
    // wall time; their shares are then of the summed phase time.
    const double other = parallel ? 0.0 : std::max(0.0, wallSeconds - phaseWall);
    const double base = std::max(1e-12, phaseWall + other);
    QString out = QStringLiteral("profile (%1)\n  %2 %3 %4 %5 %6\n")
                      .arg(parallel ? QStringLiteral("phase times added up over the workers")
                                    : QStringLiteral("seconds"))
                      .arg(QStringLiteral("phase"), -20)
                      .arg(QStringLiteral("wall s"), 9)
                      .arg(QStringLiteral("share"), 7)
                      .arg(QStringLiteral("cpu s"), 9)
                      .arg(QStringLiteral("count"), 8);
    for (int i = 0; i < core::kRunPhaseCount; ++i) {
        const auto phase = static_cast<RunPhase>(i);
        const core::PhaseTime t = profile.phase(phase);
        out += row(QString::fromStdString(core::toString(phase)), t.wallSeconds,
                   t.wallSeconds / base, t.cpuSeconds, t.count);
    }
    if (!parallel)
        out += row(QStringLiteral("start-up and other"), other, other / base,
                   std::max(0.0, cpuSeconds - phaseCpu), 1);
    out += QStringLiteral("  total: %1 s wall, %2 s CPU, CPU utilisation %3% of %4 cores\n")
               .arg(wallSeconds, 0, 'f', 3)
               .arg(cpuSeconds, 0, 'f', 3)
               .arg(100.0 * cpuSeconds / std::max(1e-12, wallSeconds * cores), 0, 'f', 1)
               .arg(cores);
    if (sweep.workers > 0)
        out += QStringLiteral(
                   "  sweep: %1 points on %2 workers over %3 s, workers busy %4% of it, "
                   "%5 s ran on fewer workers at the end\n")
                   .arg(sweep.points)
                   .arg(sweep.workers)
                   .arg(sweep.spanSeconds, 0, 'f', 3)
                   .arg(100.0 * sweep.busyFraction(), 0, 'f', 1)
                   .arg(sweep.tailSeconds, 0, 'f', 3);
    return out;
}

}  // namespace normlab::cli
