// Outputs are never lost or mixed: a used --out is refused unless --force,
// and Ctrl+C stops after a step, keeps what was computed and says so.
#include <gtest/gtest.h>
#include <signal.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "cli_test_util.h"
#include "session/experiment_config.h"

namespace normlab::session {
namespace {

using test::CliResult;
using test::expectOneLineError;
using test::readLines;
using test::runCli;
using test::set;

const QStringList kQuickTwin{"dataset=moons", "train_samples=200", "depth=1", "width=8",
                             "eval_interval=5"};

QString runStatus(const QString& outDir) {
    QFile f(QDir(outDir).filePath("config.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    const qsizetype at = json.indexOf("\"run_status\": \"");
    if (at < 0) return {};
    const qsizetype start = at + 15;
    return QString::fromUtf8(json.mid(start, json.indexOf('"', start) - start));
}

TEST(OutputFolderCli, AUsedFolderIsRefusedUnlessForced) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    const QStringList first = QStringList{"run", "bn-paper", "--out", out, "--steps", "10"} +
                              set(kQuickTwin);
    ASSERT_EQ(runCli(first).exitCode, 0);
    EXPECT_EQ(runStatus(out), "complete");
    QFile stale(QDir(out).filePath("landscape.csv"));  // as an earlier run with probes wrote
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.close();

    const QStringList second = QStringList{"run", "bn-paper", "--out", out, "--steps", "5"} +
                               set(kQuickTwin);
    expectOneLineError(runCli(second), 2, "is not empty");
    EXPECT_EQ(readLines(out + "/metrics.csv").last().section(',', 0, 0), "10");  // untouched

    const CliResult forced = runCli(second + QStringList{"--force"});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_EQ(readLines(out + "/metrics.csv").last().section(',', 0, 0), "5");
    EXPECT_FALSE(QFile::exists(out + "/landscape.csv"));  // nothing of the old run is mixed in

    // A folder that is not a run's is never emptied, even with --force.
    const QString other = dir.filePath("photos");
    QDir().mkpath(other);
    QFile keep(other + "/holiday.csv");
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.close();
    expectOneLineError(runCli({"run", "bn-paper", "--out", other, "--force", "--dry-run"}), 2,
                       "holds no earlier run");
    EXPECT_TRUE(QFile::exists(other + "/holiday.csv"));
}

TEST(OutputFolderCli, InterruptFinishesTheStepWritesAndExits130) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run");
    QProcess process;
    process.start(QStringLiteral(NORMLAB_CLI_PATH),
                  QStringList{"run", "bn-paper", "--out", out, "--steps", "10000000"} +
                      set(kQuickTwin));
    ASSERT_TRUE(process.waitForStarted());
    process.setReadChannel(QProcess::StandardError);
    // Wait until training is under way: the first progress line.
    QByteArray err;
    while (!err.contains("[5/")) {
        ASSERT_TRUE(process.waitForReadyRead(30000)) << err.toStdString();
        err += process.readAllStandardError();
    }
    ASSERT_EQ(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
    ASSERT_TRUE(process.waitForFinished(30000));
    err += process.readAllStandardError();
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 130) << err.toStdString();
    EXPECT_TRUE(err.contains("interrupted")) << err.toStdString();
    EXPECT_EQ(runStatus(out), "interrupted");
    // Every line is whole, and the last step's rows were written.
    QFile metrics(out + "/metrics.csv");
    ASSERT_TRUE(metrics.open(QIODevice::ReadOnly));
    const QByteArray text = metrics.readAll();
    EXPECT_TRUE(text.endsWith('\n'));
    const QStringList lines = QString::fromUtf8(text).split('\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    for (const QString& line : lines) EXPECT_EQ(line.count(','), 6) << line.toStdString();
    EXPECT_EQ(lines.last().section(',', 0, 0), lines[lines.size() - 2].section(',', 0, 0));
    // The interrupted run's config still reads back as the experiment it ran.
    EXPECT_NO_THROW((void)ExperimentConfig::fromFile(out + "/config.json"));
}

}  // namespace
}  // namespace normlab::session
