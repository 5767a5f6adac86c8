#include "session/sweep_results.h"

#include <QJsonArray>
#include <cmath>
#include <limits>

#include "session/batch_sweep_plan.h"

namespace normlab::session {

namespace {

const QString kBatchBlock = QStringLiteral("batch_sweep");
const QString kInitBlock = QStringLiteral("init_sweep");
const QStringList kCurveColumns{"epoch",         "updates",   "examples_seen",  "wall_seconds",
                                "test_accuracy", "test_loss", "train_accuracy", "train_loss"};
const QStringList kGapColumns{"layer", "mean_gap", "std_gap"};

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

QJsonArray shapeJson(const core::Shape& s) { return {s.channels, s.height, s.width}; }

QJsonObject runJson(const BatchSweepRun& run, const core::BatchSizeResult& r) {
    QJsonArray curve;
    for (const core::BatchSizeCurvePoint& q : r.curve)
        curve.append(QJsonArray{q.epoch, qint64(q.updates), qint64(q.examplesSeen),
                                q.wallSeconds, number(q.testAccuracy), number(q.testLoss),
                                number(q.trainAccuracy), number(q.trainLoss)});
    QJsonArray gaps;
    for (const core::RunningStatGap& g : r.runningGap)
        gaps.append(QJsonArray{g.layer, number(g.meanGap), number(g.stdGap)});
    const BatchSweepPoint& p = run.point;
    return {{"batch_size", p.batchSize},
            {"lr_rule", QString::fromStdString(core::toString(p.lrRule))},
            {"bn", p.batchNorm},
            {"seed", qint64(p.seed)},
            {"base_lr", p.baseLr},
            {"learning_rate", r.learningRate},
            {"updates", qint64(r.updates)},
            {"examples_seen", qint64(r.examplesSeen)},
            {"epochs", r.epochs},
            {"wall_seconds", r.wallSeconds},
            {"eval_seconds", r.evalSeconds},
            {"final_train_accuracy", number(r.finalTrainAccuracy)},
            {"final_test_accuracy", number(r.finalTestAccuracy)},
            {"final_test_loss", number(r.finalTestLoss)},
            {"final_train_loss", number(r.finalTrainLoss)},
            {"test_accuracy_bn_train_mode", number(r.testAccuracyBnTrainMode)},
            {"test_loss_bn_train_mode", number(r.testLossBnTrainMode)},
            {"diverged", r.diverged},
            {"divergence", QString::fromStdString(r.divergence)},
            {"reached_target", r.reachedTarget},
            {"running_gap", gaps},
            {"curve", curve}};
}

QJsonObject initPointJson(const core::InitSweepResult& r) {
    return {{"init_std", r.initStd},
            {"seed", qint64(r.seed)},
            {"steps", qint64(r.steps)},
            {"bn_test_accuracy", number(r.bnTestAccuracy)},
            {"plain_test_accuracy", number(r.plainTestAccuracy)},
            {"bn_diverged", r.bnDiverged},
            {"plain_diverged", r.plainDiverged},
            {"wall_seconds", r.wallSeconds}};
}

// Reads one block field by field; every problem names its path.
class Reader {
  public:
    explicit Reader(QString path) : path_(std::move(path)) {}

    [[noreturn]] void fail(const QString& field, const QString& problem) const {
        throw ConfigError(QStringLiteral("%1%2: %3")
                              .arg(path_, field.isEmpty() ? QString() : QLatin1Char('.') + field,
                                   problem));
    }
    QJsonValue member(const QJsonObject& o, const QString& key) const {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) fail(key, QStringLiteral("missing"));
        return v;
    }
    // A finite number, or NaN for null when `missingOk`.
    double real(const QJsonValue& v, const QString& field, bool missingOk) const {
        if (missingOk && v.isNull()) return std::numeric_limits<double>::quiet_NaN();
        if (!v.isDouble()) fail(field, QStringLiteral("expected a number"));
        return v.toDouble();
    }
    double real(const QJsonObject& o, const QString& key, bool missingOk = false) const {
        return real(member(o, key), key, missingOk);
    }
    qint64 integer(const QJsonValue& v, const QString& field, double low) const {
        const double d = real(v, field, false);
        if (d != std::floor(d) || d < low || d > 9.007199254740992e15)
            fail(field, QStringLiteral("expected a whole number of at least %1").arg(low));
        return v.toInteger();
    }
    qint64 integer(const QJsonObject& o, const QString& key, double low) const {
        return integer(member(o, key), key, low);
    }
    bool boolean(const QJsonObject& o, const QString& key) const {
        const QJsonValue v = member(o, key);
        if (!v.isBool()) fail(key, QStringLiteral("expected true or false"));
        return v.toBool();
    }
    QString text(const QJsonObject& o, const QString& key) const {
        const QJsonValue v = member(o, key);
        if (!v.isString()) fail(key, QStringLiteral("expected a string"));
        return v.toString();
    }
    QJsonArray array(const QJsonObject& o, const QString& key) const {
        const QJsonValue v = member(o, key);
        if (!v.isArray()) fail(key, QStringLiteral("expected a list"));
        return v.toArray();
    }
    // Row `i` of a table of `columns` numbers.
    QJsonArray row(const QJsonArray& table, const QString& key, qsizetype i,
                   qsizetype columns) const {
        const QJsonValue v = table.at(i);
        if (!v.isArray() || v.toArray().size() != columns)
            fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                 QStringLiteral("expected %1 numbers").arg(columns));
        return v.toArray();
    }
    Reader at(const QString& field) const { return Reader(path_ + QLatin1Char('.') + field); }

