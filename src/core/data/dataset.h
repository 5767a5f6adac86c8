#pragma once
// A labelled data set as the engine trains on it: per-sample shape, class
// names, and train/test splits. Image pixels stay uint8 until a batch is
// drawn, so Fashion-MNIST costs 47 MB instead of 188 MB of floats.

#include <cstdint>
#include <string>
#include <vector>

#include "core/tensor.h"

namespace normlab::core {

class FeatureStore {
  public:
    FeatureStore() = default;
    static FeatureStore fromFloat(Matrix<float> features);
    // Row-major bytes, rows x cols; gathered values are byte * scale.
    static FeatureStore fromBytes(std::vector<std::uint8_t> bytes, int rows, int cols, float scale);

    [[nodiscard]] int rows() const { return rows_; }
    [[nodiscard]] int cols() const { return cols_; }
    [[nodiscard]] bool isCompact() const { return compact_; }

    // Copies the selected rows as float into out (resized to rows.size() x cols).
    void gather(const std::vector<int>& rows, Matrix<float>& out) const;
    // Every row as float (for fitting scalers, plotting 2-D sets).
    [[nodiscard]] Matrix<float> toFloat() const;
    // A store holding only the selected rows, keeping the storage kind.
    [[nodiscard]] FeatureStore subset(const std::vector<int>& rows) const;
    [[nodiscard]] float at(int row, int col) const;

    // Direct access to the storage; each throws if the store is the other kind.
    [[nodiscard]] const Matrix<float>& floats() const;
    [[nodiscard]] const std::vector<std::uint8_t>& bytes() const;

  private:
    void checkRow(int row) const;

    Matrix<float> floats_;
    std::vector<std::uint8_t> bytes_;
    int rows_ = 0;
    int cols_ = 0;
    float scale_ = 1.0f;
    bool compact_ = false;
};

// One split: features plus either class labels or regression targets.
struct Split {
    FeatureStore features;
    std::vector<int> labels;  // classification: one class index per row
    Matrix<float> targets;    // regression: one row per sample

    [[nodiscard]] int size() const { return features.rows(); }
    void gather(const std::vector<int>& rows, Matrix<float>& out) const {
        features.gather(rows, out);
    }
    void gatherLabels(const std::vector<int>& rows, std::vector<int>& out) const;
    void gatherTargets(const std::vector<int>& rows, Matrix<float>& out) const;
    [[nodiscard]] Split subset(const std::vector<int>& rows) const;
};

struct Dataset {
    std::string name;
    Shape shape;                          // one sample, e.g. {1, 28, 28} or {2, 1, 1}
    int numClasses = 0;                   // 0 for regression
    std::vector<std::string> classNames;  // empty or numClasses entries
    Split train;
    Split test;

    [[nodiscard]] bool isClassification() const { return numClasses > 0; }
    [[nodiscard]] int featureCount() const { return shape.size(); }
    // Throws std::invalid_argument naming the first inconsistency found.
    void validate() const;
};

}  // namespace normlab::core
