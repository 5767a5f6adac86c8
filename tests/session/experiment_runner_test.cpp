#include "session/experiment_runner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "config_test_util.h"

namespace normlab::session {
namespace {

// Records what it was given and writes one file, as a real runner would.
class RecordingRunner : public ExperimentRunner {
  public:
    static inline int runs = 0;
    static inline QString lastOutDir;
    static inline int lastSteps = 0;

    void run(const ExperimentConfig& config, const QString& outDir,
             const ProgressCallback& progress) override {
        ++runs;
        lastOutDir = outDir;
        lastSteps = config.getInt("steps");
        progress({1, 2, "half"});
        progress({2, 2, "done"});
        QFile file(QDir(outDir).filePath("metrics.csv"));
        if (!file.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write");
        file.write("step\n");
    }
};

class RunnerRegistryTest : public ::testing::Test {
  protected:
    void TearDown() override { unregisterRunner("bn-twin"); }
};

TEST_F(RunnerRegistryTest, RegisteredFactoryIsFoundByKind) {
    EXPECT_FALSE(hasRunner("bn-twin"));
    EXPECT_EQ(createRunner("bn-twin"), nullptr);
    registerRunner("bn-twin", [] { return std::make_unique<RecordingRunner>(); });
    EXPECT_TRUE(hasRunner("bn-twin"));
    EXPECT_TRUE(registeredRunnerKinds().contains("bn-twin"));
    EXPECT_NE(createRunner("bn-twin"), nullptr);
    EXPECT_EQ(createRunner("batch-sweep"), nullptr);
}

TEST_F(RunnerRegistryTest, RunWritesConfigThenRunsWithProgress) {
    registerRunner("bn-twin", [] { return std::make_unique<RecordingRunner>(); });
    QTemporaryDir dir;
    const QString out = dir.filePath("nested/out");
    ExperimentConfig config = loadPreset("bn-paper");
    config.applyOverride("steps=300");
    QStringList messages;
    const int before = RecordingRunner::runs;
    runExperiment(config, out, [&](const Progress& p) { messages << p.message; });
    EXPECT_EQ(RecordingRunner::runs, before + 1);
    EXPECT_EQ(RecordingRunner::lastOutDir, out);
    EXPECT_EQ(RecordingRunner::lastSteps, 300);
    EXPECT_EQ(messages, (QStringList{"half", "done"}));
    EXPECT_TRUE(QFile::exists(QDir(out).filePath("metrics.csv")));
    EXPECT_TRUE(ExperimentConfig::fromFile(QDir(out).filePath("config.json")) == config);
}

TEST_F(RunnerRegistryTest, MissingRunnerFailsBeforeWritingAnything) {
    QTemporaryDir dir;
    const QString out = dir.filePath("out");
    try {
        runExperiment(loadPreset("bn-paper"), out, {});
        FAIL();
    } catch (const MissingRunnerError& e) {
        EXPECT_STREQ(e.what(),
                     "this build has no runner for experiment kind \"bn-twin\" "
                     "(nothing was written)");
    }
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(ResolvedConfig, UnwritableOutputIsAConfigError) {
    QTemporaryDir dir;
    const QString blocker = dir.filePath("file");
    QFile(blocker).open(QIODevice::WriteOnly);
    const ExperimentConfig config = ExperimentConfig::defaults("bn-twin");
    EXPECT_EQ(test::configErrorOf([&] { writeResolvedConfig(config, blocker); }),
              "output folder " + blocker + " exists and is not a folder");
    EXPECT_EQ(test::configErrorOf([&] { writeResolvedConfig(config, blocker + "/sub"); }),
              "cannot create output folder " + blocker + "/sub");
}

}  // namespace
}  // namespace normlab::session
