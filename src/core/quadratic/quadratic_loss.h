#pragma once
// The least-squares loss of a two-feature linear model, written exactly as the
// quadratic form it is:
//   loss(w) = mean_i (x_i . w + b - y_i)^2 = loss_min + (w - w*)^T A (w - w*)
// with A = X^T X / n, so the Hessian is H = 2A and plain gradient descent is
// stable exactly for learning rates below 2 / lambda_max(H).
//
// Intercept: when enabled, b is not a third coordinate of the plot. It is set
// to its best value for every (w1, w2), b*(w) = mean(y) - mean(x) . w, which
// is the same as centring features and target with the training means. The
// 2-D surface is then the exact loss the model can reach at each (w1, w2),
// and the optimisers descend this same surface (their gradients use the
// centred data), so the drawn path lies on the drawn contours.

#include <Eigen/Core>
#include <memory>
#include <string>

#include "core/tensor.h"

namespace normlab::core {

// Eigen-decomposition of a symmetric 2x2 matrix in closed form.
struct SymmetricEigen2 {
    double lambdaMin = 0.0;
    double lambdaMax = 0.0;
    Eigen::Vector2d vMin{1.0, 0.0};  // unit eigenvectors
    Eigen::Vector2d vMax{0.0, 1.0};
};
[[nodiscard]] SymmetricEigen2 eigenSymmetric2(const Eigen::Matrix2d& m);

class QuadraticLoss {
  public:
    // x: n x 2 features, y: n targets (n >= 2, all finite); throws std::invalid_argument.
    QuadraticLoss(const Matrix<float>& x, const Vector<float>& y, bool intercept);

    [[nodiscard]] double loss(const Eigen::Vector2d& w) const;
    [[nodiscard]] Eigen::Vector2d gradient(const Eigen::Vector2d& w) const;
    // Gradient of the mean squared error over the given sample rows only.
    [[nodiscard]] Eigen::Vector2d batchGradient(const Eigen::Vector2d& w, const int* rows,
                                                int count) const;

    [[nodiscard]] const Eigen::Matrix2d& secondMoment() const { return a_; }  // A
    [[nodiscard]] Eigen::Matrix2d hessian() const { return 2.0 * a_; }
    [[nodiscard]] const SymmetricEigen2& hessianEigen() const { return eigen_; }
    [[nodiscard]] double lambdaMin() const { return eigen_.lambdaMin; }
    [[nodiscard]] double lambdaMax() const { return eigen_.lambdaMax; }
    // lambda_max / lambda_min; +inf when the Hessian is singular.
    [[nodiscard]] double conditionNumber() const;
    // 2 / lambda_max: gradient descent diverges at or above this rate.
    [[nodiscard]] double maxStableLearningRate() const;
    // The minimum-norm minimiser when the Hessian is singular.
    [[nodiscard]] const Eigen::Vector2d& minimizer() const { return minimizer_; }
    [[nodiscard]] double minLoss() const { return minLoss_; }

    // The intercept used at w: b*(w) with an intercept, else 0.
    [[nodiscard]] double interceptAt(const Eigen::Vector2d& w) const;
    [[nodiscard]] int samples() const { return static_cast<int>(target_.size()); }
    // Plain words for a plot caption: what the (w1, w2) surface is.
    [[nodiscard]] std::string surfaceDescription() const;

  private:
    bool intercept_;
    Matrix<double> design_;  // n x 2, centred when there is an intercept
    Eigen::VectorXd target_;
    Eigen::Vector2d featureMean_ = Eigen::Vector2d::Zero();
    double targetMean_ = 0.0;
    Eigen::Matrix2d a_;
    SymmetricEigen2 eigen_;
    Eigen::Vector2d minimizer_;
    double minLoss_ = 0.0;
};

}  // namespace normlab::core
