#include "session/experiment_config.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include "config_test_util.h"

namespace normlab::session {
namespace {

using test::bnTwinJson;
using test::configErrorOf;
using test::parseErrorOf;

TEST(ExperimentConfig, MissingParamsTakeSchemaDefaults) {
    const ExperimentConfig c = ExperimentConfig::fromJson(bnTwinJson(R"("lr": 0.1)"));
    EXPECT_EQ(c.kind, "bn-twin");
    EXPECT_DOUBLE_EQ(c.getDouble("lr"), 0.1);
    const ExperimentConfig d = ExperimentConfig::defaults("bn-twin");
    for (const FieldSpec& f : c.schema().fields)
        if (f.key != "lr") {
            EXPECT_EQ(c.value(f.key), d.value(f.key)) << f.key;
        }
}

TEST(ExperimentConfig, TypedGettersReadEachType) {
    const ExperimentConfig c = ExperimentConfig::fromJson(
        bnTwinJson(R"("depth": 5, "lr": 0.25, "activation": "tanh", "ics_probe": true,
                      "data_path": "/data/x")"));
    EXPECT_EQ(c.getInt("depth"), 5);
    EXPECT_DOUBLE_EQ(c.getDouble("depth"), 5.0);  // ints widen to double
    EXPECT_DOUBLE_EQ(c.getDouble("lr"), 0.25);
    EXPECT_EQ(c.getString("activation"), "tanh");
    EXPECT_EQ(c.getString("data_path"), "/data/x");
    EXPECT_TRUE(c.getBool("ics_probe"));
    const ExperimentConfig sweep = ExperimentConfig::defaults("init-sweep");
    EXPECT_EQ(sweep.getDoubleList("init_stds").front(), 0.001);
    EXPECT_EQ(ExperimentConfig::defaults("batch-sweep").getIntList("batch_sizes").back(), 1024);
}

TEST(ExperimentConfig, GettersRefuseKeysOutsideTheSchemaAndWrongTypes) {
    const ExperimentConfig c = ExperimentConfig::defaults("bn-twin");
    EXPECT_THROW((void)c.getInt("batch_sizes"), std::invalid_argument);
    EXPECT_THROW((void)c.getInt("lr"), std::invalid_argument);
    EXPECT_THROW((void)c.getBool("depth"), std::invalid_argument);
    EXPECT_THROW((void)c.getIntList("depth"), std::invalid_argument);
    EXPECT_THROW((void)c.value("nope"), std::invalid_argument);
    try {
        (void)c.getString("lr");
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_STREQ(e.what(), "field \"lr\" of kind bn-twin is a double, not a string");
    }
}

TEST(ExperimentConfig, RoundTripThroughJsonIsIdentical) {
    for (const QString& kind : experimentKinds()) {
        ExperimentConfig c = ExperimentConfig::defaults(kind);
        c.name = "round \"trip\"";
        c.description = "with, commas and ünïcode";
        if (c.has("lr")) c.setValue("lr", 0.1 + 0.2);  // not exactly representable in short form
        const QByteArray json = c.toJson();
        const ExperimentConfig back = ExperimentConfig::fromJson(json);
        EXPECT_TRUE(back == c) << kind.toStdString();
        EXPECT_EQ(back.toJson(), json) << kind.toStdString();
    }
}

TEST(ExperimentConfig, ToJsonWritesEveryFieldInSchemaOrder) {
    const ExperimentConfig c = ExperimentConfig::defaults("feature-scaling");
    const QString json = QString::fromUtf8(c.toJson());
    qsizetype previous = json.indexOf("\"params\"");
    ASSERT_GT(previous, 0);
    for (const FieldSpec& f : c.schema().fields) {
        const qsizetype at = json.indexOf("\"" + f.key + "\":");
        EXPECT_GT(at, previous) << f.key.toStdString();
        previous = at;
    }
    EXPECT_TRUE(json.startsWith("{\n    \"format\": \"normlab-experiment\",\n    \"version\": 1,"));
}

TEST(ExperimentConfigErrors, OutOfRangeNamesFieldAndRange) {
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("lr": 20)")),
              "test.json: field \"lr\": 20 is out of range [1e-05, 10]");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("depth": 11)")),
              "test.json: field \"depth\": 11 is out of range [1, 10]");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("bn_momentum": 0)")),
              "test.json: field \"bn_momentum\": 0 is out of range (0, 1]");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("batch_size": 1)")),
              "test.json: field \"batch_size\": 1 is out of range [2, 4096]");
    // Bounds are inclusive.
    EXPECT_NO_THROW(ExperimentConfig::fromJson(bnTwinJson(R"("lr": 10, "depth": 1)")));
}

