// The 2-D filter-normalised loss slice around a solution (Li et al. 2018):
// the directions' filters take the solution's filter norms, biases and
// normaliser parameters get no direction, every grid point is a direct
// evaluation of the network at w + a d1 + b d2, and bad configs are refused.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

#include "core/lab/batch_size_run.h"
#include "core/lab/loss_slice.h"
#include "core/lab/network_evaluation.h"
#include "moons_data.h"
#include "../nn/small_cnn.h"

namespace normlab::core {
namespace {

NetworkSpec moonsNet() {
    NetworkSpec spec = NetworkSpec::mlp(Shape{2, 1, 1}, 2, 16, 2);
    spec.activation = ActivationKind::Relu;
    spec.init = InitKind::He;
    return spec;
}

struct Trained {
    std::shared_ptr<const Dataset> data = test::moonsData(400);
    BatchSizeResult result;
    Scaler scaler;
    Trained() {
        BatchSizeRunConfig c;
        c.network = moonsNet();
        c.batchSize = 16;
        c.lrRule = LearningRateRule::Constant;
        c.baseLr = 0.05;
        c.epochs = 20;
        c.keepWeights = true;
        c.seed = 5;
        result = BatchSizeRun(data, c).run();
        scaler = fitScaler(c.scaling, data->train);
    }
};

const Trained& trained() {
    static const Trained t;
    return t;
}

using test::smallCnn;

// Every filter (row of a dense or conv weight) of d has the norm of w's.
void expectFilterNormalised(const NetworkSpec& spec, const NetworkWeights& w,
                            const NetworkWeights& d) {
    const Network<float> net = Network<float>::build(spec, 1);
    ASSERT_EQ(d.size(), net.params().size());
    int filters = 0, zeroed = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const std::string& name = net.params()[i].name;
        SCOPED_TRACE(name);
        ASSERT_EQ(d[i].rows(), w[i].rows());
        ASSERT_EQ(d[i].cols(), w[i].cols());
        if (name.ends_with(".weight")) {
            for (Eigen::Index r = 0; r < d[i].rows(); ++r) {
                const double wn = w[i].row(r).norm();
                EXPECT_NEAR(d[i].row(r).norm(), wn, 1e-5 * (1 + wn)) << "row " << r;
                ++filters;
            }
        } else {
            EXPECT_EQ(d[i].squaredNorm(), 0.0f);  // bias, gamma, beta
            ++zeroed;
        }
    }
    EXPECT_GT(filters, 0);
    EXPECT_GT(zeroed, 0);
}

TEST(LossSlice, DirectionsAreFilterNormalisedWithBiasesAtZero) {
    const Trained& t = trained();
    const SliceDirections d = sliceDirections(moonsNet(), t.result.weights, 11);
    expectFilterNormalised(moonsNet(), t.result.weights, d.d1);
    expectFilterNormalised(moonsNet(), t.result.weights, d.d2);
    // Two different directions.
    EXPECT_GT((d.d1[0] - d.d2[0]).norm(), 0.1f);
}

TEST(LossSlice, ConvKernelsAndNormaliserParametersToo) {
    for (NormKind kind : {NormKind::None, NormKind::Layer, NormKind::Batch}) {
        const NetworkSpec spec = smallCnn(kind);
        const NetworkWeights w = weightsOf(Network<float>::build(spec, 3));
        const SliceDirections d = sliceDirections(spec, w, 4);
        expectFilterNormalised(spec, w, d.d1);
        // A conv weight row is one output channel's kernel over all input channels.
        EXPECT_EQ(d.d1[0].rows(), 2);
        EXPECT_EQ(d.d1[0].cols(), 1 * 3 * 3);
    }
}

TEST(LossSlice, SameSeedSameDirections) {
    const Trained& t = trained();
    const SliceDirections a = sliceDirections(moonsNet(), t.result.weights, 11);
    const SliceDirections b = sliceDirections(moonsNet(), t.result.weights, 11);
    const SliceDirections c = sliceDirections(moonsNet(), t.result.weights, 12);
    for (std::size_t i = 0; i < a.d1.size(); ++i) {
        EXPECT_EQ(a.d1[i], b.d1[i]);
        EXPECT_EQ(a.d2[i], b.d2[i]);
    }
    EXPECT_NE(a.d1[0], c.d1[0]);
}

TEST(LossSlice, PointsAreDirectEvaluationsAndTheCentreIsTheSolution) {
    const Trained& t = trained();
    SliceConfig config;
    config.radius = 0.5;
    config.pointsPerSide = 5;  // -0.5, -0.25, 0, 0.25, 0.5
    config.samples = 0;
    config.seed = 9;
    const LossSlice slice = lossSlice(moonsNet(), t.result.weights, *t.data, t.scaler, config, 2);
    ASSERT_EQ(slice.coordinates.size(), 5u);
    ASSERT_EQ(slice.points.size(), 25u);
    EXPECT_TRUE(slice.complete);
    EXPECT_DOUBLE_EQ(slice.coordinates.front(), -0.5);
    EXPECT_EQ(slice.coordinates[2], 0.0);
    EXPECT_DOUBLE_EQ(slice.coordinates.back(), 0.5);
    // Centre: the solution's own training loss.
    const SlicePoint& centre = slice.points[2 * 5 + 2];
    EXPECT_EQ(centre.a, 0.0);
    EXPECT_EQ(centre.b, 0.0);
    EXPECT_EQ(slice.baseLoss, centre.trainLoss);
    Network<float> solution = networkWithWeights(moonsNet(), t.result.weights);
    const Evaluation base = evaluateNetwork(solution, t.data->train, t.scaler, Mode::Eval, 0, 1000);
    EXPECT_NEAR(centre.trainLoss, base.loss, 1e-6);
    // (a, b) = (0.5, -0.25) by hand: row j = 1 (b), column i = 4 (a).
    const SlicePoint& p = slice.points[1 * 5 + 4];
    EXPECT_DOUBLE_EQ(p.a, 0.5);
    EXPECT_DOUBLE_EQ(p.b, -0.25);
    const SliceDirections d = sliceDirections(moonsNet(), t.result.weights, 9);
    NetworkWeights moved = t.result.weights;
    for (std::size_t i = 0; i < moved.size(); ++i)
        moved[i] = t.result.weights[i] + 0.5f * d.d1[i] - 0.25f * d.d2[i];
    Network<float> net = networkWithWeights(moonsNet(), moved);
    const Evaluation direct = evaluateNetwork(net, t.data->train, t.scaler, Mode::Eval, 0, 1000);
    EXPECT_NEAR(p.trainLoss, direct.loss, 1e-6);
    EXPECT_NEAR(p.trainAccuracy, direct.accuracy, 1e-12);
    // Away from a trained solution the loss rises.
    EXPECT_GT(p.trainLoss, centre.trainLoss);
    // The same numbers on one thread.
    const LossSlice serial = lossSlice(moonsNet(), t.result.weights, *t.data, t.scaler, config, 1);
    for (std::size_t k = 0; k < slice.points.size(); ++k)
        EXPECT_EQ(serial.points[k].trainLoss, slice.points[k].trainLoss) << k;
}

TEST(LossSlice, CancelledBeforeTheFirstPointMeasuresNothing) {
    const Trained& t = trained();
    std::atomic<bool> cancel{true};
    RunControl control;
    control.cancel = &cancel;
    SliceConfig config;
    config.pointsPerSide = 3;
    const LossSlice slice =
        lossSlice(moonsNet(), t.result.weights, *t.data, t.scaler, config, 2, control);
    EXPECT_FALSE(slice.complete);
    for (const SlicePoint& p : slice.points) EXPECT_TRUE(std::isnan(p.trainLoss));
}

TEST(LossSlice, RefusesBadConfigsAndBatchNorm) {
    const auto refused = [](auto change) {
        SliceConfig c;
        change(c);
        EXPECT_THROW(c.validate(), std::invalid_argument);
    };
    refused([](SliceConfig& c) { c.radius = 0; });
    refused([](SliceConfig& c) { c.radius = -1; });
    refused([](SliceConfig& c) { c.radius = std::nan(""); });
    refused([](SliceConfig& c) { c.radius = INFINITY; });
    refused([](SliceConfig& c) { c.pointsPerSide = 1; });
    refused([](SliceConfig& c) { c.pointsPerSide = 4; });  // even: no centre point
    refused([](SliceConfig& c) { c.samples = -1; });
    EXPECT_NO_THROW(SliceConfig{}.validate());

    const Trained& t = trained();
    NetworkSpec bn = moonsNet();
    bn.normaliser = NormKind::Batch;
    const NetworkWeights w = weightsOf(Network<float>::build(bn, 2));
    EXPECT_THROW((void)lossSlice(bn, w, *t.data, t.scaler, {}), std::invalid_argument);
    NetworkWeights wrong = t.result.weights;
    wrong.pop_back();
    EXPECT_THROW((void)sliceDirections(moonsNet(), wrong, 1), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
