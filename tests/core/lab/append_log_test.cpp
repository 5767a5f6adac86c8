#include "core/lab/append_log.h"

#include <gtest/gtest.h>

namespace normlab::core {

TEST(AppendLog, KeepsOrderAcrossChunks) {
    AppendLog<int> log;
    const int n = static_cast<int>(AppendLog<int>::kChunk) * 3 + 17;
    for (int i = 0; i < n; ++i) log.push(i * 2);
    ASSERT_EQ(log.size(), static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) EXPECT_EQ(log[static_cast<std::size_t>(i)], i * 2);
    EXPECT_EQ(log.back(), (n - 1) * 2);
    int expected = 0;
    log.forEach([&](int v) {
        EXPECT_EQ(v, expected);
        expected += 2;
    });
    EXPECT_EQ(expected, n * 2);
}

TEST(AppendLog, CopiesAreUnaffectedByLaterPushes) {
    AppendLog<int> log;
    for (int i = 0; i < 300; ++i) log.push(i);
    const AppendLog<int> copy = log;
    for (int i = 300; i < 700; ++i) log.push(i);
    EXPECT_EQ(copy.size(), 300u);
    EXPECT_EQ(copy.back(), 299);
    EXPECT_EQ(log.size(), 700u);
    log.clear();
    EXPECT_TRUE(log.empty());
    EXPECT_EQ(copy[299], 299);
}

}  // namespace normlab::core
