#pragma once
// Synthetic 2-D classification sets for the labs (sklearn-style shapes),
// deterministic per seed on every platform.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/dataset.h"
#include "core/enum_names.h"

namespace normlab::core {

enum class ClassificationKind { Circles, Moons, Xor, Spirals, Blobs };

struct ClassificationParams {
    int samples = 1000;         // train + test
    double noise = 0.1;         // std of Gaussian jitter (blobs: std of each cluster)
    int classes = 2;            // spirals and blobs; the other shapes have 2
    double testFraction = 0.2;  // in [0, 1)
};

constexpr EnumNaming<ClassificationKind, 5> enumNaming(ClassificationKind /*value*/) {
    return {"classification set",
            {{{ClassificationKind::Circles, "circles"},
              {ClassificationKind::Moons, "moons"},
              {ClassificationKind::Xor, "xor"},
              {ClassificationKind::Spirals, "spirals"},
              {ClassificationKind::Blobs, "blobs"}}}};
}
[[nodiscard]] const std::vector<ClassificationKind>& allClassificationKinds();

// Points and labels before splitting (rows in generation order).
struct LabelledPoints {
    Matrix<float> points;  // n x 2
    std::vector<int> labels;
    int classes = 2;
};
[[nodiscard]] LabelledPoints generateClassificationPoints(ClassificationKind kind,
                                                          const ClassificationParams& params,
                                                          std::uint64_t seed);

// Shape {2,1,1}, class names "class 0".., split by params.testFraction.
[[nodiscard]] Dataset makeClassificationSet(ClassificationKind kind,
                                            const ClassificationParams& params, std::uint64_t seed);

}  // namespace normlab::core
