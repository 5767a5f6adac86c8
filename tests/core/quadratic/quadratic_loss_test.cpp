#include "core/quadratic/quadratic_loss.h"

#include <gtest/gtest.h>

#include <Eigen/Eigenvalues>
#include <cmath>

#include "core/data/regression_set.h"
#include "core/data/scaler.h"

namespace normlab::core {
namespace {

RegressionSet houseSet(double rho, int samples, std::uint64_t seed = 3) {
    RegressionSetParams p;
    p.correlation = rho;
    p.samples = samples;
    p.seed = seed;
    return makeRegressionSet(p);
}

// Direct Hessian 2/n X^T X of the (centred, with an intercept) design.
Eigen::Matrix2d directHessian(const Matrix<float>& xf, bool intercept) {
    Matrix<double> x = xf.cast<double>();
    if (intercept) x.rowwise() -= x.colwise().mean();
    return 2.0 * x.transpose() * x / static_cast<double>(x.rows());
}

TEST(EigenSymmetric2, MatchesEigenSolver) {
    const Eigen::Matrix2d cases[] = {(Eigen::Matrix2d() << 3, 1, 1, 2).finished(),
                                     (Eigen::Matrix2d() << 5, 0, 0, 0.1).finished(),
                                     (Eigen::Matrix2d() << 1, 0, 0, 9).finished(),
                                     (Eigen::Matrix2d() << 3200, -45, -45, 1.2).finished(),
                                     (Eigen::Matrix2d() << 2, 2, 2, 2).finished()};
    for (const auto& m : cases) {
        const SymmetricEigen2 e = eigenSymmetric2(m);
        const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> ref(m);
        EXPECT_NEAR(e.lambdaMin, ref.eigenvalues()[0], 1e-12 * ref.eigenvalues()[1] + 1e-14);
        EXPECT_NEAR(e.lambdaMax, ref.eigenvalues()[1], 1e-12 * ref.eigenvalues()[1]);
        EXPECT_LT((m * e.vMax - e.lambdaMax * e.vMax).norm(), 1e-9 * m.norm());
        EXPECT_LT((m * e.vMin - e.lambdaMin * e.vMin).norm(), 1e-9 * m.norm());
        EXPECT_NEAR(e.vMin.dot(e.vMax), 0.0, 1e-12);
    }
}

TEST(QuadraticLoss, SpectrumMatchesADirectEigenDecomposition) {
    const RegressionSet set = houseSet(0.3, 500);
    for (const bool intercept : {false, true}) {
        const QuadraticLoss loss(set.x, set.y, intercept);
        const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> ref(directHessian(set.x, intercept));
        const double lmin = ref.eigenvalues()[0];
        const double lmax = ref.eigenvalues()[1];
        EXPECT_NEAR(loss.lambdaMin(), lmin, 1e-9 * lmax) << intercept;
        EXPECT_NEAR(loss.lambdaMax(), lmax, 1e-9 * lmax) << intercept;
        EXPECT_NEAR(loss.conditionNumber() / (lmax / lmin), 1.0, 1e-6) << intercept;
        EXPECT_NEAR(loss.maxStableLearningRate(), 2.0 / lmax, 1e-9 * 2.0 / lmax) << intercept;
        EXPECT_GT(std::abs(loss.hessianEigen().vMax.dot(ref.eigenvectors().col(1))), 1 - 1e-9);
    }
}

TEST(QuadraticLoss, QuadraticFormEqualsTheSumOverSamples) {
    const RegressionSet set = houseSet(-0.4, 300);
    for (const bool intercept : {false, true}) {
        const QuadraticLoss loss(set.x, set.y, intercept);
        const Eigen::Vector2d points[] = {{0, 0}, {2.5, 15}, {-3, 40}, loss.minimizer()};
        for (const auto& w : points) {
            const double b = loss.interceptAt(w);
            const Eigen::VectorXd r =
                (set.x.cast<double>() * w).array() + b - set.y.cast<double>().array();
            const double direct = r.squaredNorm() / r.size();
            EXPECT_NEAR(loss.loss(w), direct, 1e-9 * direct) << intercept;
            // The full gradient is the mini-batch gradient over every sample.
            std::vector<int> all(static_cast<std::size_t>(set.x.rows()));
            for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
            const Eigen::Vector2d gAll =
                loss.batchGradient(w, all.data(), static_cast<int>(all.size()));
            EXPECT_LT((loss.gradient(w) - gAll).norm(), 1e-7 * (1.0 + gAll.norm()));
        }
        // The minimiser is where the gradient vanishes and no sampled point is lower.
        EXPECT_LT(loss.gradient(loss.minimizer()).norm(), 1e-8);
        EXPECT_LE(loss.minLoss(), loss.loss(loss.minimizer() + Eigen::Vector2d(1e-3, -1e-3)));
    }
}

TEST(QuadraticLoss, ZScoreKappaIsOneForUncorrelatedAndRatioForCorrelated) {
    for (const double rho : {0.0, 0.5, 0.9, -0.7}) {
        const RegressionSet set = houseSet(rho, 200000, 11);
        Scaler z(ScalingKind::ZScore);
        z.fit(set.x);
        const QuadraticLoss loss(z.transformed(set.x), set.y, true);
        const double expected = (1.0 + std::abs(rho)) / (1.0 - std::abs(rho));
        EXPECT_NEAR(loss.conditionNumber() / expected, 1.0, 0.03) << "rho " << rho;
        // Without scaling the same data is far worse conditioned.
        const QuadraticLoss raw(set.x, set.y, true);
        EXPECT_GT(raw.conditionNumber(), 100.0 * loss.conditionNumber()) << "rho " << rho;
    }
}

TEST(QuadraticLoss, RejectsBadShapes) {
    Matrix<float> x(3, 3);
    x.setOnes();
    Vector<float> y(3);
    y.setOnes();
    EXPECT_THROW(QuadraticLoss(x, y, true), std::invalid_argument);
    Matrix<float> x2(3, 2);
    x2.setOnes();
    Vector<float> y2(2);
    y2.setOnes();
    EXPECT_THROW(QuadraticLoss(x2, y2, true), std::invalid_argument);
}

TEST(QuadraticLoss, SingularDesignHasInfiniteKappaAndFiniteMinimiser) {
    Matrix<float> x(4, 2);
    x << 1, 2, 2, 4, 3, 6, 4, 8;  // second column = 2 x first
    Vector<float> y(4);
    y << 1, 2, 3, 4;
    const QuadraticLoss loss(x, y, false);
    EXPECT_TRUE(std::isinf(loss.conditionNumber()));
    EXPECT_TRUE(loss.minimizer().allFinite());
    EXPECT_NEAR(loss.minLoss(), 0.0, 1e-9);
}

}  // namespace
}  // namespace normlab::core
