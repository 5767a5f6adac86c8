#include "core/data/scaler.h"

#include <cmath>
#include <stdexcept>

namespace normlab::core {

void Scaler::reset() {
    count_ = 0;
    mean_.resize(0);
    m2_.resize(0);
    min_.resize(0);
    max_.resize(0);
}

void Scaler::fit(const Matrix<float>& train) {
    reset();
    partialFit(train);
}

void Scaler::partialFit(const Matrix<float>& chunk) { accumulate(chunk.cast<double>()); }

void Scaler::partialFit(const Matrix<std::uint8_t>& chunk) { accumulate(chunk.cast<double>()); }

void Scaler::partialFit(const std::uint8_t* data, Eigen::Index rows, Eigen::Index cols) {
    if (rows < 0 || cols < 0 || (rows > 0 && cols > 0 && data == nullptr)) {
        throw std::invalid_argument("scaler: partialFit got an invalid uint8 buffer");
    }
    const Eigen::Map<const Matrix<std::uint8_t>> view(data, rows, cols);
    accumulate(view.cast<double>());
}

template <typename Rows>
void Scaler::accumulate(const Rows& chunk) {
    const Eigen::Index n = chunk.rows();
    const Eigen::Index cols = chunk.cols();
    if (n == 0) return;
    if (cols == 0) throw std::invalid_argument("scaler: cannot fit data with zero columns");
    if (count_ > 0 && cols != mean_.size()) {
        throw std::invalid_argument("scaler: chunk has " + std::to_string(cols) +
                                    " columns, earlier data had " + std::to_string(mean_.size()));
    }
    const Matrix<double> rows = chunk;
    if (!rows.allFinite()) throw std::invalid_argument("scaler: training data contains NaN or inf");
    const Eigen::VectorXd chunkMean = rows.colwise().mean().transpose();
    const Eigen::VectorXd chunkM2 =
        (rows.rowwise() - chunkMean.transpose()).colwise().squaredNorm().transpose();
    const Eigen::VectorXd chunkMin = rows.colwise().minCoeff().transpose();
    const Eigen::VectorXd chunkMax = rows.colwise().maxCoeff().transpose();
    if (count_ == 0) {
        count_ = n;
        mean_ = chunkMean;
        m2_ = chunkM2;
        min_ = chunkMin;
        max_ = chunkMax;
        return;
    }
    // Chan et al.: merge two (count, mean, M2) summaries without losing precision.
    const double na = static_cast<double>(count_);
    const double nb = static_cast<double>(n);
    const double total = na + nb;
    const Eigen::VectorXd delta = chunkMean - mean_;
    mean_ += delta * (nb / total);
    m2_ += chunkM2 + delta.cwiseAbs2() * (na * nb / total);
    min_ = min_.cwiseMin(chunkMin);
    max_ = max_.cwiseMax(chunkMax);
    count_ += n;
}

Eigen::VectorXd Scaler::stddev() const {
    if (count_ == 0) return {};
    return (m2_ / static_cast<double>(count_)).cwiseSqrt();
}

Eigen::VectorXd Scaler::spread() const {
    switch (kind_) {
        case ScalingKind::None:
            return Eigen::VectorXd::Ones(mean_.size());
        case ScalingKind::MinMax:
            return max_ - min_;
        case ScalingKind::ZScore:
            return stddev();
    }
    return {};
}

Eigen::VectorXd Scaler::offset() const {
    switch (kind_) {
        case ScalingKind::None:
            return Eigen::VectorXd::Zero(mean_.size());
        case ScalingKind::MinMax:
            return min_;
        case ScalingKind::ZScore:
            return mean_;
    }
    return {};
}

Eigen::VectorXd Scaler::factor() const {
    const Eigen::VectorXd s = spread();
    Eigen::VectorXd f(s.size());
    for (Eigen::Index j = 0; j < s.size(); ++j) {
        // A spread that is zero, or lost in rounding next to the values, is a constant column.
        const double magnitude = std::max({1.0, std::abs(min_[j]), std::abs(max_[j])});
        f[j] = s[j] > 1e-12 * magnitude ? 1.0 / s[j] : 0.0;
    }
    return f;
}

void Scaler::requireFitted(Eigen::Index cols, const char* what) const {
    if (kind_ == ScalingKind::None && count_ == 0) return;  // identity needs no statistics
    if (count_ == 0) {
        throw std::logic_error(std::string("scaler: ") + what + " called before fit");
    }
    if (cols != mean_.size()) {
        throw std::invalid_argument(std::string("scaler: ") + what + " got " +
                                    std::to_string(cols) + " columns, fitted on " +
                                    std::to_string(mean_.size()));
    }
}

void Scaler::transform(Matrix<float>& x) const {
    requireFitted(x.cols(), "transform");
    if (kind_ == ScalingKind::None) return;
    const Eigen::VectorXd off = offset();
    const Eigen::VectorXd f = factor();
    // Row by row, each value as (double(x) - offset) * factor rounded to
    // float: the rows are contiguous (a column walk strides a whole row per value).
    const Eigen::Index cols = x.cols();
    const double* o = off.data();
    const double* g = f.data();
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        float* row = x.row(i).data();
        for (Eigen::Index j = 0; j < cols; ++j)
            row[j] = static_cast<float>((static_cast<double>(row[j]) - o[j]) * g[j]);
    }
}

Matrix<float> Scaler::transformed(const Matrix<float>& x) const {
    Matrix<float> copy = x;
    transform(copy);
    return copy;
}

void Scaler::inverse(Matrix<float>& x) const {
    requireFitted(x.cols(), "inverse");
    if (kind_ == ScalingKind::None) return;
    const Eigen::VectorXd off = offset();
    const Eigen::VectorXd f = factor();
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const double back = f[j] == 0.0 ? 0.0 : 1.0 / f[j];
        x.col(j) = (x.col(j).cast<double>().array() * back + off[j]).cast<float>();
    }
}

Eigen::Vector2d Scaler::inversePoint(const Eigen::Vector2d& scaled) const {
    requireFitted(2, "inversePoint");
    if (kind_ == ScalingKind::None) return scaled;
    const Eigen::VectorXd off = offset();
    const Eigen::VectorXd f = factor();
    Eigen::Vector2d raw;
    for (int j = 0; j < 2; ++j) raw[j] = (f[j] == 0.0 ? 0.0 : scaled[j] / f[j]) + off[j];
    return raw;
}

}  // namespace normlab::core
