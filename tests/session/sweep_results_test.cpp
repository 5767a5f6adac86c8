// A batch sweep's finished runs in the experiment file: written exactly,
// read back to the same runs, and a bad block refused by the field at fault.

#include "session/sweep_results.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <functional>
#include <limits>

#include "event_loop_util.h"
#include "session/batch_sweep_plan.h"
#include "session/sweep_session.h"

namespace normlab::session {
namespace {

using test::app;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const core::Shape kInput{2, 1, 1};

ExperimentConfig sweepConfig() {
    ExperimentConfig c = ExperimentConfig::defaults("batch-sweep");
    for (const char* s : {"dataset=moons", "train_samples=300", "width=8", "batch_sizes=4,32",
                          "lr_rule=linear,sqrt", "bn=true", "also_without_bn=true"})
        c.applyOverride(s);
    c.validate();
    return c;
}

// A finished result with numbers no short decimal holds and missing measurements.
core::BatchSizeResult resultFor(const BatchSweepRun& run, int k) {
    core::BatchSizeResult r;
    r.config = run.config;
    r.learningRate = run.config.learningRate();
    r.updates = 75 + k;
    r.examplesSeen = 300 * (k + 1);
    r.epochs = 1.0 / 3.0 + k;
    r.wallSeconds = 0.1 + 0.2;
    r.evalSeconds = 1e-7 * (k + 1);
    r.finalTrainAccuracy = 0.8 + k * 1e-3;
    r.finalTestAccuracy = 2.0 / 3.0;
    r.finalTestLoss = std::sqrt(2.0);
    r.testAccuracyBnTrainMode = run.point.batchNorm ? 0.71 : kNaN;
    r.diverged = k == 1;
    r.divergence = k == 1 ? "loss became NaN" : "";
    if (run.point.batchNorm) r.runningGap = {{1, 0.25, 1.0 / 7.0}, {2, kNaN, 0.5}};
    for (int i = 0; i < 3; ++i)
        r.curve.push_back({i / 3.0, i * 25, i * 100, i * 0.01, 0.5 + i / 9.0, 1.0 / (i + 1),
                           i == 0 ? kNaN : 0.6, kNaN});
    return r;
}

SweepSnapshotPtr finishedSweep(SweepSession& session, const ExperimentConfig& c) {
    const std::vector<BatchSweepPoint> points = batchSweepPoints(c);
    const core::BatchSizeRunConfig base = batchSizeRunConfigFrom(c, kInput, 2);
    std::vector<SweepPlanEntry> plan;
    std::vector<SweepOutcome> outcomes;
    for (int k = 0; k < 3; ++k) {
        const BatchSweepRun run = batchSweepRun(base, points[static_cast<std::size_t>(k)]);
        outcomes.emplace_back(resultFor(run, k));
        plan.emplace_back(run);
    }
    session.restore(plan, outcomes);
    return session.snapshot();
}

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

TEST(SweepResults, FinishedRunsRoundTripExactlyThroughTheFile) {
    app();
    SweepSession session(1);
    ExperimentConfig c = sweepConfig();
    const SweepSnapshotPtr sweep = finishedSweep(session, c);
    c.results = sweepResults(*sweep);
    ASSERT_FALSE(c.results.isEmpty());
    const QByteArray saved = c.toJson();
    const ExperimentConfig reopened = ExperimentConfig::fromJson(saved);
    EXPECT_EQ(reopened.toJson(), saved);

    const RestoredSweep restored = restoredSweep(reopened);
    ASSERT_EQ(restored.plan.size(), 3u);
    for (int k = 0; k < 3; ++k) {
        const auto& run = std::get<BatchSweepRun>(restored.plan[static_cast<std::size_t>(k)]);
        EXPECT_EQ(run.point, sweep->batchRun(k)->point);
        EXPECT_EQ(run.config.batchSize, sweep->batchRun(k)->config.batchSize);
        EXPECT_EQ(run.config.network.usesBatchNorm(),
                  sweep->batchRun(k)->config.network.usesBatchNorm());
        const auto& r = std::get<core::BatchSizeResult>(restored.outcomes[static_cast<std::size_t>(k)]);
        const core::BatchSizeResult& o = *sweep->batchResult(k);
        EXPECT_EQ(r.learningRate, o.learningRate);
        EXPECT_EQ(r.updates, o.updates);
        EXPECT_EQ(r.examplesSeen, o.examplesSeen);
        EXPECT_EQ(r.epochs, o.epochs);
        EXPECT_EQ(r.wallSeconds, o.wallSeconds);
        EXPECT_EQ(r.evalSeconds, o.evalSeconds);
        EXPECT_EQ(r.finalTrainAccuracy, o.finalTrainAccuracy);
        EXPECT_EQ(r.finalTestAccuracy, o.finalTestAccuracy);
        EXPECT_EQ(r.finalTestLoss, o.finalTestLoss);
        EXPECT_TRUE(same(r.testAccuracyBnTrainMode, o.testAccuracyBnTrainMode));
        EXPECT_TRUE(std::isnan(r.finalTrainLoss));
        EXPECT_EQ(r.diverged, o.diverged);
        EXPECT_EQ(r.divergence, o.divergence);
        EXPECT_EQ(r.config.learningRate(), o.config.learningRate());
        ASSERT_EQ(r.runningGap.size(), o.runningGap.size());
        for (std::size_t g = 0; g < r.runningGap.size(); ++g) {
            EXPECT_EQ(r.runningGap[g].layer, o.runningGap[g].layer);
            EXPECT_TRUE(same(r.runningGap[g].meanGap, o.runningGap[g].meanGap));
            EXPECT_EQ(r.runningGap[g].stdGap, o.runningGap[g].stdGap);
        }
        ASSERT_EQ(r.curve.size(), o.curve.size());
        for (std::size_t i = 0; i < r.curve.size(); ++i) {
            EXPECT_EQ(r.curve[i].epoch, o.curve[i].epoch);
            EXPECT_EQ(r.curve[i].updates, o.curve[i].updates);
            EXPECT_EQ(r.curve[i].testAccuracy, o.curve[i].testAccuracy);
            EXPECT_EQ(r.curve[i].testLoss, o.curve[i].testLoss);
            EXPECT_TRUE(same(r.curve[i].trainAccuracy, o.curve[i].trainAccuracy));
        }
    }
    // Shown again, they are the same sweep: saving it writes the same bytes.
    SweepSession again(1);
    again.restore(restored.plan, restored.outcomes);
    ExperimentConfig resaved = reopened;
    resaved.results = sweepResults(*again.snapshot());
    EXPECT_EQ(resaved.toJson(), saved);
}

TEST(SweepResults, NoFinishedRunsMeansNoBlock) {
    app();
    SweepSession session(1);
    EXPECT_TRUE(sweepResults(*session.snapshot()).isEmpty());
    EXPECT_TRUE(restoredSweep(sweepConfig()).plan.empty());
    // A file without results is written as before: no "results" key at all.
    EXPECT_FALSE(sweepConfig().toJson().contains("results"));
}

// The saved block with one edit, as a file would hold it.
ExperimentConfig edited(const std::function<void(QJsonObject&)>& edit) {
    app();
    SweepSession session(1);
    ExperimentConfig c = sweepConfig();
    QJsonObject block = sweepResults(*finishedSweep(session, c)).value("batch_sweep").toObject();
    edit(block);
    c.results = QJsonObject{{"batch_sweep", block}};
    return ExperimentConfig::fromJson(c.toJson());
}

void setRunField(QJsonObject& block, int i, const QString& key, const QJsonValue& value) {
    QJsonArray runs = block.value("runs").toArray();
    QJsonObject r = runs[i].toObject();
    if (value.isUndefined())
        r.remove(key);
    else
        r.insert(key, value);
    runs[i] = r;
    block.insert("runs", runs);
}

std::string problemOf(const ExperimentConfig& c) {
    try {
        (void)restoredSweep(c);
    } catch (const ConfigError& e) {
        return e.errors().join(' ').toStdString();
    }
    return "accepted";
}

TEST(SweepResults, ABadBlockIsRefusedNamingTheField) {
    EXPECT_EQ(problemOf(edited([](QJsonObject& b) { setRunField(b, 1, "epochs", "many"); })),
              "results.batch_sweep.runs[1].epochs: expected a number");
    EXPECT_EQ(problemOf(edited([](QJsonObject& b) { setRunField(b, 0, "curve", QJsonValue(QJsonValue::Undefined)); })),
              "results.batch_sweep.runs[0].curve: missing");
    EXPECT_EQ(problemOf(edited([](QJsonObject& b) { setRunField(b, 2, "batch_size", 2.5); })),
              "results.batch_sweep.runs[2].batch_size: expected a whole number of at least 1");
    EXPECT_EQ(problemOf(edited([](QJsonObject& b) { setRunField(b, 0, "lr_rule", "cubic"); })),
              "results.batch_sweep.runs[0].lr_rule: expected constant, linear or sqrt");
    EXPECT_EQ(problemOf(edited([](QJsonObject& b) {
                  setRunField(b, 1, "curve", QJsonArray{QJsonArray{1, 2, 3}});
              })),
              "results.batch_sweep.runs[1].curve[0]: expected 8 numbers");
    EXPECT_EQ(problemOf(edited([](QJsonObject& b) { b.insert("runs", 7); })),
              "results.batch_sweep.runs: expected a list");
    EXPECT_EQ(problemOf(edited([](QJsonObject& b) {
                  b.insert("curve_columns", QJsonArray{"epoch"});
              })).rfind("results.batch_sweep.curve_columns: expected epoch, updates", 0),
              0u);
    // The whole block of the wrong type.
    ExperimentConfig c = sweepConfig();
    c.results = QJsonObject{{"batch_sweep", 3}};
    EXPECT_EQ(problemOf(ExperimentConfig::fromJson(c.toJson())),
              "results.batch_sweep: expected an object");
    // "results" itself must be an object: the file is refused, as for "view".
    QByteArray json = sweepConfig().toJson();
    json.replace("\n}\n", ",\n    \"results\": 4\n}\n");
    EXPECT_THROW((void)ExperimentConfig::fromJson(json), ConfigError);
}

}  // namespace
}  // namespace normlab::session
