// The twin trainer with layer or group norm in place of batch norm: which
// network is built, what it records, and what it refuses.
#include <gtest/gtest.h>

#include <cmath>

#include "core/data/classification_set.h"
#include "core/lab/twin_trainer.h"
#include "core/nn/group_norm.h"

namespace normlab::core {
namespace {

TwinConfig smallConfig(NormKind kind) {
    TwinConfig c;
    c.network = NetworkSpec::mlp(Shape{2, 1, 1}, 2, 16, 2);
    c.network.initStd = 0.5;
    c.network.normGroups = 4;
    c.normaliser = kind;
    c.optimizer.learningRate = 0.1;
    c.batchSize = 16;
    c.evalInterval = 10;
    c.seed = 3;
    return c;
}

std::shared_ptr<const Dataset> moons() {
    ClassificationParams p;
    p.samples = 400;
    return std::make_shared<const Dataset>(makeClassificationSet(ClassificationKind::Moons, p, 7));
}

int paramsNamed(const Network<float>& net, const std::string& prefix) {
    int n = 0;
    for (const auto& p : net.params()) n += p.name.starts_with(prefix) ? 1 : 0;
    return n;
}

TEST(TwinNormaliser, TheNormalisedTwinHasTheChosenNormaliserAndThePlainOneNone) {
    for (const auto& [kind, prefix] : {std::pair{NormKind::Batch, "bn"},
                                       std::pair{NormKind::Layer, "ln"},
                                       std::pair{NormKind::Group, "gn"}}) {
        TwinTrainer trainer(moons(), smallConfig(kind));
        Network<float>& normalised = trainer.network(TwinTrainer::kBn);
        EXPECT_EQ(paramsNamed(normalised, std::string(prefix) + "1."), 2) << prefix;  // gamma, beta
        EXPECT_EQ(paramsNamed(trainer.network(TwinTrainer::kPlain), std::string(prefix)), 0);
        EXPECT_EQ(trainer.model(TwinTrainer::kBn).normaliser, kind);
        EXPECT_EQ(trainer.model(TwinTrainer::kBn).batchNorm, kind == NormKind::Batch);
        EXPECT_EQ(trainer.model(TwinTrainer::kPlain).normaliser, NormKind::None);
        const auto* gn = dynamic_cast<const GroupNorm<float>*>(normalised.normaliser(1));
        EXPECT_EQ(gn != nullptr, kind != NormKind::Batch);
        if (gn != nullptr) {
            EXPECT_EQ(gn->groups(), kind == NormKind::Layer ? 1 : 4);
        }
        // Same first-layer weights as the plain twin: only the normaliser differs.
        int compared = 0;
        for (const auto& p : normalised.params()) {
            if (p.name != "dense1.weight") continue;
            for (const auto& q : trainer.network(TwinTrainer::kPlain).params()) {
                if (q.name != p.name) continue;
                EXPECT_TRUE(*p.value == *q.value);
                ++compared;
            }
        }
        EXPECT_EQ(compared, 1);
    }
}

TEST(TwinNormaliser, LayerNormStandardisesEverySampleWithFrozenAffine) {
    TwinConfig c = smallConfig(NormKind::Layer);
    c.network.bnAffineLearnable = false;
    TwinTrainer trainer(moons(), c);
    for (int i = 0; i < 30; ++i) trainer.step();
    // Each sample's 16 pre-activations have mean 0 and variance 1, so all of
    // them together do too, at any step and for any batch.
    const LayerSummary& s = trainer.model(TwinTrainer::kBn).probes.back().layers[1];
    EXPECT_NEAR(s.mean, 0.0, 1e-4);
    EXPECT_NEAR(s.std, 1.0, 1e-2);
    const LayerSummary& plain = trainer.model(TwinTrainer::kPlain).probes.back().layers[1];
    EXPECT_GT(std::abs(plain.std - 1.0), 0.05);  // the plain twin's are not standardised
}

TEST(TwinNormaliser, GammaAndBetaOfLayerAndGroupNormAreCheckpointedAndFreeze) {
    for (NormKind kind : {NormKind::Layer, NormKind::Group}) {
        TwinTrainer trainer(moons(), smallConfig(kind));
        for (int i = 0; i < 20; ++i) trainer.step();
        const TwinModelState& state = trainer.model(TwinTrainer::kBn);
        ASSERT_EQ(state.affine.size(), 2u);
        EXPECT_EQ(state.affine.back().gamma.size(), 2u);  // one per hidden layer
        EXPECT_TRUE(trainer.model(TwinTrainer::kPlain).affine.empty());
        trainer.setAffineLearnable(false);
        for (int i = 0; i < 5; ++i) trainer.step();
        for (const auto& p : trainer.network(TwinTrainer::kBn).params())
            if (p.name.ends_with(".gamma")) {
                EXPECT_FALSE(p.trainable) << p.name;
                EXPECT_TRUE((p.value->array() == 1.0f).all()) << p.name;
            }
    }
}

TEST(TwinNormaliser, LayerAndGroupNormEvaluateTheSameInBothModes) {
    // No running statistics: the eval-mode choice must not change their numbers.
    for (NormKind kind : {NormKind::Layer, NormKind::Group}) {
        TwinConfig a = smallConfig(kind), b = smallConfig(kind);
        b.bnEvalUsesRunningStats = false;
        TwinTrainer ta(moons(), a), tb(moons(), b);
        for (int i = 0; i < 20; ++i) {
            ta.step();
            tb.step();
        }
        EXPECT_DOUBLE_EQ(ta.model(TwinTrainer::kBn).evals.back().testLoss,
                         tb.model(TwinTrainer::kBn).evals.back().testLoss);
    }
}

TEST(TwinNormaliser, RefusesNoNormaliserNoisyNonBatchAndGroupsThatDoNotDivide) {
    TwinConfig c = smallConfig(NormKind::None);
    EXPECT_THROW(c.validate(), std::invalid_argument);
    c = smallConfig(NormKind::Layer);
    c.noisyBn = true;
    EXPECT_THROW(c.validate(), std::invalid_argument);
    c = smallConfig(NormKind::Group);
    c.network.normGroups = 3;  // 16 units
    EXPECT_THROW(c.validate(), std::invalid_argument);
    c.network.normGroups = 8;
    EXPECT_NO_THROW(c.validate());
}

TEST(TwinNormaliser, GroupNormsWithDifferentGroupCountsAreNotTheSameShape) {
    NetworkSpec spec = NetworkSpec::mlp(Shape{2, 1, 1}, 2, 16, 2);
    spec.normaliser = NormKind::Group;
    spec.normGroups = 2;
    const Network<float> two = Network<float>::build(spec, 1);
    const Network<float> twoAgain = Network<float>::build(spec, 2);
    spec.normGroups = 4;
    Network<float> four = Network<float>::build(spec, 1);
    EXPECT_TRUE(two.sameShapeAs(twoAgain));
    EXPECT_FALSE(two.sameShapeAs(four));
    EXPECT_THROW(four.copyStateFrom(two), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