  private:
    QString path_;
};

std::pair<BatchSweepPoint, core::BatchSizeResult> readRun(const Reader& in, const QJsonObject& o) {
    BatchSweepPoint p;
    p.batchSize = static_cast<int>(in.integer(o, "batch_size", 1));
    try {
        p.lrRule = core::fromName<core::LearningRateRule>(in.text(o, "lr_rule").toStdString());
    } catch (const std::invalid_argument&) {
        in.fail("lr_rule", QStringLiteral("expected constant, linear or sqrt"));
    }
    p.batchNorm = in.boolean(o, "bn");
    p.seed = static_cast<std::uint64_t>(in.integer(o, "seed", 0));
    p.baseLr = in.real(o, "base_lr");

    core::BatchSizeResult r;
    r.learningRate = in.real(o, "learning_rate");
    r.updates = in.integer(o, "updates", 0);
    r.examplesSeen = in.integer(o, "examples_seen", 0);
    r.epochs = in.real(o, "epochs");
    r.wallSeconds = in.real(o, "wall_seconds");
    r.evalSeconds = in.real(o, "eval_seconds");
    r.finalTrainAccuracy = in.real(o, "final_train_accuracy", true);
    r.finalTestAccuracy = in.real(o, "final_test_accuracy", true);
    r.finalTestLoss = in.real(o, "final_test_loss", true);
    r.finalTrainLoss = in.real(o, "final_train_loss", true);
    r.testAccuracyBnTrainMode = in.real(o, "test_accuracy_bn_train_mode", true);
    r.testLossBnTrainMode = in.real(o, "test_loss_bn_train_mode", true);
    r.diverged = in.boolean(o, "diverged");
    r.divergence = in.text(o, "divergence").toStdString();
    r.reachedTarget = in.boolean(o, "reached_target");
    const QJsonArray gaps = in.array(o, "running_gap");
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        const QJsonArray g = in.row(gaps, "running_gap", i, kGapColumns.size());
        const QString at = QStringLiteral("running_gap[%1]").arg(i);
        r.runningGap.push_back({static_cast<int>(in.integer(g[0], at, 1)),
                                in.real(g[1], at, true), in.real(g[2], at, true)});
    }
    const QJsonArray curve = in.array(o, "curve");
    for (qsizetype i = 0; i < curve.size(); ++i) {
        const QJsonArray q = in.row(curve, "curve", i, kCurveColumns.size());
        const QString at = QStringLiteral("curve[%1]").arg(i);
        core::BatchSizeCurvePoint c;
        c.epoch = in.real(q[0], at, false);
        c.updates = in.integer(q[1], at, 0);
        c.examplesSeen = in.integer(q[2], at, 0);
        c.wallSeconds = in.real(q[3], at, false);
        c.testAccuracy = in.real(q[4], at, true);
        c.testLoss = in.real(q[5], at, true);
        c.trainAccuracy = in.real(q[6], at, true);
        c.trainLoss = in.real(q[7], at, true);
        r.curve.push_back(c);
    }
    return {p, std::move(r)};
}

core::InitSweepResult readInitPoint(const Reader& in, const QJsonObject& o) {
    core::InitSweepResult r;
    r.initStd = in.real(o, "init_std");
    if (!(r.initStd > 0)) in.fail("init_std", QStringLiteral("expected a positive number"));
    r.seed = static_cast<std::uint64_t>(in.integer(o, "seed", 0));
    r.steps = in.integer(o, "steps", 0);
    r.bnTestAccuracy = in.real(o, "bn_test_accuracy", true);
    r.plainTestAccuracy = in.real(o, "plain_test_accuracy", true);
    r.bnDiverged = in.boolean(o, "bn_diverged");
    r.plainDiverged = in.boolean(o, "plain_diverged");
    r.wallSeconds = in.real(o, "wall_seconds");
    return r;
}