TEST(ExperimentConfigErrors, WrongJsonTypesNameFieldAndExpectedType) {
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("depth": "3")")),
              "test.json: field \"depth\": expected an int, got a string (\"3\")");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("depth": 2.5)")),
              "test.json: field \"depth\": expected an int, got 2.5");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("lr": true)")),
              "test.json: field \"lr\": expected a number, got a bool (true)");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("ics_probe": 1)")),
              "test.json: field \"ics_probe\": expected a bool (true or false), got a number (1)");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("data_path": null)")),
              "test.json: field \"data_path\": expected a string, got null");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("activation": ["relu"])")),
              "test.json: field \"activation\": expected one of sigmoid, tanh, relu, got an array");
}

TEST(ExperimentConfigErrors, BadEnumValueListsAllowedValues) {
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("activation": "sigmod")")),
              "test.json: field \"activation\": \"sigmod\" is not one of sigmoid, tanh, relu "
              "(did you mean \"sigmoid\"?)");
}

TEST(ExperimentConfigErrors, ListElementsAreCheckedOneByOne) {
    const QByteArray head =
        R"({"format": "normlab-experiment", "version": 1, "kind": "batch-sweep", "params": )";
    EXPECT_EQ(parseErrorOf(head + R"({"batch_sizes": [2, 8, 5000]}})"),
              "test.json: field \"batch_sizes\": element 3: 5000 is out of range [1, 4096]");
    EXPECT_EQ(parseErrorOf(head + R"({"batch_sizes": [2, "x"]}})"),
              "test.json: field \"batch_sizes\": element 2: expected an int, got a string (\"x\")");
    EXPECT_EQ(parseErrorOf(head + R"({"batch_sizes": []}})"),
              "test.json: field \"batch_sizes\": needs at least 1 value(s)");
    EXPECT_EQ(parseErrorOf(head + R"({"batch_sizes": 16}})"),
              "test.json: field \"batch_sizes\": expected an array of ints, got a number (16)");
}

TEST(ExperimentConfigErrors, UnknownFieldsAreReportedWithSuggestions) {
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("learning_rate": 0.1, "widht": 10)")),
              "test.json: unknown field \"learning_rate\" for kind bn-twin; "
              "test.json: unknown field \"widht\" for kind bn-twin (did you mean \"width\"?)");
    const QString topLevel = parseErrorOf(
        R"({"format": "normlab-experiment", "version": 1, "kind": "bn-twin", "lr": 0.1,
            "paramz": {}})");
    EXPECT_TRUE(topLevel.contains("field \"lr\" belongs inside \"params\""))
        << topLevel.toStdString();
    EXPECT_TRUE(topLevel.contains("unknown field \"paramz\" (did you mean \"params\"?)"))
        << topLevel.toStdString();
}

TEST(ExperimentConfigErrors, EveryProblemIsListed) {
    try {
        ExperimentConfig::fromJson(bnTwinJson(R"("lr": 20, "depth": 0, "optimiser": "sgd")"));
        FAIL();
    } catch (const ConfigError& e) {
        EXPECT_EQ(e.errors().size(), 3);
    }
}

