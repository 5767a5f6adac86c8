#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <vector>

#include "core/lab/network_evaluation.h"
#include "core/nn/optimizer.h"
#include "core/seeded_random.h"

namespace normlab::core {
namespace {

// 7 samples of 4 features in [0, 1], 3 classes.
Split smallSplit() {
    Matrix<float> x(7, 4);
    SeededRandom random(3);
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            x(r, c) = static_cast<float>(random.uniform(0.0, 1.0));
    Split s;
    s.features = FeatureStore::fromFloat(x);
    s.labels = {0, 1, 2, 0, 1, 2, 1};
    return s;
}

NetworkSpec smallSpec(bool batchNorm) {
    NetworkSpec spec = NetworkSpec::mlp(Shape{4, 1, 1}, 2, 5, 3);
    spec.normaliser = batchNorm ? NormKind::Batch : NormKind::None;
    return spec;
}

// Loss and accuracy of `net` on rows [begin, end) in one forward pass.
std::pair<double, double> direct(Network<float>& net, const Split& split, int begin, int end,
                                 Mode mode) {
    std::vector<int> rows;
    for (int r = begin; r < end; ++r) rows.push_back(r);
    Tensor<float> x;
    x.shape = net.spec().input;
    split.gather(rows, x.data);
    std::vector<int> labels;
    split.gatherLabels(rows, labels);
    SoftmaxCrossEntropy<float> loss;
    const double mean = loss.forward(net.forward(x, mode).data, labels);
    return {mean * (end - begin), loss.correct()};
}

TEST(NetworkEvaluator, EvalModeMatchesOneForwardOverEveryRow) {
    const Split split = smallSplit();
    Network<float> net = Network<float>::build(smallSpec(true), 5);
    Network<float> reference = Network<float>::build(smallSpec(true), 5);
    NetworkEvaluator evaluator(3);  // chunks of 3, 3 and 1
    const Evaluation e = evaluator.evaluate(net, Mode::Eval, split, Scaler(), 0);
    const auto [lossSum, correct] = direct(reference, split, 0, 7, Mode::Eval);
    EXPECT_EQ(e.samples, 7);
    EXPECT_NEAR(e.loss, lossSum / 7, 1e-5);
    EXPECT_DOUBLE_EQ(e.accuracy, correct / 7);

    const Evaluation firstFour = evaluator.evaluate(net, Mode::Eval, split, Scaler(), 4);
    const auto [loss4, correct4] = direct(reference, split, 0, 4, Mode::Eval);
    EXPECT_EQ(firstFour.samples, 4);
    EXPECT_NEAR(firstFour.loss, loss4 / 4, 1e-5);
    EXPECT_DOUBLE_EQ(firstFour.accuracy, correct4 / 4);
}

TEST(NetworkEvaluator, TrainModeUsesEachChunksStatisticsAndLeavesTheNetworkAlone) {
    const Split split = smallSplit();
    Network<float> net = Network<float>::build(smallSpec(true), 5);
    Network<float> reference = Network<float>::build(smallSpec(true), 5);
    // A training step first, so the net's buffers hold a batch of 2.
    Tensor<float> batch;
    batch.shape = net.spec().input;
    split.gather({0, 1}, batch.data);
    (void)net.forwardBackward(batch, {0, 1}, Mode::Train);
    (void)reference.forwardBackward(batch, {0, 1}, Mode::Train);
    const Matrix<float> runningMean = net.batchNorm(1)->runningMean();
    const Matrix<float> preActivation = net.preActivation(1).data;

    NetworkEvaluator evaluator(3);
    const Evaluation e = evaluator.evaluate(net, Mode::Train, split, Scaler(), 0);
    // The trailing chunk of one row has no batch variance and is skipped.
    const auto [loss1, correct1] = direct(reference, split, 0, 3, Mode::Train);
    const auto [loss2, correct2] = direct(reference, split, 3, 6, Mode::Train);
    EXPECT_EQ(e.samples, 6);
    EXPECT_NEAR(e.loss, (loss1 + loss2) / 6, 1e-5);
    EXPECT_DOUBLE_EQ(e.accuracy, (correct1 + correct2) / 6);

    EXPECT_EQ(net.batchNorm(1)->runningMean(), runningMean);
    EXPECT_EQ(net.preActivation(1).data, preActivation) << "training buffers untouched";
}

TEST(NetworkEvaluator, SeesTheWeightsOfEachCallAndSharesChunksBetweenNetworks) {
    const Split split = smallSplit();
    Network<float> bn = Network<float>::build(smallSpec(true), 5);
    Network<float> plain = Network<float>::build(smallSpec(false), 5);
    NetworkEvaluator evaluator(4);
    (void)evaluator.evaluate(bn, Mode::Eval, split, Scaler(), 0);

    Optimizer<float> sgd(OptimizerOptions{OptimizerKind::Sgd, 0.5});
    Tensor<float> batch;
    batch.shape = bn.spec().input;
    split.gather({0, 1, 2, 3}, batch.data);
    for (int i = 0; i < 5; ++i) {
        (void)bn.forwardBackward(batch, {0, 1, 2, 0}, Mode::Train);
        sgd.step(bn.params());
    }
    std::array<Network<float>*, 2> nets{&bn, &plain};
    const std::array<Mode, 2> modes{Mode::Eval, Mode::Eval};
    std::array<Evaluation, 2> together{};
    evaluator.evaluate(nets, modes, split, Scaler(), 0, together);

    const Evaluation bnAlone = NetworkEvaluator(4).evaluate(bn, Mode::Eval, split, Scaler(), 0);
    const Evaluation plainAlone =
        NetworkEvaluator(4).evaluate(plain, Mode::Eval, split, Scaler(), 0);
    EXPECT_DOUBLE_EQ(together[0].loss, bnAlone.loss);
    EXPECT_DOUBLE_EQ(together[1].loss, plainAlone.loss);
    EXPECT_NE(together[0].loss, together[1].loss);
    EXPECT_THROW(evaluator.evaluate(nets, std::span(modes.data(), 1), split, Scaler(), 0, together),
                 std::invalid_argument);
}

TEST(NetworkEvaluator, ChunkByChunkOnSeveralEvaluatorsAddsUpToOneEvaluation) {
    const Split split = smallSplit();
    for (const Mode mode : {Mode::Eval, Mode::Train}) {
        Network<float> net = Network<float>::build(smallSpec(true), 5);
        NetworkEvaluator whole(3);
        const Evaluation expected = whole.evaluate(net, mode, split, Scaler(), 0);
        // Chunks 0 and 2 on one evaluator, chunk 1 on another, as two
        // threads would take them; added up in chunk order.
        NetworkEvaluator first(3), second(3);
        ASSERT_EQ(first.chunks(split, 0), 3);
        EXPECT_EQ(first.chunks(split, 4), 2);
        first.prepare(1, net);
        second.prepare(1, net);
        EvaluationSums sums;
        sums.add(first.evaluateChunk(1, mode, split, Scaler(), 0, 0));
        sums.add(second.evaluateChunk(1, mode, split, Scaler(), 0, 1));
        sums.add(first.evaluateChunk(1, mode, split, Scaler(), 0, 2));
        const Evaluation e = sums.result();
        EXPECT_EQ(e.samples, expected.samples);
        EXPECT_EQ(e.loss, expected.loss) << "bit for bit";
        EXPECT_EQ(e.accuracy, expected.accuracy);
        EXPECT_THROW((void)first.evaluateChunk(1, mode, split, Scaler(), 0, 3),
                     std::invalid_argument);
        EXPECT_THROW((void)first.evaluateChunk(0, mode, split, Scaler(), 0, 0),
                     std::invalid_argument)
            << "slot 0 was never prepared";
    }
    EXPECT_TRUE(std::isnan(EvaluationSums{}.result().loss));
}

TEST(NetworkEvaluator, OneChunkThroughSeveralMirrorsEqualsEachMirrorAlone) {
    const Split split = smallSplit();
    Network<float> plain = Network<float>::build(smallSpec(false), 3);
    Network<float> bn = Network<float>::build(smallSpec(true), 4);
    NetworkEvaluator together(3), alone(3);
    together.prepare(0, plain);
    together.prepare(1, bn);
    alone.prepare(0, plain);
    alone.prepare(1, bn);
    const std::size_t mirrors[] = {1, 0};
    const Mode modes[] = {Mode::Train, Mode::Eval};
    for (int c = 0; c < together.chunks(split, 0); ++c) {
        EvaluationSums out[2];
        together.evaluateChunk(mirrors, modes, split, Scaler(), 0, c, out);
        const EvaluationSums bnAlone = alone.evaluateChunk(1, Mode::Train, split, Scaler(), 0, c);
        const EvaluationSums plainAlone = alone.evaluateChunk(0, Mode::Eval, split, Scaler(), 0, c);
        EXPECT_EQ(out[0].loss, bnAlone.loss) << "chunk " << c;
        EXPECT_EQ(out[0].correct, bnAlone.correct);
        EXPECT_EQ(out[0].counted, bnAlone.counted);
        EXPECT_EQ(out[1].loss, plainAlone.loss) << "chunk " << c;
        EXPECT_EQ(out[1].correct, plainAlone.correct);
        EXPECT_EQ(out[1].counted, plainAlone.counted);
    }
    EvaluationSums one[1];
    EXPECT_THROW(together.evaluateChunk(mirrors, modes, split, Scaler(), 0, 0, one),
                 std::invalid_argument)
        << "one result per mirror";
    const std::size_t unprepared[] = {0, 2};
    EvaluationSums two[2];
    EXPECT_THROW(together.evaluateChunk(unprepared, modes, split, Scaler(), 0, 0, two),
                 std::invalid_argument);
}

TEST(NetworkEvaluator, CopyStateNeedsTheSameShape) {
    Network<float> a = Network<float>::build(smallSpec(true), 1);
    Network<float> b = Network<float>::build(smallSpec(true), 2);
    Network<float> plain = Network<float>::build(smallSpec(false), 2);
    EXPECT_TRUE(a.sameShapeAs(b));
    EXPECT_FALSE(a.sameShapeAs(plain));
    a.batchNorm(2)->runningVar().setConstant(3.0f);
    b.copyStateFrom(a);
    EXPECT_EQ(*b.params()[0].value, *a.params()[0].value);
    EXPECT_EQ(b.batchNorm(2)->runningVar(), a.batchNorm(2)->runningVar());
    EXPECT_THROW(plain.copyStateFrom(a), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