QJsonObject batchSweepBlock(const SweepSnapshot& sweep) {
    QJsonArray runs;
    const core::BatchSizeResult* any = nullptr;
    for (int i = 0; i < sweep.size(); ++i) {
        const BatchSweepRun* run = sweep.batchRun(i);
        const core::BatchSizeResult* result = sweep.batchResult(i);
        if (!run || !result || sweep.points[static_cast<std::size_t>(i)].state !=
                                   SweepPointState::Finished)
            continue;
        runs.append(runJson(*run, *result));
        any = result;
    }
    if (!any) return {};
    const core::NetworkSpec& net = any->config.network;
    return {{"input", shapeJson(net.input)},
            {"classes", net.outputs},
            {"curve_columns", QJsonArray::fromStringList(kCurveColumns)},
            {"running_gap_columns", QJsonArray::fromStringList(kGapColumns)},
            {"runs", runs}};
}

QJsonObject initSweepBlock(const SweepSnapshot& sweep) {
    QJsonArray runs;
    for (int i = 0; i < sweep.size(); ++i)
        if (const core::InitSweepResult* r = sweep.initResult(i)) runs.append(initPointJson(*r));
    if (runs.isEmpty()) return {};
    return {{"runs", runs}};
}

// Calls `read` with each object of the block's "runs" and a reader naming it.
template <typename Read>
void forEachRun(const Reader& in, const QJsonObject& block, Read read) {
    const QJsonArray runs = in.array(block, "runs");
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Reader at = in.at(QStringLiteral("runs[%1]").arg(i));
        if (!runs[i].isObject()) at.fail({}, QStringLiteral("expected an object"));
        read(at, runs[i].toObject());
    }
}

void restoreBatchSweep(const Reader& in, const QJsonObject& block, const ExperimentConfig& config,
                       RestoredSweep& restored) {
    if (in.array(block, "curve_columns") != QJsonArray::fromStringList(kCurveColumns))
        in.fail("curve_columns", QStringLiteral("expected %1").arg(kCurveColumns.join(", ")));
    if (in.array(block, "running_gap_columns") != QJsonArray::fromStringList(kGapColumns))
        in.fail("running_gap_columns", QStringLiteral("expected %1").arg(kGapColumns.join(", ")));
    const QJsonArray input = in.array(block, "input");
    if (input.size() != 3) in.fail("input", QStringLiteral("expected channels, height, width"));
    core::Shape shape;
    shape.channels = static_cast<int>(in.integer(input[0], "input", 1));
    shape.height = static_cast<int>(in.integer(input[1], "input", 1));
    shape.width = static_cast<int>(in.integer(input[2], "input", 1));
    const int classes = static_cast<int>(in.integer(block, "classes", 1));
    const core::BatchSizeRunConfig base = batchSizeRunConfigFrom(config, shape, classes);
    forEachRun(in, block, [&](const Reader& at, const QJsonObject& o) {
        auto [point, result] = readRun(at, o);
        BatchSweepRun run = batchSweepRun(base, point);
        result.config = run.config;
        restored.plan.emplace_back(std::move(run));
        restored.outcomes.emplace_back(std::move(result));
    });
}

void restoreInitSweep(const Reader& in, const QJsonObject& block, RestoredSweep& restored) {
    forEachRun(in, block, [&](const Reader& at, const QJsonObject& o) {
        const core::InitSweepResult result = readInitPoint(at, o);
        restored.plan.emplace_back(InitSweepStdPoint{result.initStd, result.seed});
        restored.outcomes.emplace_back(result);
    });
}

}  // namespace

QJsonObject sweepResults(const SweepSnapshot& sweep) {
    QJsonObject results;
    if (const QJsonObject batch = batchSweepBlock(sweep); !batch.isEmpty())
        results.insert(kBatchBlock, batch);
    if (const QJsonObject init = initSweepBlock(sweep); !init.isEmpty())
        results.insert(kInitBlock, init);
    return results;
}

RestoredSweep restoredSweep(const ExperimentConfig& config) {
    RestoredSweep restored;
    const bool batch = config.kind == QLatin1String("batch-sweep");
    if (!batch && config.kind != QLatin1String("init-sweep")) return restored;
    const QString name = batch ? kBatchBlock : kInitBlock;
    const QJsonValue value = config.results.value(name);
    if (value.isUndefined()) return restored;
    const Reader in(QStringLiteral("results.") + name);
    if (!value.isObject()) in.fail({}, QStringLiteral("expected an object"));
    if (batch)
        restoreBatchSweep(in, value.toObject(), config, restored);
    else
        restoreInitSweep(in, value.toObject(), restored);
    return restored;
}

std::optional<RestoredSweep> restoredSweep(const ExperimentConfig& config, QString* problem) {
    try {
        return restoredSweep(config);
    } catch (const ConfigError& e) {
        if (problem) *problem = e.errors().join(QLatin1Char(' '));
        return std::nullopt;
    }
}

}  // namespace normlab::session
