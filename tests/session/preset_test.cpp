// The bundled presets: every file loads and validates, and bn-paper is the
// Ioffe & Szegedy Fig. 1 set-up.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>

#include "config_test_util.h"
#include "session/experiment_config.h"
#include "session/resource_paths.h"

namespace normlab::session {
namespace {

QStringList presetFiles() {
    return QDir(presetDir()).entryList({"*.json"}, QDir::Files, QDir::Name);
}

TEST(Presets, EveryPresetFileLoadsAndValidates) {
    ASSERT_FALSE(presetDir().isEmpty());
    const QStringList files = presetFiles();
    ASSERT_GE(files.size(), 5);
    for (const QString& file : files) {
        const QString name = QFileInfo(file).completeBaseName();
        SCOPED_TRACE(name.toStdString());
        const ExperimentConfig c = loadPreset(name);
        EXPECT_NO_THROW(c.validate());
        EXPECT_EQ(c.name, name);
        EXPECT_FALSE(c.description.isEmpty());
        EXPECT_FALSE(c.description.contains('\n'));
        // The name inside the file agrees with the file name.
        EXPECT_EQ(ExperimentConfig::fromFile(QDir(presetDir()).filePath(file)).name, name);
    }
}

TEST(Presets, ListCoversEveryFileWithKindAndDescription) {
    const QList<PresetInfo> presets = listPresets();
    QStringList names;
    for (const PresetInfo& p : presets) {
        names << p.name;
        EXPECT_NE(schemaFor(p.kind), nullptr) << p.name.toStdString();
        EXPECT_FALSE(p.description.isEmpty());
    }
    QStringList fileNames;
    for (const QString& file : presetFiles()) fileNames << QFileInfo(file).completeBaseName();
    EXPECT_EQ(names, fileNames);
    for (const char* required :
         {"bn-paper", "bn-covariate-shift", "bn-noisy", "bn-cnn", "feature-scaling", "init-sweep", "batch-sweep",
          "same-loss"})
        EXPECT_TRUE(names.contains(required)) << required;
}

TEST(Presets, EveryKindHasAPreset) {
    QStringList kinds;
    for (const PresetInfo& p : listPresets()) kinds << p.kind;
    for (const QString& kind : experimentKinds())
        EXPECT_TRUE(kinds.contains(kind)) << kind.toStdString();
}

TEST(Presets, BnPaperIsTheFigureOneSetUp) {
    const ExperimentConfig c = loadPreset("bn-paper");
    EXPECT_EQ(c.kind, "bn-twin");
    EXPECT_EQ(c.getString("dataset"), "fashion-mnist");
    EXPECT_EQ(c.getString("model"), "mlp");
    EXPECT_EQ(c.getInt("depth"), 3);  // 784-100-100-100-10
    EXPECT_EQ(c.getInt("width"), 100);
    EXPECT_EQ(c.getString("activation"), "sigmoid");
    EXPECT_EQ(c.getInt("batch_size"), 60);
    EXPECT_EQ(c.getString("optimizer"), "sgd");
    EXPECT_DOUBLE_EQ(c.getDouble("lr"), 0.5);
    EXPECT_EQ(c.getString("init"), "gaussian");
    EXPECT_DOUBLE_EQ(c.getDouble("init_std"), 1.0);
    EXPECT_EQ(c.getString("bn_placement"), "before");
    EXPECT_GE(c.getInt("steps"), 2000);
    EXPECT_EQ(c.getInt("steps") % c.getInt("eval_interval"), 0);
}

TEST(Presets, BnCnnUsesImageDataAndAConvNet) {
    const ExperimentConfig c = loadPreset("bn-cnn");
    EXPECT_EQ(c.kind, "bn-twin");
    EXPECT_EQ(c.getString("model"), "cnn");
    EXPECT_EQ(c.getString("dataset"), "fashion-mnist");
}

TEST(Presets, UnknownPresetSuggestsAndListsKnownOnes) {
    const QString message = test::configErrorOf([] { loadPreset("bn-papr"); });
    EXPECT_TRUE(
        message.startsWith("unknown preset \"bn-papr\" (did you mean \"bn-paper\"?); "
                           "available: "))
        << message.toStdString();
    EXPECT_TRUE(message.contains("batch-sweep"));
}

TEST(Presets, ResolveTakesPresetNamesOrFilePaths) {
    EXPECT_EQ(resolveExperiment("bn-paper").name, "bn-paper");
    const QString path = QDir(presetDir()).filePath("init-sweep.json");
    EXPECT_TRUE(resolveExperiment(path) == loadPreset("init-sweep"));
    EXPECT_TRUE(
        test::configErrorOf([] { resolveExperiment("./missing.json"); }).contains("no such file"));
}

}  // namespace
}  // namespace normlab::session
