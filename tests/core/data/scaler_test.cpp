#include "core/data/scaler.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace normlab::core {
namespace {

Matrix<float> sampleTrain() {
    Matrix<float> x(4, 2);
    x << 10, -1,  //
        20, 0,    //
        30, 1,    //
        40, 4;
    return x;
}

TEST(Scaler, MinMaxMapsEachTrainingColumnOntoZeroOne) {
    Scaler s(ScalingKind::MinMax);
    s.fit(sampleTrain());
    const Matrix<float> t = s.transformed(sampleTrain());
    for (int j = 0; j < 2; ++j) {
        EXPECT_FLOAT_EQ(t.col(j).minCoeff(), 0.0F);
        EXPECT_FLOAT_EQ(t.col(j).maxCoeff(), 1.0F);
    }
    EXPECT_FLOAT_EQ(t(1, 0), 1.0F / 3.0F);
    EXPECT_FLOAT_EQ(t(1, 1), 0.2F);
}

TEST(Scaler, TransformMapsEveryValueInDoubleAndRoundsOnceToFloat) {
    // Wider than a row of SIMD lanes, rows of odd length: every value is
    // (double(x) - offset) * factor rounded once, whatever order the loop takes.
    Matrix<float> train(7, 37);
    for (Eigen::Index i = 0; i < train.rows(); ++i)
        for (Eigen::Index j = 0; j < train.cols(); ++j)
            train(i, j) = static_cast<float>(std::sin(0.7 * static_cast<double>(i * 37 + j)) *
                                             (1.0 + static_cast<double>(j)));
    for (const ScalingKind kind : {ScalingKind::MinMax, ScalingKind::ZScore}) {
        Scaler s(kind);
        s.fit(train);
        const Matrix<float> t = s.transformed(train);
        const Eigen::VectorXd off = s.offset();
        const Eigen::VectorXd f = s.factor();
        for (Eigen::Index i = 0; i < train.rows(); ++i)
            for (Eigen::Index j = 0; j < train.cols(); ++j)
                ASSERT_EQ(t(i, j), static_cast<float>(
                                       (static_cast<double>(train(i, j)) - off[j]) * f[j]))
                    << toString(kind) << " at " << i << ", " << j;
    }
}

TEST(Scaler, ZScoreGivesZeroMeanAndUnitPopulationStd) {
    Scaler s(ScalingKind::ZScore);
    s.fit(sampleTrain());
    const Matrix<float> t = s.transformed(sampleTrain());
    for (int j = 0; j < 2; ++j) {
        const double mean = t.col(j).cast<double>().mean();
        const double var = (t.col(j).cast<double>().array() - mean).square().mean();
        EXPECT_NEAR(mean, 0.0, 1e-6);
        EXPECT_NEAR(var, 1.0, 1e-6);  // divides by n, not n - 1
    }
    EXPECT_NEAR(s.stddev()[0], std::sqrt(125.0), 1e-12);
}

TEST(Scaler, ConstantColumnsBecomeZeroAndInvertToTheConstant) {
    Matrix<float> x(3, 2);
    x << 1, 7.25F,  //
        2, 7.25F,   //
        3, 7.25F;
    for (const ScalingKind kind : {ScalingKind::MinMax, ScalingKind::ZScore}) {
        Scaler s(kind);
        s.fit(x);
        Matrix<float> t = s.transformed(x);
        EXPECT_TRUE(t.allFinite()) << toString(kind);
        EXPECT_EQ(t.col(1).cwiseAbs().maxCoeff(), 0.0F) << toString(kind);
        s.inverse(t);
        EXPECT_NEAR((t - x).cwiseAbs().maxCoeff(), 0.0F, 1e-5F) << toString(kind);
    }
}

TEST(Scaler, FitsOnTrainingOnlyAndAppliesTheSameMapToOtherSplits) {
    Scaler s(ScalingKind::MinMax);
    s.fit(sampleTrain());
    Matrix<float> test(2, 2);
    test << 50, -1,  //
        10, 9;
    s.transform(test);
    // Values outside the training range stay outside [0, 1]: the map is not refitted.
    EXPECT_FLOAT_EQ(test(0, 0), 4.0F / 3.0F);
    EXPECT_FLOAT_EQ(test(1, 1), 2.0F);
    EXPECT_EQ(s.sampleCount(), 4);
    EXPECT_DOUBLE_EQ(s.max()[0], 40.0);
}

TEST(Scaler, ChunkedUint8FitMatchesOneFloatFit) {
    Matrix<std::uint8_t> pixels(7, 3);
    for (int i = 0; i < 7; ++i) {
        for (int j = 0; j < 3; ++j)
            pixels(i, j) = static_cast<std::uint8_t>((i * 37 + j * 91) % 256);
    }
    Scaler whole(ScalingKind::ZScore);
    whole.fit(pixels.cast<float>());
    Scaler chunked(ScalingKind::ZScore);
    chunked.partialFit(pixels.topRows(2).eval());
    chunked.partialFit(pixels.data() + 2 * 3, 4, 3);
    chunked.partialFit(pixels.bottomRows(1).cast<float>().eval());
    EXPECT_EQ(chunked.sampleCount(), 7);
    for (int j = 0; j < 3; ++j) {
        EXPECT_NEAR(chunked.mean()[j], whole.mean()[j], 1e-10);
        EXPECT_NEAR(chunked.stddev()[j], whole.stddev()[j], 1e-10);
        EXPECT_EQ(chunked.min()[j], whole.min()[j]);
        EXPECT_EQ(chunked.max()[j], whole.max()[j]);
    }
}

TEST(Scaler, InverseUndoesTransformForPointsAndMatrices) {
    for (const ScalingKind kind : {ScalingKind::None, ScalingKind::MinMax, ScalingKind::ZScore}) {
        Scaler s(kind);
        s.fit(sampleTrain());
        Matrix<float> t = s.transformed(sampleTrain());
        const Eigen::Vector2d back = s.inversePoint({t(2, 0), t(2, 1)});
        EXPECT_NEAR(back[0], 30.0, 1e-4) << toString(kind);
        EXPECT_NEAR(back[1], 1.0, 1e-4) << toString(kind);
        s.inverse(t);
        EXPECT_LT((t - sampleTrain()).cwiseAbs().maxCoeff(), 1e-4F) << toString(kind);
    }
}

TEST(Scaler, KindNamesRoundTripAndUnknownNamesAreRejected) {
    for (const ScalingKind kind : {ScalingKind::None, ScalingKind::MinMax, ScalingKind::ZScore}) {
        EXPECT_EQ(fromName<ScalingKind>(toString(kind)), kind);
    }
    EXPECT_EQ(toString(ScalingKind::ZScore), "zscore");
    EXPECT_THROW((void)fromName<ScalingKind>("standard"), std::invalid_argument);
}

TEST(Scaler, MisuseIsReportedNotSilent) {
    Scaler s(ScalingKind::ZScore);
    Matrix<float> x = sampleTrain();
    EXPECT_THROW(s.transform(x), std::logic_error);
    s.fit(x);
    Matrix<float> wide(2, 3);
    wide.setZero();
    EXPECT_THROW(s.transform(wide), std::invalid_argument);
    EXPECT_THROW(s.partialFit(wide), std::invalid_argument);
    Matrix<float> bad = sampleTrain();
    bad(0, 0) = std::nanf("");
    EXPECT_THROW(s.fit(bad), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
