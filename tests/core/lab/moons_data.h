#pragma once
// A small two-moons set the lab tests train on in milliseconds.

#include <memory>

#include "core/data/classification_set.h"

namespace normlab::core::test {

inline std::shared_ptr<const Dataset> moonsData(int samples) {
    ClassificationParams p;
    p.samples = samples;
    return std::make_shared<const Dataset>(makeClassificationSet(ClassificationKind::Moons, p, 7));
}

}  // namespace normlab::core::test
