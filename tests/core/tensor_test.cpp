#include "core/tensor.h"

#include <gtest/gtest.h>

namespace normlab::core {

TEST(Shape, SizeIsChannelsTimesSpatial) {
    const Shape s{3, 4, 5};
    EXPECT_EQ(s.size(), 60);
    EXPECT_EQ(s.spatial(), 20);
    EXPECT_EQ((Shape{60, 1, 1}).size(), s.size());
    EXPECT_FALSE((Shape{60, 1, 1}) == s);
}

}  // namespace normlab::core
