// normlab-cli run for the batch-sweep and init-sweep kinds, on a small synthetic set.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "cli_test_util.h"

namespace normlab::session {
namespace {

using test::readLines;
using test::runCli;
using test::set;

// 400 moons: 320 training rows, 80 test rows.
const QStringList kSmallData{"dataset=moons", "train_samples=400", "width=16"};
// One seed, one epoch, linear lr 0.001 instead of the batch-sweep preset's lesson.
const QStringList kSmallBatchData =
    kSmallData + QStringList{"seeds=1", "epochs=1", "lr_rule=linear", "base_lr=0.001",
                             "evals_per_epoch=10"};
const QStringList kSmallSweep =
    kSmallBatchData +
    QStringList{"batch_sizes=4,16,64", "seeds=2", "epochs=2", "evals_per_epoch=2", "base_lr=0.005"};

TEST(BatchSweepCli, WritesOneRowPerRunAndItsCurve) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(QStringList{"run", "batch-sweep", "--out", out} + set(kSmallSweep));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("[6/6]")) << r.err.toStdString();

    const QStringList sweep = readLines(out + "/sweep.csv");
    ASSERT_EQ(sweep.size(), 1 + 3 * 2);
    EXPECT_EQ(sweep[0],
              "batch_size,lr_rule,lr,bn,seed,epochs,updates,final_train_accuracy,"
              "final_test_accuracy,final_test_loss,wall_seconds,diverged");
    EXPECT_TRUE(sweep[1].startsWith("4,linear,0.02,false,1,2,160,")) << sweep[1].toStdString();
    EXPECT_TRUE(sweep[2].startsWith("4,linear,0.02,false,2,2,160,")) << sweep[2].toStdString();
    EXPECT_TRUE(sweep[6].startsWith("64,linear,0.32,false,2,")) << sweep[6].toStdString();

    const QStringList curves = readLines(out + "/curves.csv");
    EXPECT_TRUE(curves[0].startsWith("batch_size,lr_rule,bn,seed,epoch,updates,test_accuracy"));
    // Per run: the start and evals_per_epoch points per epoch.
    ASSERT_EQ(curves.size(), 1 + 6 * (1 + 2 * 2));
    EXPECT_TRUE(curves[1].startsWith("4,linear,false,1,0,0,"));
    EXPECT_TRUE(curves[5].startsWith("4,linear,false,1,2,160,"));
    EXPECT_TRUE(QFile::exists(out + "/config.json"));
}

