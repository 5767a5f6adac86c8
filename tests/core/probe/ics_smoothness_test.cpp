#include <gtest/gtest.h>

#include <cmath>

#include "core/probe/ics_probe.h"
#include "core/probe/smoothness_probe.h"

namespace normlab::core {
namespace {

// A 1-1-1 identity network, small enough to differentiate by hand.
Network<double> tinyNet(double w1, double b1, double w2, double b2) {
    NetworkSpec spec = NetworkSpec::mlp(Shape{1, 1, 1}, 1, 1, 1);
    spec.activation = ActivationKind::Identity;
    Network<double> net = Network<double>::build(spec, 1);
    for (const ParamRef<double>& p : net.params()) {
        const double v = p.name == "dense1.weight" ? w1
                         : p.name == "dense1.bias" ? b1
                         : p.name == "dense2.weight" ? w2
                                                     : b2;
        p.value->setConstant(v);
    }
    return net;
}

GradientFn<double> mseOn(double x, double t) {
    return [x, t](Network<double>& net) {
        Tensor<double> in{Matrix<double>::Constant(1, 1, x), Shape{1, 1, 1}};
        const Matrix<double> target = Matrix<double>::Constant(1, 1, t);
        return net.forwardBackwardMse(in, target, Mode::Train);
    };
}

TEST(IcsProbe, MatchesTheHandComputedGradientChange) {
    const double w1 = 0.5, b1 = 0.1, w2 = -1.5, b2 = 0.2, x = 2.0, t = 1.0, lr = 0.1;
    Network<double> net = tinyNet(w1, b1, w2, b2);

    // L = (y - t)^2 with y = w2 h + b2 and h = w1 x + b1.
    const double h = w1 * x + b1, y = w2 * h + b2;
    const double g = 2 * (y - t) * h;  // dL/dw2 before
    const double w1n = w1 - lr * 2 * (y - t) * w2 * x;
    const double b1n = b1 - lr * 2 * (y - t) * w2;
    const double hn = w1n * x + b1n, yn = w2 * hn + b2;
    const double gn = 2 * (yn - t) * hn;  // dL/dw2 after the layer below stepped

    const IcsMeasure m = measureIcs(net, 2, lr, mseOn(x, t));
    EXPECT_EQ(m.layer, 2);
    EXPECT_NEAR(m.l2, std::abs(g - gn), 1e-12);
    EXPECT_NEAR(m.relativeL2, std::abs(g - gn) / std::abs(g), 1e-12);
    EXPECT_NEAR(m.cosine, g * gn > 0 ? 1.0 : -1.0, 1e-12);

    // The first layer has nothing below it: no shift at all.
    const IcsMeasure first = measureIcs(net, 1, lr, mseOn(x, t));
    EXPECT_NEAR(first.l2, 0.0, 1e-15);
    EXPECT_NEAR(first.cosine, 1.0, 1e-12);
}

TEST(IcsProbe, LeavesTheNetworkUntouched) {
    Network<double> net = tinyNet(0.5, 0.1, -1.5, 0.2);
    std::vector<Matrix<double>> before;
    for (const auto& p : net.params()) before.push_back(*p.value);
    (void)measureIcs(net, 2, 0.1, mseOn(2.0, 1.0));
    (void)measureSmoothness(net, 0.1, mseOn(2.0, 1.0));
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_TRUE(before[i] == *net.params()[i].value) << net.params()[i].name;
    EXPECT_THROW((void)measureIcs(net, 3, 0.1, mseOn(2.0, 1.0)), std::out_of_range);
}

// For least squares the loss is quadratic with Hessian H = 2/N A^T A
// (A = [X 1]), so along -g: L(c) = L0 - s |g|^2 + s^2/2 g^T H g and the
// gradient moves by exactly s H g, with s = c lr.
TEST(SmoothnessProbe, IsExactOnAQuadraticLoss) {
    NetworkSpec spec = NetworkSpec::mlp(Shape{2, 1, 1}, 1, 1, 1);
    spec.hidden.clear();
    Network<double> net = Network<double>::build(spec, 4);
    Matrix<double> X(4, 2);
    X << 1, 2, -1, 0.5, 3, -2, 0, 1;
    Matrix<double> t(4, 1);
    t << 1, -1, 2, 0.5;
    GradientFn<double> fn = [&](Network<double>& n) {
        return n.forwardBackwardMse(Tensor<double>{X, Shape{2, 1, 1}}, t, Mode::Train);
    };

    Matrix<double> A(4, 3);
    A << X, Matrix<double>::Ones(4, 1);
    const Eigen::MatrixXd H = 2.0 / 4.0 * (A.transpose() * A);
    const double loss0 = fn(net);
    Eigen::Vector3d g;
    g << (*net.params()[0].grad)(0, 0), (*net.params()[0].grad)(0, 1), (*net.params()[1].grad)(0, 0);

    const double lr = 0.05;
    const SmoothnessMeasure m = measureSmoothness(net, lr, fn, {0.5, 1.0, 2.0, 4.0});
    ASSERT_EQ(m.losses.size(), 4u);
    for (std::size_t i = 0; i < m.scales.size(); ++i) {
        const double s = m.scales[i] * lr;
        EXPECT_NEAR(m.losses[i], loss0 - s * g.squaredNorm() + 0.5 * s * s * g.dot(H * g), 1e-10);
        EXPECT_NEAR(m.gradientChanges[i], s * (H * g).norm(), 1e-10);
    }
    EXPECT_NEAR(m.effectiveBeta, (H * g).norm() / g.norm(), 1e-10);
    EXPECT_NEAR(m.gradientChangeMax, 4.0 * lr * (H * g).norm(), 1e-10);
    EXPECT_LE(m.lossMin, m.lossMax);
}

}  // namespace
}  // namespace normlab::core
