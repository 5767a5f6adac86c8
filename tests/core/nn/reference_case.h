#pragma once
// Reader for the PyTorch reference cases in tests/data/reference (format in
// the folder's README.md): `case NAME`, `param KEY VALUE`, and
// `tensor NAME D0 D1 ...` followed by the values in row-major order.

#include <filesystem>
#include <istream>
#include <map>
#include <string>
#include <vector>

#include "core/tensor.h"

namespace normlab::core::test {

struct ReferenceTensor {
    std::vector<int> dims;
    std::vector<double> values;
};

struct ReferenceCase {
    std::string name;
    std::string source;
    std::map<std::string, double> params;
    std::map<std::string, ReferenceTensor> tensors;

    [[nodiscard]] bool hasTensor(const std::string& key) const { return tensors.contains(key); }
    // Both throw std::runtime_error naming the case and the missing key.
    [[nodiscard]] double param(const std::string& key) const;
    [[nodiscard]] const ReferenceTensor& tensor(const std::string& key) const;
    // The tensor as a rows x (everything else) matrix; throws when the element
    // count differs from rows * cols.
    template <class T>
    [[nodiscard]] Matrix<T> matrix(const std::string& key, Eigen::Index rows,
                                   Eigen::Index cols) const;
};

// Throws std::runtime_error "SOURCE:LINE: what was expected" on malformed input.
ReferenceCase parseReferenceCase(std::istream& in, const std::string& source);
ReferenceCase loadReferenceCase(const std::filesystem::path& path);

}  // namespace normlab::core::test
