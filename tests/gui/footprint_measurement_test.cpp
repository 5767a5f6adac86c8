// --measure-footprint: the kernel's figures it reports, and its walk over
// the labs of a window.

#include "app/footprint_measurement.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <cstring>
#include <memory>

#include "app/main_window.h"
#include "app/process_footprint.h"
#include "descent_demo_page.h"

namespace {

using namespace normlab::app;

TEST(ProcessFootprint, TouchedMemoryRaisesTheResidentAndPeakSets) {
    const std::int64_t before = residentBytes();
    ASSERT_GT(before, 0);
    constexpr std::size_t kBytes = 64u << 20;
    auto block = std::make_unique<char[]>(kBytes);
    std::memset(block.get(), 1, kBytes);  // resident only once touched
    const std::int64_t during = residentBytes();
    EXPECT_GE(during - before, static_cast<std::int64_t>(kBytes) * 9 / 10);
    // The kernel folds each thread's page counts into the peak lazily: allow 1 MB.
    constexpr std::int64_t kSlack = 1 << 20;
    EXPECT_GE(peakResidentBytes(), during - kSlack);
    EXPECT_EQ(block[kBytes - 1], 1);
    block.reset();
    EXPECT_GE(peakResidentBytes(), during - kSlack);  // the peak stays
}

TEST(ProcessFootprint, TheProcessIsOlderThanAClockStartedInIt) {
    QElapsedTimer clock;
    clock.start();
    const double first = secondsSinceProcessStart();
    ASSERT_GE(first, 0.0);
    EXPECT_LT(first, 3600.0);
    ASSERT_TRUE(QTest::qWaitFor([&clock] { return clock.elapsed() >= 50; }));
    const double second = secondsSinceProcessStart();
    // One clock tick (10 ms) of rounding either way.
    EXPECT_GE(second, first + static_cast<double>(clock.elapsed()) / 1000.0 - 0.03);
    EXPECT_GE(second, static_cast<double>(clock.elapsed()) / 1000.0 - 0.02);
}

TEST(FootprintMeasurement, WalksEveryLabAndReportsEachOneTrained) {
    auto* first = new DescentDemoPage;
    auto* second = new DescentDemoPage;
    MainWindow window({first, second});
    window.setSavesSettingsOnClose(false);
    FootprintMeasurement measurement(window);
    QSignalSpy finished(&measurement, &FootprintMeasurement::finished);
    window.show();
    ASSERT_TRUE(finished.wait(60'000));
    const FootprintReport& report = measurement.report();
    EXPECT_GT(report.firstFrameSeconds, 0.0);
    ASSERT_EQ(report.labs.size(), 2);
    for (const FootprintReport::Lab& lab : report.labs) {
        EXPECT_EQ(lab.id, QStringLiteral("descent_demo"));
        EXPECT_TRUE(lab.completed);
        EXPECT_GT(lab.residentBytes, 0);
        EXPECT_GE(lab.peakBytes, lab.residentBytes);
    }
    // Each lab really trained the steps the report names.
    for (LabPage* page : window.pages()) {
        auto* session = window.existingSession(page);
        ASSERT_NE(session, nullptr);
        ASSERT_TRUE(session->latest());
        EXPECT_GE(session->latest()->step, FootprintMeasurement::kTrainingSteps);
    }
    EXPECT_GE(report.peakResidentBytes, report.labs.back().peakBytes);
    const QString text = report.toText();
    EXPECT_TRUE(text.contains(QStringLiteral("start-up to the first frame"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 steps").arg(FootprintMeasurement::kTrainingSteps)));
    EXPECT_EQ(text.contains(QStringLiteral("targets met")), report.meetsTargets());
}

TEST(FootprintReport, ALabThatDidNotCompleteMissesTheTargets) {
    FootprintReport report;
    report.firstFrameSeconds = 0.2;
    report.peakResidentBytes = 100 << 20;
    report.labs << FootprintReport::Lab{QStringLiteral("a"), QStringLiteral("x"), 1, 1, 1, true};
    EXPECT_TRUE(report.meetsTargets());
    report.labs << FootprintReport::Lab{QStringLiteral("b"), QStringLiteral("x"), 1, 1, 1, false};
    EXPECT_FALSE(report.meetsTargets());
    EXPECT_TRUE(report.toText().contains(QStringLiteral("NOT COMPLETED")));
    report.labs.removeLast();
    report.peakResidentBytes = 300 << 20;
    EXPECT_FALSE(report.meetsTargets());
    report.peakResidentBytes = 100 << 20;
    report.firstFrameSeconds = 1.5;
    EXPECT_FALSE(report.meetsTargets());
}

}  // namespace
