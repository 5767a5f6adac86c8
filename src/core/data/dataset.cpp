#include "core/data/dataset.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace normlab::core {

FeatureStore FeatureStore::fromFloat(Matrix<float> features) {
    FeatureStore store;
    store.rows_ = static_cast<int>(features.rows());
    store.cols_ = static_cast<int>(features.cols());
    store.floats_ = std::move(features);
    return store;
}

FeatureStore FeatureStore::fromBytes(std::vector<std::uint8_t> bytes, int rows, int cols,
                                     float scale) {
    if (rows < 0 || cols < 0 ||
        bytes.size() != static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols)) {
        throw std::invalid_argument("FeatureStore::fromBytes: " + std::to_string(bytes.size()) +
                                    " bytes do not make " + std::to_string(rows) + " rows of " +
                                    std::to_string(cols) + " columns");
    }
    FeatureStore store;
    store.bytes_ = std::move(bytes);
    store.rows_ = rows;
    store.cols_ = cols;
    store.scale_ = scale;
    store.compact_ = true;
    return store;
}

void FeatureStore::checkRow(int row) const {
    if (row < 0 || row >= rows_) {
        throw std::out_of_range("FeatureStore: row " + std::to_string(row) + " is outside 0.." +
                                std::to_string(rows_ - 1));
    }
}

void FeatureStore::gather(const std::vector<int>& rows, Matrix<float>& out) const {
    out.resize(static_cast<Eigen::Index>(rows.size()), cols_);
    float* dst = out.data();
    const auto cols = static_cast<std::size_t>(cols_);
    if (compact_) {
        for (const int row : rows) {
            checkRow(row);
            const std::uint8_t* src = bytes_.data() + static_cast<std::size_t>(row) * cols;
            for (std::size_t c = 0; c < cols; ++c) dst[c] = static_cast<float>(src[c]) * scale_;
            dst += cols;
        }
    } else {
        for (const int row : rows) {
            checkRow(row);
            std::memcpy(dst, floats_.data() + static_cast<std::size_t>(row) * cols,
                        cols * sizeof(float));
            dst += cols;
        }
    }
}

Matrix<float> FeatureStore::toFloat() const {
    if (!compact_) return floats_;
    Matrix<float> out(rows_, cols_);
    std::transform(bytes_.begin(), bytes_.end(), out.data(),
                   [this](std::uint8_t b) { return static_cast<float>(b) * scale_; });
    return out;
}

FeatureStore FeatureStore::subset(const std::vector<int>& rows) const {
    if (!compact_) {
        Matrix<float> out;
        gather(rows, out);
        return fromFloat(std::move(out));
    }
    const auto cols = static_cast<std::size_t>(cols_);
    std::vector<std::uint8_t> out(rows.size() * cols);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        checkRow(rows[i]);
        std::memcpy(out.data() + i * cols, bytes_.data() + static_cast<std::size_t>(rows[i]) * cols,
                    cols);
    }
    return fromBytes(std::move(out), static_cast<int>(rows.size()), cols_, scale_);
}

float FeatureStore::at(int row, int col) const {
    checkRow(row);
    if (col < 0 || col >= cols_) {
        throw std::out_of_range("FeatureStore: column " + std::to_string(col) + " is outside 0.." +
                                std::to_string(cols_ - 1));
    }
    if (compact_)
        return static_cast<float>(bytes_[static_cast<std::size_t>(row) * cols_ + col]) * scale_;
    return floats_(row, col);
}

const Matrix<float>& FeatureStore::floats() const {
    if (compact_) throw std::logic_error("FeatureStore::floats: the store holds uint8 pixels");
    return floats_;
}

const std::vector<std::uint8_t>& FeatureStore::bytes() const {
    if (!compact_) throw std::logic_error("FeatureStore::bytes: the store holds floats");
    return bytes_;
}

void Split::gatherLabels(const std::vector<int>& rows, std::vector<int>& out) const {
    out.resize(rows.size());
    const int n = static_cast<int>(labels.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] < 0 || rows[i] >= n) {
            throw std::out_of_range("Split: label row " + std::to_string(rows[i]) +
                                    " is outside 0.." + std::to_string(n - 1));
        }
        out[i] = labels[static_cast<std::size_t>(rows[i])];
    }
}

void Split::gatherTargets(const std::vector<int>& rows, Matrix<float>& out) const {
    out.resize(static_cast<Eigen::Index>(rows.size()), targets.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] < 0 || rows[i] >= targets.rows()) {
            throw std::out_of_range("Split: target row " + std::to_string(rows[i]) +
                                    " is outside 0.." + std::to_string(targets.rows() - 1));
        }
        out.row(static_cast<Eigen::Index>(i)) = targets.row(rows[i]);
    }
}

Split Split::subset(const std::vector<int>& rows) const {
    Split out;
    out.features = features.subset(rows);
    if (!labels.empty()) gatherLabels(rows, out.labels);
    if (targets.size() > 0) gatherTargets(rows, out.targets);
    return out;
}

namespace {

void validateSplit(const Dataset& d, const Split& s, const char* which) {
    const std::string where = "dataset '" + d.name + "', " + which + " split: ";
    if (s.features.rows() > 0 && s.features.cols() != d.shape.size()) {
        throw std::invalid_argument(where + std::to_string(s.features.cols()) +
                                    " feature columns, expected " + std::to_string(d.shape.size()) +
                                    " from the sample shape");
    }
    if (d.isClassification()) {
        if (static_cast<int>(s.labels.size()) != s.size()) {
            throw std::invalid_argument(where + std::to_string(s.labels.size()) + " labels for " +
                                        std::to_string(s.size()) + " samples");
        }
        for (std::size_t i = 0; i < s.labels.size(); ++i) {
            if (s.labels[i] < 0 || s.labels[i] >= d.numClasses) {
                throw std::invalid_argument(where + "label " + std::to_string(s.labels[i]) +
                                            " at row " + std::to_string(i) + " is outside 0.." +
                                            std::to_string(d.numClasses - 1));
            }
        }
    } else if (s.targets.rows() != s.size()) {
        throw std::invalid_argument(where + std::to_string(s.targets.rows()) + " target rows for " +
                                    std::to_string(s.size()) + " samples");
    }
}

}  // namespace

void Dataset::validate() const {
    if (numClasses < 0) throw std::invalid_argument("dataset '" + name + "': negative class count");
    if (!classNames.empty() && static_cast<int>(classNames.size()) != numClasses) {
        throw std::invalid_argument("dataset '" + name + "': " + std::to_string(classNames.size()) +
                                    " class names for " + std::to_string(numClasses) + " classes");
    }
    validateSplit(*this, train, "train");
    validateSplit(*this, test, "test");
}

}  // namespace normlab::core