TEST(BatchSweepCli, BatchNormAddsTheTrainModeColumn) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(QStringList{"run", "batch-sweep", "--out", out} +
                          set(kSmallBatchData + QStringList{"batch_sizes=2,32", "bn=true",
                                                       "lr_rule=sqrt", "base_lr=0.05"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList sweep = readLines(out + "/sweep.csv");
    ASSERT_EQ(sweep.size(), 3);
    EXPECT_TRUE(sweep[0].endsWith(",wall_seconds,test_accuracy_bn_train_mode,diverged"));
    EXPECT_TRUE(sweep[1].startsWith("2,sqrt,")) << sweep[1].toStdString();
    EXPECT_TRUE(sweep[2].contains(",true,1,")) << sweep[2].toStdString();  // bn, seed
    const double trainMode = sweep[1].section(',', 11, 11).toDouble();
    EXPECT_GE(trainMode, 0.0);
    EXPECT_LE(trainMode, 1.0);
}

TEST(BatchSweepCli, BudgetInExamplesGivesEveryBatchSizeTheSameData) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(QStringList{"run", "batch-sweep", "--out", out} +
                          set(kSmallBatchData + QStringList{"batch_sizes=4,16,64", "examples=640"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList sweep = readLines(out + "/sweep.csv");
    ASSERT_EQ(sweep.size(), 4);
    for (int i = 1; i <= 3; ++i) EXPECT_EQ(sweep[i].section(',', 5, 5), "2");  // epochs
    EXPECT_EQ(sweep[1].section(',', 6, 6), "160");                             // updates
    EXPECT_EQ(sweep[2].section(',', 6, 6), "40");
    EXPECT_EQ(sweep[3].section(',', 6, 6), "10");
}

// Everything but the wall_seconds column (11th) and the learning curves' times.
QStringList withoutTimes(const QStringList& rows, int column) {
    QStringList result;
    for (const QString& row : rows) {
        QStringList fields = row.split(',');
        fields.removeAt(column);
        result << fields.join(',');
    }
    return result;
}

TEST(BatchSweepCli, SameNumbersWithOneOrTwoWorkers) {
    QTemporaryDir dir;
    QList<QStringList> sweeps, curves;
    for (const char* workers : {"workers=1", "workers=2"}) {
        const QString out = dir.filePath(workers);
        const auto r = runCli(QStringList{"run", "batch-sweep", "--out", out} +
                              set(kSmallSweep + QStringList{workers}));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        sweeps << withoutTimes(readLines(out + "/sweep.csv"), 10);
        curves << withoutTimes(readLines(out + "/curves.csv"), 10);
    }
    EXPECT_EQ(sweeps[0], sweeps[1]);
    EXPECT_EQ(curves[0], curves[1]);
}

TEST(InitSweepCli, WritesBothModelsPerStdAndSeed) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(
        QStringList{"run", "init-sweep", "--out", out, "--steps", "30"} +
        set(kSmallData + QStringList{"init_stds=0.01,1", "seeds=2", "depth=2", "batch_size=16"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList rows = readLines(out + "/init_sweep.csv");
    ASSERT_EQ(rows.size(), 1 + 2 * 2 * 2);
    EXPECT_EQ(rows[0], "init_std,model,seed,final_test_accuracy,diverged");
    EXPECT_TRUE(rows[1].startsWith("0.01,bn,1,"));
    EXPECT_TRUE(rows[2].startsWith("0.01,plain,1,"));
    EXPECT_TRUE(rows[3].startsWith("0.01,bn,2,"));
    EXPECT_TRUE(rows[8].startsWith("1,plain,2,"));
    for (const QString& row : rows.mid(1)) {
        const double accuracy = row.section(',', 3, 3).toDouble();
        EXPECT_GE(accuracy, 0.3) << row.toStdString();
        EXPECT_LE(accuracy, 1.0) << row.toStdString();
    }
}

TEST(BatchSweepCli, LrGridFillsOneMapCellPerBatchSizeAndRate) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const auto r = runCli(QStringList{"run", "batch-sweep", "--out", out} +
                          set(kSmallBatchData + QStringList{"batch_sizes=4,64", "seeds=2",
                                                            "lr_grid=0.01,0.1,10"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(readLines(out + "/sweep.csv").size(), 1 + 2 * 3 * 2);
    const QStringList map = readLines(out + "/lr_map.csv");
    ASSERT_EQ(map.size(), 1 + 2 * 3);
    EXPECT_TRUE(map[0].startsWith("batch_size,lr,bn,epochs,examples,runs,trained_runs,"
                                  "diverged_runs"));
    EXPECT_TRUE(map[1].startsWith("4,0.01,false,1,0,2,")) << map[1].toStdString();
    // lr 10 blows up: counted as diverged, never averaged into an accuracy.
    EXPECT_TRUE(map[3].startsWith("4,10,false,1,0,2,0,2,")) << map[3].toStdString();
    EXPECT_TRUE(map[3].endsWith(",false")) << map[3].toStdString();
    // Exactly one best cell per batch size.
    EXPECT_EQ(map.filter(QRegularExpression("^4,.*,true$")).size(), 1);
    EXPECT_EQ(map.filter(QRegularExpression("^64,.*,true$")).size(), 1);
    // The map's rows agree with the runs of sweep.csv.
    const QStringList sweep = readLines(out + "/sweep.csv");
    const double a = sweep[1].section(',', 8, 8).toDouble();
    const double b = sweep[2].section(',', 8, 8).toDouble();
    EXPECT_NEAR(map[1].section(',', 9, 9).toDouble(), (a + b) / 2, 1e-9);
}

TEST(BatchSweepCli, BatchLargerThanTheDataIsAOneLineError) {
    QTemporaryDir dir;
    const auto r = runCli(QStringList{"run", "batch-sweep", "--out", dir.filePath("run")} +
                          set(kSmallData + QStringList{"batch_sizes=8,1024"}));
    test::expectOneLineError(r, 1, "batch_size: 1024");
}

}  // namespace
}  // namespace normlab::session
