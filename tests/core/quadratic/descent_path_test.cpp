#include "core/quadratic/descent_path.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>

#include "core/data/regression_set.h"
#include "core/data/scaler.h"
#include "core/quadratic/loss_grid.h"

namespace normlab::core {
namespace {

std::shared_ptr<const QuadraticLoss> makeLoss(ScalingKind kind, double rho = 0.3) {
    RegressionSetParams p;
    p.correlation = rho;
    p.samples = 400;
    const RegressionSet set = makeRegressionSet(p);
    Scaler s(kind);
    s.fit(set.x);
    return std::make_shared<const QuadraticLoss>(s.transformed(set.x), set.y, true);
}

DescentSettings gd(double lr, int batch = 0) {
    DescentSettings s;
    s.optimizer.learningRate = lr;
    s.batchSize = batch;
    return s;
}

TEST(DescentPath, GradientDescentDivergesJustAboveTwoOverLambdaMaxAndConvergesJustBelow) {
    for (const ScalingKind kind : {ScalingKind::None, ScalingKind::MinMax, ScalingKind::ZScore}) {
        const auto loss = makeLoss(kind);
        const double stable = loss->maxStableLearningRate();
        const Eigen::Vector2d start =
            loss->minimizer() + 0.5 * loss->hessianEigen().vMax + 0.5 * loss->hessianEigen().vMin;
        DescentPath above(loss, gd(1.01 * stable), start);
        above.run(20000);
        EXPECT_TRUE(above.diverged()) << toString(kind);
        EXPECT_EQ(above.stepsToConverge(), -1) << toString(kind);
        EXPECT_FALSE(above.step());  // a diverged path stays stopped
        EXPECT_EQ(above.path().size(), static_cast<std::size_t>(above.steps() + 1));

        DescentPath below(loss, gd(0.99 * stable), start);
        below.run(2'000'000);
        EXPECT_FALSE(below.diverged()) << toString(kind);
        EXPECT_GE(below.stepsToConverge(), 1) << toString(kind);
        EXPECT_LT(below.currentLoss() - loss->minLoss(),
                  1e-6 * (below.initialLoss() - loss->minLoss()) + 1e-12);
    }
}

TEST(DescentPath, RecordsFullDataLossAtEveryStep) {
    const auto loss = makeLoss(ScalingKind::ZScore);
    DescentPath path(loss, gd(0.1, 16), {0.0, 0.0});
    path.run(50);
    const PathView v = path.path();
    ASSERT_EQ(v.size(), 51U);
    for (std::size_t i = 0; i < v.size(); ++i) {
        EXPECT_EQ(v[i].step, static_cast<std::int64_t>(i));
        EXPECT_DOUBLE_EQ(v[i].loss, loss->loss({v[i].w1, v[i].w2}));
    }
}

TEST(DescentPath, MiniBatchPathsAreNoisyButReproducible) {
    const auto loss = makeLoss(ScalingKind::ZScore);
    const double lr = 0.2 * loss->maxStableLearningRate();
    DescentPath exact(loss, gd(lr), {0.0, 0.0});
    DescentPath batchA(loss, gd(lr, 8), {0.0, 0.0});
    DescentPath batchB(loss, gd(lr, 8), {0.0, 0.0});
    DescentSettings other = gd(lr, 8);
    other.seed = 99;
    DescentPath batchC(loss, other, {0.0, 0.0});
    for (auto* p : {&exact, &batchA, &batchB, &batchC}) p->run(300);
    EXPECT_EQ(batchA.position(), batchB.position());
    EXPECT_NE(batchA.position(), batchC.position());
    EXPECT_GT((batchA.position() - exact.position()).norm(), 1e-3);
    // Still near the minimum, not lost.
    EXPECT_LT(batchA.currentLoss(), 1.5 * loss->minLoss());
}

TEST(DescentPath, MomentumAndAdamReachTheMinimiser) {
    const auto loss = makeLoss(ScalingKind::ZScore);
    for (const DescentKind kind : {DescentKind::Momentum, DescentKind::Adam}) {
        DescentSettings s;
        s.optimizer.kind = kind;
        s.optimizer.learningRate = kind == DescentKind::Adam ? 1.0 : 0.05;
        s.tolerance = 1e-4;
        DescentPath path(loss, s, {0.0, 0.0});
        path.run(20000);
        EXPECT_FALSE(path.diverged()) << toString(kind);
        EXPECT_GE(path.stepsToConverge(), 1) << toString(kind);
        EXPECT_LT((path.position() - loss->minimizer()).norm(), 0.05 * loss->minimizer().norm())
            << toString(kind);
    }
}

TEST(DescentPath, StartAtTheMinimumCountsAsConverged) {
    const auto loss = makeLoss(ScalingKind::MinMax);
    DescentPath path(loss, gd(0.1), loss->minimizer());
    EXPECT_EQ(path.stepsToConverge(), 0);
}

TEST(DescentPath, ANarrowValleyIsNotConvergedWhileThePointStillCrawlsAlongItsFloor) {
    // sigma1 = 1000 next to sigma2 = 0.1: the steep direction holds nearly
    // all of the starting loss, so the loss gap falls a millionfold in a few
    // steps while w2 has hardly moved and loss - min stays about 10.
    RegressionSetParams p;
    p.features = {RegressionFeature{"x1", 500.0, 1000.0}, RegressionFeature{"x2", 3.0, 0.1}};
    p.weights = {2.0, 30.0};
    p.samples = 200;
    const RegressionSet set = makeRegressionSet(p);
    const auto loss = std::make_shared<const QuadraticLoss>(set.x, set.y, true);
    ASSERT_GT(loss->conditionNumber(), 1e7);
    DescentSettings s = gd(0.5 * loss->maxStableLearningRate());
    s.tolerance = 1e-3;
    DescentPath path(loss, s, {0.0, 0.0});
    path.run(2000);
    const double gap0 = path.initialLoss() - loss->minLoss();
    const double gap = path.currentLoss() - loss->minLoss();
    // The old criterion, relative to the starting gap alone, would call this converged.
    ASSERT_LT(gap, s.tolerance * gap0);
    EXPECT_GT(gap, 1.0);
    EXPECT_EQ(path.stepsToConverge(), -1);
    EXPECT_GT((path.position() - loss->minimizer()).norm(),
              0.5 * (Eigen::Vector2d(0.0, 0.0) - loss->minimizer()).norm());
}

TEST(DescentPath, AtTheBestFixedStepGradientDescentNeedsTheTheoreticalCount) {
    for (const double rho : {0.0, 0.6, 0.9}) {
        const auto loss = makeLoss(ScalingKind::ZScore, rho);
        const SymmetricEigen2& e = loss->hessianEigen();
        DescentSettings s = gd(2.0 / (e.lambdaMax + e.lambdaMin));
        s.tolerance = 1e-4;
        DescentPath path(loss, s, loss->minimizer() + 3.0 * e.vMax + 2.0 * e.vMin);
        path.run(1'000'000);
        const double theory = theoreticalSteps(loss->conditionNumber(), s.tolerance);
        ASSERT_GT(path.stepsToConverge(), 0) << rho;
        // Both eigen-components shrink by (kappa-1)/(kappa+1) per step at this rate.
        EXPECT_NEAR(static_cast<double>(path.stepsToConverge()), theory, 1.0) << rho;
        // And the closed form's large-kappa approximation, kappa * ln(1/tol) / 2.
        if (loss->conditionNumber() > 10.0) {
            EXPECT_NEAR(theory, loss->conditionNumber() * std::log(1.0 / s.tolerance) / 2.0,
                        0.05 * theory)
                << rho;
        }
    }
    EXPECT_EQ(theoreticalSteps(1.0, 1e-3), 1.0);
    EXPECT_TRUE(std::isinf(theoreticalSteps(std::numeric_limits<double>::infinity(), 1e-3)));
}

TEST(DescentPath, PolyakMomentumBeatsOtherMomentaAndPlainDescentOnANarrowValley) {
    const auto loss = makeLoss(ScalingKind::None);
    const double kappa = loss->conditionNumber();
    const SymmetricEigen2& e = loss->hessianEigen();
    EXPECT_NEAR(optimalMomentumRate(kappa), (std::sqrt(kappa) - 1) / (std::sqrt(kappa) + 1), 1e-12);
    EXPECT_NEAR(optimalMomentum(kappa), std::pow(optimalMomentumRate(kappa), 2), 1e-12);
    const auto steps = [&](double beta) {
        DescentSettings s;
        s.optimizer.kind = DescentKind::Momentum;
        s.optimizer.momentum = beta;
        s.optimizer.learningRate =
            4.0 / std::pow(std::sqrt(e.lambdaMax) + std::sqrt(e.lambdaMin), 2);
        s.tolerance = 1e-6;
        DescentPath path(loss, s, loss->minimizer() + e.vMax + e.vMin);
        path.run(1'000'000);
        return path.stepsToConverge();
    };
    const auto best = steps(optimalMomentum(kappa));
    ASSERT_GT(best, 0);
    EXPECT_LT(best, steps(0.99));
    EXPECT_LT(best, steps(0.95));
    // About sqrt(kappa) times fewer steps than plain descent at its best step.
    EXPECT_LT(static_cast<double>(best), 0.2 * theoreticalSteps(kappa, 1e-6));
}

TEST(MiniBatchSampler, VisitsEverySampleOncePerEpoch) {
    MiniBatchSampler sampler(10, 4, 5);
    EXPECT_EQ(sampler.batchesPerEpoch(), 3);
    for (int epoch = 0; epoch < 3; ++epoch) {
        std::multiset<int> seen;
        for (int b = 0; b < 3; ++b) {
            int count = 0;
            const int* rows = sampler.next(count);
            EXPECT_EQ(count, b < 2 ? 4 : 2);
            seen.insert(rows, rows + count);
        }
        EXPECT_EQ(seen.size(), 10U);
        EXPECT_EQ(std::set<int>(seen.begin(), seen.end()).size(), 10U);
    }
}

TEST(PathHistory, ViewsStayUnchangedWhileThePathGrows) {
    PathHistory h;
    for (int i = 0; i < 1500; ++i) h.append({i, 1.0 * i, -1.0 * i, 0.5 * i});
    const PathView before = h.view();
    for (int i = 1500; i < 4000; ++i) h.append({i, 1.0 * i, -1.0 * i, 0.5 * i});
    ASSERT_EQ(before.size(), 1500U);
    EXPECT_EQ(before.back().step, 1499);
    EXPECT_EQ(before[1024].w1, 1024.0);
    const PathView after = h.view();
    ASSERT_EQ(after.size(), 4000U);
    const auto all = after.toVector();
    for (int i = 0; i < 4000; ++i) EXPECT_EQ(all[static_cast<std::size_t>(i)].step, i);
    EXPECT_THROW((void)before[1500], std::out_of_range);
}

TEST(LossGrid, MatchesTheLossAndFramesStartAndMinimiser) {
    const auto loss = makeLoss(ScalingKind::None);
    const Eigen::Vector2d start{0.0, 0.0};
    const GridWindow window = frameWindow(*loss, start);
    EXPECT_TRUE(window.contains(start));
    EXPECT_TRUE(window.contains(loss->minimizer()));
    const LossGrid grid = evaluateLossGrid(*loss, window, 50, 40);
    for (const auto& [c, r] : {std::pair{0, 0}, std::pair{49, 39}, std::pair{17, 23}}) {
        const double expected = loss->loss({grid.w1(c), grid.w2(r)});
        EXPECT_NEAR(grid.at(c, r), expected, 1e-5 * expected);
    }
    EXPECT_THROW((void)evaluateLossGrid(*loss, window, 1, 40), std::invalid_argument);
    // Starting on the minimum still frames a visible bowl around it.
    const GridWindow atMin = frameWindow(*loss, loss->minimizer());
    EXPECT_GT(atMin.w1Max - atMin.w1Min, 0.0);
    EXPECT_GT(atMin.w2Max - atMin.w2Min, 0.0);
    EXPECT_TRUE(atMin.contains(loss->minimizer()));
}

}  // namespace
}  // namespace normlab::core