TEST(ExperimentConfigErrors, DocumentLevelProblems) {
    EXPECT_EQ(parseErrorOf(""), "test.json: file is empty");
    EXPECT_EQ(parseErrorOf("  \n "), "test.json: file is empty");
    EXPECT_EQ(parseErrorOf("[1, 2]"),
              "test.json: expected a JSON object at the top level, got an array");
    // Qt reports the offset just past the offending token.
    const QString malformed =
        parseErrorOf("{\n  \"format\": \"normlab-experiment\",\n  \"version\" 1\n}");
    EXPECT_TRUE(
        malformed.startsWith("test.json: malformed JSON at line 3, column 14 (offset 49): "))
        << malformed.toStdString();
    EXPECT_EQ(parseErrorOf(R"({"version": 1, "kind": "bn-twin"})"),
              "test.json: field \"format\": missing (expected \"normlab-experiment\")");
    EXPECT_EQ(parseErrorOf(R"({"format": "other", "version": 1, "kind": "bn-twin"})"),
              "test.json: field \"format\": expected \"normlab-experiment\", got a string "
              "(\"other\")");
    EXPECT_EQ(parseErrorOf(R"({"format": "normlab-experiment", "version": 2, "kind": "bn-twin"})"),
              "test.json: field \"version\": unsupported version 2 (this build reads version 1)");
    EXPECT_EQ(parseErrorOf(R"({"format": "normlab-experiment", "kind": "bn-twin"})"),
              "test.json: field \"version\": missing (expected 1)");
    EXPECT_EQ(parseErrorOf(R"({"format": "normlab-experiment", "version": 1, "kind": "bn-twim"})"),
              "test.json: field \"kind\": \"bn-twim\" is not one of feature-scaling, bn-twin, "
              "init-sweep, batch-sweep, same-loss, norm-vs-batch (did you mean \"bn-twin\"?)");
    EXPECT_EQ(
        parseErrorOf(
            R"({"format": "normlab-experiment", "version": 1, "kind": "bn-twin", "params": 3})"),
        "test.json: field \"params\": expected an object, got a number (3)");
}

TEST(ExperimentConfigErrors, CrossFieldRules) {
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("dataset": "csv")")),
              "test.json: field \"data_path\": required when dataset is \"csv\"");
    EXPECT_EQ(parseErrorOf(bnTwinJson(R"("dataset": "moons", "model": "cnn")")),
              "test.json: field \"model\": cnn needs image data (dataset fashion-mnist or idx), "
              "not \"moons\"");
    // Short runs still evaluate at their last step.
    EXPECT_NO_THROW(ExperimentConfig::fromJson(bnTwinJson(R"("steps": 50, "eval_interval": 100)")));
    ExperimentConfig sweep = ExperimentConfig::defaults("batch-sweep");
    sweep.applyOverride("batch_sizes=1,2,4");
    EXPECT_NO_THROW(sweep.validate());  // batch size 1 is fine without BN
    sweep.applyOverride("bn=true");
    EXPECT_TRUE(configErrorOf([&] { sweep.validate(); }).contains("batch size 1"));
}

TEST(ExperimentConfigFile, ReadsFilesAndReportsUnreadableOnes) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath("my-run.json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bnTwinJson(R"("width": 32)"));
    file.close();
    const ExperimentConfig c = ExperimentConfig::fromFile(path);
    EXPECT_EQ(c.getInt("width"), 32);
    EXPECT_EQ(c.name, "my-run");  // no name in the file: its base name

    EXPECT_EQ(configErrorOf([&] { ExperimentConfig::fromFile(dir.filePath("none.json")); }),
              "cannot read " + dir.filePath("none.json") + ": no such file");
    EXPECT_EQ(configErrorOf([&] { ExperimentConfig::fromFile(dir.path()); }),
              "cannot read " + dir.path() + ": it is a folder, not a file");
    const QString empty = dir.filePath("empty.json");
    QFile(empty).open(QIODevice::WriteOnly);
    EXPECT_EQ(configErrorOf([&] { ExperimentConfig::fromFile(empty); }), empty + ": file is empty");
}

