// Noisy BN's noise layer: its gradient, the per-channel reach of its scale
// and shift on conv maps, the ranges it draws from, and eval mode as identity.
#include "core/nn/unit_noise.h"

#include <gtest/gtest.h>

#include <cmath>

#include "gradient_check.h"

namespace normlab::core {
namespace {

using test::checkLayerGradients;
using test::randomTensor;

TEST(UnitNoise, GradientMatchesNumericOnDenseAndConvInputs) {
    UnitNoise<double> dense(4);
    SeededRandom random(3);
    dense.draw(random, 2.0);
    checkLayerGradients(dense, randomTensor(5, Shape{4, 1, 1}, 1), Mode::Train);
    UnitNoise<double> conv(3);
    conv.draw(random, 2.0);
    checkLayerGradients(conv, randomTensor(2, Shape{3, 2, 2}, 2), Mode::Train);
}

TEST(UnitNoise, ScalesAndShiftsEachChannelsWholeMap) {
    UnitNoise<double> noise(2);
    Matrix<double> scale(1, 2), shift(1, 2);
    scale << 2.0, -0.5;
    shift << 1.0, 3.0;
    noise.setNoise(scale, shift);
    Tensor<double> x{Matrix<double>::Ones(2, 8), Shape{2, 2, 2}}, y;
    x.data(1, 5) = 4.0;
    noise.forward(x, y, Mode::Train);
    for (int c = 0; c < 4; ++c) EXPECT_DOUBLE_EQ(y.data(0, c), 3.0);  // channel 0: 2 * 1 + 1
    for (int c = 4; c < 8; ++c) EXPECT_DOUBLE_EQ(y.data(0, c), 2.5);  // channel 1: -0.5 + 3
    EXPECT_DOUBLE_EQ(y.data(1, 5), 1.0);                             // -0.5 * 4 + 3
}

TEST(UnitNoise, EvalModeIsTheIdentity) {
    UnitNoise<double> noise(3);
    SeededRandom random(5);
    noise.draw(random, 3.0);
    const Tensor<double> x = randomTensor(4, Shape{3, 1, 1}, 9);
    Tensor<double> y, dx;
    noise.forward(x, y, Mode::Eval);
    EXPECT_TRUE(y.data == x.data);
    noise.backward(x, &dx);
    EXPECT_TRUE(dx.data == x.data);
}

TEST(UnitNoise, DrawsWithinTheDocumentedRangesAndChangesEachDraw) {
    UnitNoise<float> noise(200);
    SeededRandom random(11);
    const double s = 1.5, h = std::log1p(s);
    noise.draw(random, s);
    const Matrix<float> first = noise.shift();
    for (Eigen::Index c = 0; c < 200; ++c) {
        EXPECT_LE(std::abs(noise.shift()(0, c)), 1.5 * s + 1e-6);
        EXPECT_LE(std::abs(std::log(noise.scale()(0, c))), 1.5 * h + 1e-5);
    }
    // Units differ from one another: the per-unit part spans most of s.
    EXPECT_GT(noise.shift().maxCoeff() - noise.shift().minCoeff(), 0.8 * s);
    noise.draw(random, s);
    EXPECT_FALSE(noise.shift() == first);
    noise.draw(random, 0.0);
    EXPECT_TRUE(noise.shift().isZero());
    EXPECT_TRUE(noise.scale().isOnes());
}

TEST(UnitNoise, RefusesBadStrengthsAndShapes) {
    UnitNoise<float> noise(2);
    SeededRandom random(1);
    EXPECT_THROW(noise.draw(random, -1.0), std::invalid_argument);
    EXPECT_THROW(noise.draw(random, std::nan("")), std::invalid_argument);
    EXPECT_THROW(noise.setNoise(Matrix<float>::Ones(1, 3), Matrix<float>::Zero(1, 3)),
                 std::invalid_argument);
    EXPECT_THROW((void)noise.outputShape(Shape{3, 1, 1}), std::invalid_argument);
    EXPECT_THROW(UnitNoise<float>(0), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
