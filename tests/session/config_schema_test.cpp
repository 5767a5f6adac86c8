#include "session/config_schema.h"

#include <gtest/gtest.h>

#include <QJsonArray>

#include "config_test_util.h"
#include "session/experiment_config.h"

namespace normlab::session {
namespace {

TEST(ConfigSchema, KnowsEveryKind) {
    EXPECT_EQ(experimentKinds(),
              (QStringList{"feature-scaling", "bn-twin", "init-sweep", "batch-sweep",
                           "same-loss", "norm-vs-batch"}));
    for (const QString& kind : experimentKinds()) {
        const ExperimentSchema* schema = schemaFor(kind);
        ASSERT_NE(schema, nullptr) << kind.toStdString();
        EXPECT_EQ(schema->kind, kind);
        EXPECT_FALSE(schema->description.isEmpty());
    }
    EXPECT_EQ(schemaFor("bn"), nullptr);
}

TEST(ConfigSchema, FieldsAreWellFormed) {
    for (const QString& kind : experimentKinds()) {
        const ExperimentSchema& schema = *schemaFor(kind);
        QStringList seen;
        for (const FieldSpec& f : schema.fields) {
            const std::string where = (kind + "." + f.key).toStdString();
            EXPECT_FALSE(seen.contains(f.key)) << "duplicate key " << where;
            seen << f.key;
            EXPECT_TRUE(f.key == f.key.toLower() && !f.key.contains('.') && !f.key.contains(' '))
                << "keys are flat snake_case: " << where;
            EXPECT_FALSE(f.description.isEmpty()) << where;
            if (f.hasRange()) {
                EXPECT_LT(f.min, f.max) << where;
            }
            if (f.logScale) {
                EXPECT_TRUE(f.min > 0 || f.minExclusive) << where;
            }
            if (f.type == FieldType::Enum) {
                EXPECT_GE(f.allowed.size(), 2) << where;
                EXPECT_TRUE(f.allowed.contains(f.defaultValue.toString())) << where;
            }
        }
        // Every default passes the field's own validation.
        EXPECT_NO_THROW(ExperimentConfig::defaults(kind).validate()) << kind.toStdString();
    }
}

TEST(ConfigSchema, NetworkKindsShareTheirArchitectureKeys) {
    for (const char* kind : {"bn-twin", "init-sweep", "batch-sweep"}) {
        const ExperimentSchema& schema = *schemaFor(kind);
        for (const char* key :
             {"dataset", "data_path", "input_scaling", "model", "depth", "width", "activation",
              "bn_placement", "affine", "bn_momentum", "bn_eps", "optimizer", "momentum", "seed"})
            EXPECT_NE(schema.find(key), nullptr) << kind << " lacks " << key;
    }
    EXPECT_EQ(schemaFor("init-sweep")->find("init_std"), nullptr);
    EXPECT_NE(schemaFor("init-sweep")->find("init_stds"), nullptr);
}

TEST(ConfigSchema, RangeTextShowsOpenAndClosedEnds) {
    EXPECT_EQ(schemaFor("bn-twin")->find("lr")->rangeText(), "[1e-05, 10]");
    EXPECT_EQ(schemaFor("bn-twin")->find("bn_momentum")->rangeText(), "(0, 1]");
}

TEST(ConfigSchema, BatchSweepDefaultsArePowersOfTwoFrom2To1024) {
    const QList<int> sizes = ExperimentConfig::defaults("batch-sweep").getIntList("batch_sizes");
    ASSERT_EQ(sizes.size(), 10);
    for (qsizetype i = 0; i < sizes.size(); ++i) EXPECT_EQ(sizes[i], 2 << i);
}

TEST(ClosestMatch, FindsSmallTyposOnly) {
    const QStringList words{"lr", "batch_size", "activation", "init_std"};
    EXPECT_EQ(closestMatch("batchsize", words), "batch_size");
    EXPECT_EQ(closestMatch("activaton", words), "activation");
    EXPECT_EQ(closestMatch("LR", words), "lr");
    EXPECT_EQ(closestMatch("zzzzzzzz", words), "");
    EXPECT_EQ(didYouMean("init_sdt", words), " (did you mean \"init_std\"?)");
    EXPECT_EQ(didYouMean("colour", words), "");
}

}  // namespace
}  // namespace normlab::session