TEST(ExperimentConfigOverride, ParsesByFieldType) {
    ExperimentConfig c = ExperimentConfig::defaults("bn-twin");
    c.applyOverride("depth=7");
    c.applyOverride("lr=1e-3");
    c.applyOverride("activation= relu ");
    c.applyOverride("ics_probe=yes");
    c.applyOverride("data_path=/tmp/a=b.csv");  // only the first '=' splits
    c.applyOverride(" steps = 2e3");
    EXPECT_EQ(c.getInt("depth"), 7);
    EXPECT_DOUBLE_EQ(c.getDouble("lr"), 1e-3);
    EXPECT_EQ(c.getString("activation"), "relu");
    EXPECT_TRUE(c.getBool("ics_probe"));
    EXPECT_EQ(c.getString("data_path"), "/tmp/a=b.csv");
    EXPECT_EQ(c.getInt("steps"), 2000);

    ExperimentConfig sweep = ExperimentConfig::defaults("batch-sweep");
    sweep.applyOverride("batch_sizes=[16, 1024]");
    EXPECT_EQ(sweep.getIntList("batch_sizes"), (QList<int>{16, 1024}));
    sweep.applyOverride("batch_sizes=8");
    EXPECT_EQ(sweep.getIntList("batch_sizes"), (QList<int>{8}));
    ExperimentConfig init = ExperimentConfig::defaults("init-sweep");
    init.applyOverride("init_stds=0.01,1,10");
    EXPECT_EQ(init.getDoubleList("init_stds"), (QList<double>{0.01, 1, 10}));
}

TEST(ExperimentConfigOverride, ValueTextRoundTripsThroughOverride) {
    for (const QString& kind : experimentKinds()) {
        const ExperimentConfig defaults = ExperimentConfig::defaults(kind);
        ExperimentConfig copy = defaults;
        for (const FieldSpec& f : defaults.schema().fields)
            copy.applyOverride(f.key + "=" + defaults.valueText(f.key));
        EXPECT_TRUE(copy == defaults) << kind.toStdString();
    }
    EXPECT_EQ(ExperimentConfig::defaults("batch-sweep").valueText("batch_sizes"),
              "2,4,8,16,32,64,128,256,512,1024");
}

TEST(ExperimentConfigOverride, BadOverridesNameTheField) {
    ExperimentConfig c = ExperimentConfig::defaults("bn-twin");
    const ExperimentConfig before = c;
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("lr"); }), "override \"lr\": expected key=value");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("=3"); }), "override \"=3\": expected key=value");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("lr=20"); }),
              "field \"lr\": 20 is out of range [1e-05, 10]");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("lr=fast"); }),
              "field \"lr\": \"fast\" is not a number");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("depth=2.5"); }),
              "field \"depth\": expected an int, got 2.5");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("depth=three"); }),
              "field \"depth\": \"three\" is not an int");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("ics_probe=maybe"); }),
              "field \"ics_probe\": \"maybe\" is not a bool (true or false)");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("lr=nan"); }),
              "field \"lr\": nan is not a finite number");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("optimiser=adam"); }),
              "unknown field \"optimiser\" for kind bn-twin (did you mean \"optimizer\"?)");
    EXPECT_EQ(configErrorOf([&] { c.applyOverride("init=uniform"); }),
              "field \"init\": \"uniform\" is not one of gaussian, xavier, he");
    ExperimentConfig sweep = ExperimentConfig::defaults("batch-sweep");
    EXPECT_EQ(configErrorOf([&] { sweep.applyOverride("batch_sizes=2,x"); }),
              "field \"batch_sizes\": \"2,x\" is not a comma-separated list of ints");
    EXPECT_EQ(configErrorOf([&] { sweep.applyOverride("batch_sizes="); }),
              "field \"batch_sizes\": needs at least 1 value(s)");
    EXPECT_TRUE(c == before);  // failed overrides change nothing
}

TEST(ExperimentConfig, ViewStateRoundTripsAndIsWrittenOnlyWhenSet) {
    ExperimentConfig config = ExperimentConfig::defaults("feature-scaling");
    const QByteArray plain = config.toJson();
    EXPECT_FALSE(plain.contains("\"view\""));
    config.view = QJsonObject{{"side_tab", "lesson"}, {"stretch_plots", true}};
    const QByteArray json = config.toJson();
    const ExperimentConfig back = ExperimentConfig::fromJson(json);
    EXPECT_EQ(back.view, config.view);
    EXPECT_EQ(back.toJson(), json);
    EXPECT_EQ(ExperimentConfig::fromJson(plain).toJson(), plain);
    QByteArray bad = plain;
    bad.replace("\"params\"", "\"view\": 3, \"params\"");
    EXPECT_TRUE(parseErrorOf(bad).contains("field \"view\": expected an object"))
        << parseErrorOf(bad).toStdString();
}

}  // namespace
}  // namespace normlab::session
