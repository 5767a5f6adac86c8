#include "core/quadratic/quadratic_loss.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace normlab::core {

SymmetricEigen2 eigenSymmetric2(const Eigen::Matrix2d& m) {
    const double a = m(0, 0);
    const double b = 0.5 * (m(0, 1) + m(1, 0));
    const double d = m(1, 1);
    const double half = 0.5 * (a - d);
    const double radius = std::hypot(half, b);
    const double centre = 0.5 * (a + d);
    SymmetricEigen2 e;
    e.lambdaMax = centre + radius;
    // Vieta keeps the small root accurate when the two are far apart.
    const double det = a * d - b * b;
    e.lambdaMin = e.lambdaMax != 0.0 ? det / e.lambdaMax : centre - radius;
    const double angle = 0.5 * std::atan2(2.0 * b, a - d);
    e.vMax = {std::cos(angle), std::sin(angle)};
    e.vMin = {-std::sin(angle), std::cos(angle)};
    return e;
}

QuadraticLoss::QuadraticLoss(const Matrix<float>& x, const Vector<float>& y, bool intercept)
    : intercept_(intercept) {
    if (x.cols() != 2) {
        throw std::invalid_argument("quadratic loss: features need 2 columns, got " +
                                    std::to_string(x.cols()));
    }
    if (x.rows() != y.size()) {
        throw std::invalid_argument("quadratic loss: " + std::to_string(x.rows()) +
                                    " feature rows but " + std::to_string(y.size()) + " targets");
    }
    if (x.rows() < 2) throw std::invalid_argument("quadratic loss: need at least 2 samples");
    if (!x.allFinite() || !y.allFinite()) {
        throw std::invalid_argument("quadratic loss: features or targets contain NaN or inf");
    }
    design_ = x.cast<double>();
    target_ = y.cast<double>();
    if (intercept_) {
        featureMean_ = design_.colwise().mean().transpose();
        targetMean_ = target_.mean();
        design_.rowwise() -= featureMean_.transpose();
        target_.array() -= targetMean_;
    }
    const double n = static_cast<double>(target_.size());
    a_ = design_.transpose() * design_ / n;
    const Eigen::Vector2d c = design_.transpose() * target_ / n;
    eigen_ = eigenSymmetric2(2.0 * a_);
    // Pseudo-inverse through the eigen-basis: a flat direction gets no component.
    minimizer_.setZero();
    const double cutoff = 1e-12 * std::max(eigen_.lambdaMax, 0.0);
    for (const auto& [lambda, v] :
         {std::pair{eigen_.lambdaMin, eigen_.vMin}, std::pair{eigen_.lambdaMax, eigen_.vMax}}) {
        if (lambda > cutoff) minimizer_ += v * (2.0 * v.dot(c) / lambda);
    }
    // Exact residual at the minimiser rather than mean(y^2) - c.w*, which cancels badly.
    minLoss_ = (design_ * minimizer_ - target_).squaredNorm() / n;
}

double QuadraticLoss::loss(const Eigen::Vector2d& w) const {
    const Eigen::Vector2d d = w - minimizer_;
    return minLoss_ + d.dot(a_ * d);
}

Eigen::Vector2d QuadraticLoss::gradient(const Eigen::Vector2d& w) const {
    return 2.0 * (a_ * (w - minimizer_));
}

Eigen::Vector2d QuadraticLoss::batchGradient(const Eigen::Vector2d& w, const int* rows,
                                             int count) const {
    Eigen::Vector2d g = Eigen::Vector2d::Zero();
    if (count <= 0) return g;
    for (int k = 0; k < count; ++k) {
        const int i = rows[k];
        const double r = design_(i, 0) * w[0] + design_(i, 1) * w[1] - target_[i];
        g[0] += r * design_(i, 0);
        g[1] += r * design_(i, 1);
    }
    return g * (2.0 / count);
}

double QuadraticLoss::conditionNumber() const {
    if (eigen_.lambdaMin <= 0.0) return std::numeric_limits<double>::infinity();
    return eigen_.lambdaMax / eigen_.lambdaMin;
}

double QuadraticLoss::maxStableLearningRate() const {
    if (eigen_.lambdaMax <= 0.0) return std::numeric_limits<double>::infinity();
    return 2.0 / eigen_.lambdaMax;
}

double QuadraticLoss::interceptAt(const Eigen::Vector2d& w) const {
    return intercept_ ? targetMean_ - featureMean_.dot(w) : 0.0;
}

std::string QuadraticLoss::surfaceDescription() const {
    if (intercept_) {
        return "Mean squared error over (w1, w2) with the intercept b at its best value for "
               "every point, b = mean(y) - w1 mean(x1) - w2 mean(x2); the paths descend this "
               "same surface.";
    }
    return "Mean squared error over (w1, w2) of the model y = w1 x1 + w2 x2 (no intercept).";
}

}  // namespace normlab::core
