#pragma once
// Per-column feature scaling fitted on training data only and then applied,
// unchanged, to any split or batch. Statistics are accumulated in double with
// Chan's parallel update, so big uint8 image sets can be fitted chunk by chunk
// and give the same result as one pass over all rows.
//
// Constant columns (max == min, or zero variance) never produce NaN: min-max
// maps them to 0 (the value minus the column minimum) and z-score maps them to
// 0 (the value minus the column mean); both are "no information" after
// scaling. `inverse` maps such a column back to the constant.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/enum_names.h"
#include "core/tensor.h"

namespace normlab::core {

enum class ScalingKind { None, MinMax, ZScore };

constexpr EnumNaming<ScalingKind, 3> enumNaming(ScalingKind /*value*/) {
    return {"scaling",
            {{{ScalingKind::None, "none"},
              {ScalingKind::MinMax, "minmax"},
              {ScalingKind::ZScore, "zscore"}}}};
}

class Scaler {
  public:
    explicit Scaler(ScalingKind kind = ScalingKind::None) : kind_(kind) {}

    // Forget previous statistics and fit on `train` (rows = samples).
    void fit(const Matrix<float>& train);
    // Accumulate more training rows; the first call fixes the column count.
    void partialFit(const Matrix<float>& chunk);
    void partialFit(const Matrix<std::uint8_t>& chunk);
    // Raw row-major pixels or features: `rows` samples of `cols` values each.
    void partialFit(const std::uint8_t* data, Eigen::Index rows, Eigen::Index cols);
    void reset();

    // x' = (x - offset) * factor per column, in place.
    void transform(Matrix<float>& x) const;
    [[nodiscard]] Matrix<float> transformed(const Matrix<float>& x) const;
    // Back to raw units: x = x' * spread + offset.
    void inverse(Matrix<float>& x) const;
    [[nodiscard]] Eigen::Vector2d inversePoint(const Eigen::Vector2d& scaled) const;

    [[nodiscard]] ScalingKind kind() const { return kind_; }
    [[nodiscard]] std::int64_t sampleCount() const { return count_; }
    [[nodiscard]] const Eigen::VectorXd& mean() const { return mean_; }
    // Population standard deviation (divides by n).
    [[nodiscard]] Eigen::VectorXd stddev() const;
    [[nodiscard]] const Eigen::VectorXd& min() const { return min_; }
    [[nodiscard]] const Eigen::VectorXd& max() const { return max_; }
    // The affine map actually applied; factor is 0 for constant columns.
    [[nodiscard]] Eigen::VectorXd offset() const;
    [[nodiscard]] Eigen::VectorXd factor() const;
    [[nodiscard]] Eigen::VectorXd spread() const;

  private:
    template <typename Rows>
    void accumulate(const Rows& chunk);
    void requireFitted(Eigen::Index cols, const char* what) const;

    ScalingKind kind_;
    std::int64_t count_ = 0;
    Eigen::VectorXd mean_;
    Eigen::VectorXd m2_;  // sum of squared deviations from the mean
    Eigen::VectorXd min_;
    Eigen::VectorXd max_;
};

}  // namespace normlab::core
