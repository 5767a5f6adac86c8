// normlab-cli as a user runs it: a separate process, exit codes and stderr.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "cli_test_util.h"
#include "config_test_util.h"
#include "session/experiment_config.h"

namespace normlab::session {
namespace {

using test::CliResult;
using test::expectOneLineError;
using test::runCli;

TEST(Cli, ListShowsPresetsWithKindAndDescription) {
    const CliResult r = runCli({"list"});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), listPresets().size());
    bool found = false;
    for (const QString& line : lines) {
        if (!line.startsWith("bn-paper ")) continue;
        found = true;
        EXPECT_TRUE(line.contains("bn-twin"));
        EXPECT_TRUE(line.contains(loadPreset("bn-paper").description));
    }
    EXPECT_TRUE(found) << r.out.toStdString();
}

TEST(Cli, HelpPrintsUsage) {
    const CliResult r = runCli({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("normlab-cli run PRESET_OR_FILE --out DIR"));
}

TEST(Cli, FieldsListsTheSchema) {
    const CliResult r = runCli({"fields", "batch-sweep"});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("2,4,8,16,32,64,128,256,512,1024"));
    EXPECT_TRUE(r.out.contains("constant (lr = base_lr), linear (base_lr * B), sqrt (base_lr * sqrt(B))"));
}

TEST(Cli, DryRunWritesAConfigThatReloadsEqual) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run1");
    const CliResult r =
        runCli({"run", "bn-paper", "--out", out, "--dry-run", "--steps", "400", "--seed", "7",
                "--set", "activation=tanh", "--set", "init_std=0.1"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ExperimentConfig expected = loadPreset("bn-paper");
    for (const char* o : {"steps=400", "seed=7", "activation=tanh", "init_std=0.1"})
        expected.applyOverride(o);
    const ExperimentConfig written = ExperimentConfig::fromFile(QDir(out).filePath("config.json"));
    EXPECT_TRUE(written == expected);
    QFile file(QDir(out).filePath("config.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), expected.toJson());
}

TEST(Cli, RunAcceptsAJsonFile) {
    QTemporaryDir dir;
    const QString out = dir.filePath("run2");
    const QString source = dir.filePath("mine.json");
    ExperimentConfig config = ExperimentConfig::defaults("feature-scaling");
    config.applyOverride("correlation=0.8");
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(config.toJson());
    file.close();
    const CliResult r = runCli({"run", source, "--out", out, "--dry-run"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(ExperimentConfig::fromFile(QDir(out).filePath("config.json")) == config);
}

TEST(Cli, BadInputExitsTwoWithOneLine) {
    QTemporaryDir dir;
    const QString out = dir.filePath("bad");
    const QString file = dir.filePath("file");
    QFile(file).open(QIODevice::WriteOnly);
    const QString malformed = dir.filePath("malformed.json");
    {
        QFile f(malformed);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": ");
    }
    struct Case {
        QStringList args;
        QString expected;
    };
    const QList<Case> cases{
        {{}, "no command given"},
        {{"launch"}, "unknown command \"launch\""},
        {{"run", "bn-paper"}, "run needs --out DIR"},
        {{"run", "--out", out}, "run needs exactly one PRESET_OR_FILE"},
        {{"run", "bn-paper", "--out"}, "option --out needs a value"},
        {{"run", "bn-paper", "--out", out, "--frobnicate"}, "unknown option --frobnicate"},
        {{"run", "bn-papr", "--out", out},
         "unknown preset \"bn-papr\" (did you mean \"bn-paper\"?)"},
        {{"run", "bn-paper", "--out", out, "--set", "lr"}, "expected key=value"},
        {{"run", "bn-paper", "--out", out, "--set", "lr=20"},
         "--set lr=20: field \"lr\": 20 is out of range [1e-05, 10]"},
        {{"run", "bn-paper", "--out", out, "--set", "widht=10"}, "did you mean \"width\"?"},
        // The engine needs tolerance below 1; the schema says so, no silent clamp.
        {{"run", "feature-scaling", "--out", out, "--set", "tolerance=1"},
         "field \"tolerance\": 1 is out of range [1e-12, 0.999]"},
        {{"run", "bn-paper", "--out", out, "--set", "activation=softmax"},
         "\"softmax\" is not one of sigmoid, tanh, relu"},
        {{"run", "bn-paper", "--out", out, "--steps", "-5"}, "--steps: field \"steps\""},
        {{"run", "bn-paper", "--out", out, "--seed", "abc"}, "\"abc\" is not an int"},
        {{"run", "batch-sweep", "--out", out, "--steps", "10"},
         "unknown field \"steps\" for kind batch-sweep"},
        {{"run", "bn-paper", "--out", out, "--set", "dataset=csv"},
         "field \"data_path\": required when dataset is \"csv\""},
        {{"run", dir.filePath("none.json"), "--out", out}, "no such file"},
        {{"run", malformed, "--out", out}, "malformed JSON at line 1"},
        {{"run", "bn-paper", "--out", file, "--dry-run"}, "exists and is not a folder"},
        {{"fields", "bn"}, "unknown experiment kind \"bn\""},
        {{"list", "extra"}, "list takes no arguments"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.args.join(' ').toStdString());
        expectOneLineError(runCli(c.args), 2, c.expected);
    }
    EXPECT_FALSE(QFileInfo::exists(out));
}

}  // namespace
}  // namespace normlab::session
