// Every step of the bundled course, run headlessly in order on its preset to
// its checkpoint, over three seeds: each figure is measured, some statement's
// conditions hold, and a step built to teach a comparison shows that
// comparison on every seed. Steps sharing a preset and seed share one run,
// measured at each of their checkpoints.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QMap>
#include <cstdio>
#include <filesystem>

#include "core/data/idx_loader.h"
#include "session/course/course.h"
#include "session/course/reveal.h"
#include "session/course/step_runner.h"

namespace normlab::session::course {
namespace {

TEST(CourseWalk, EveryRevealHoldsOnThreeSeeds) {
    if (!std::filesystem::exists(core::kFashionMnistDefaultDir))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    const Course course = loadCourseFile(bundledCoursePath());
    QElapsedTimer wall;
    wall.start();
    double compute = 0;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        // Training runs: one per preset, measured at every checkpoint its steps ask for.
        QMap<QString, QList<std::int64_t>> checkpoints;
        QMap<QString, const CourseStep*> firstStep;
        for (const CourseStep& step : course.steps) {
            if (step.checkpoint.sweep) continue;
            checkpoints[step.preset] << step.checkpoint.steps;
            if (!firstStep.contains(step.preset)) firstStep[step.preset] = &step;
        }
        QMap<QString, QMap<std::int64_t, StepRun>> runs;
        for (auto it = checkpoints.begin(); it != checkpoints.end(); ++it) {
            runs[it.key()] = runCheckpoints(stepConfig(*firstStep[it.key()], seed), it.value());
            compute += runs[it.key()].last().seconds;
            std::printf("seed %d %-22s %6.1f s to step %lld\n", int(seed), qPrintable(it.key()),
                        runs[it.key()].last().seconds, static_cast<long long>(runs[it.key()].lastKey()));
        }
        QMap<QString, StepRun> sweeps;
        for (const CourseStep& step : course.steps) {
            SCOPED_TRACE(QStringLiteral("step %1, seed %2").arg(step.id).arg(seed).toStdString());
            StepRun run;
            if (step.checkpoint.sweep) {
                if (!sweeps.contains(step.preset)) {
                    sweeps[step.preset] = runStep(step, seed);
                    compute += sweeps[step.preset].seconds;
                    std::printf("seed %d %-22s %6.1f s (sweep)\n", int(seed), qPrintable(step.preset),
                                sweeps[step.preset].seconds);
                }
                run = sweeps[step.preset];
            } else {
                run = runs[step.preset][step.checkpoint.steps];
            }
            const RevealOutcome outcome = evaluateReveal(step.reveal, run.measures);
            QStringList shown;
            for (int i = 0; i < step.reveal.figures.size(); ++i) {
                EXPECT_TRUE(outcome.figures[i].has_value())
                    << "figure " << step.reveal.figures[i].measure.toStdString() << " not measured";
                shown << QStringLiteral("%1=%2").arg(step.reveal.figures[i].measure,
                                                     outcome.figures[i]
                                                         ? QString::number(*outcome.figures[i], 'g', 4)
                                                         : QStringLiteral("-"));
            }
            EXPECT_GE(outcome.statement, 0) << "no statement holds";
            if (step.reveal.teaches >= 0) {
                EXPECT_EQ(outcome.statement, step.reveal.teaches);
            }
            std::printf("seed %d %-20s statement %d  %s\n", int(seed), qPrintable(step.id),
                        outcome.statement, qPrintable(shown.join(QStringLiteral("  "))));
        }
    }
    std::printf("course compute: %.1f s over 3 seeds (wall %.1f s)\n", compute,
                static_cast<double>(wall.elapsed()) / 1e3);
}

}  // namespace
}  // namespace normlab::session::course
