#pragma once
// The one dense container the engine passes between layers: a batch is a
// row-major matrix with one row per sample; image samples keep their NCHW
// layout inside the row (channel-major, then rows, then columns).

#include <Eigen/Core>
#include <cstdint>

namespace normlab::core {

template <typename T>
using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <typename T>
using Vector = Eigen::Matrix<T, Eigen::Dynamic, 1>;

// Shape of one sample. A flat feature vector is {features, 1, 1}.
struct Shape {
    int channels = 1;
    int height = 1;
    int width = 1;

    [[nodiscard]] int size() const { return channels * height * width; }
    [[nodiscard]] int spatial() const { return height * width; }
    bool operator==(const Shape&) const = default;
};

template <typename T>
struct Tensor {
    Matrix<T> data;  // rows = batch size, cols = shape.size()
    Shape shape;
};

}  // namespace normlab::core
