#include "core/data/dataset.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "core/data/train_test_split.h"

namespace normlab::core {
namespace {

FeatureStore byteStore() {
    // 3 rows x 2 cols.
    return FeatureStore::fromBytes({0, 255, 51, 102, 10, 20}, 3, 2, 1.0f / 255.0f);
}

TEST(FeatureStore, GathersCompactRowsAsScaledFloats) {
    const FeatureStore store = byteStore();
    EXPECT_TRUE(store.isCompact());
    Matrix<float> out;
    store.gather({2, 0}, out);
    ASSERT_EQ(out.rows(), 2);
    ASSERT_EQ(out.cols(), 2);
    EXPECT_FLOAT_EQ(out(0, 0), 10.0f / 255.0f);
    EXPECT_FLOAT_EQ(out(0, 1), 20.0f / 255.0f);
    EXPECT_FLOAT_EQ(out(1, 0), 0.0f);
    EXPECT_FLOAT_EQ(out(1, 1), 1.0f);
    EXPECT_FLOAT_EQ(store.at(1, 1), 0.4f);
}

TEST(FeatureStore, GathersFloatRowsExactly) {
    Matrix<float> x(3, 2);
    x << 1, 2, 3, 4, 5, 6;
    const FeatureStore store = FeatureStore::fromFloat(x);
    Matrix<float> out;
    store.gather({1, 1, 2}, out);
    EXPECT_EQ(out.row(0), x.row(1));
    EXPECT_EQ(out.row(1), x.row(1));
    EXPECT_EQ(out.row(2), x.row(2));
    EXPECT_EQ(store.toFloat(), x);
}

TEST(FeatureStore, RejectsRowsOutsideTheStore) {
    Matrix<float> out;
    EXPECT_THROW(byteStore().gather({3}, out), std::out_of_range);
    EXPECT_THROW(byteStore().gather({-1}, out), std::out_of_range);
    EXPECT_THROW(FeatureStore::fromBytes({1, 2, 3}, 2, 2, 1.0f), std::invalid_argument);
}

TEST(FeatureStore, SubsetKeepsCompactStorage) {
    const FeatureStore sub = byteStore().subset({2});
    EXPECT_TRUE(sub.isCompact());
    EXPECT_EQ(sub.rows(), 1);
    EXPECT_EQ(sub.bytes(), (std::vector<std::uint8_t>{10, 20}));
    EXPECT_THROW((void)sub.floats(), std::logic_error);
}

TEST(Split, GathersLabelsAndTargets) {
    Split s;
    s.features = byteStore();
    s.labels = {4, 5, 6};
    s.targets.resize(3, 1);
    s.targets << 0.5f, 1.5f, 2.5f;
    std::vector<int> labels;
    s.gatherLabels({2, 0}, labels);
    EXPECT_EQ(labels, (std::vector<int>{6, 4}));
    Matrix<float> targets;
    s.gatherTargets({1}, targets);
    EXPECT_FLOAT_EQ(targets(0, 0), 1.5f);
}

TEST(Dataset, ValidateNamesTheInconsistency) {
    Dataset d;
    d.name = "tiny";
    d.shape = Shape{2, 1, 1};
    d.numClasses = 2;
    d.train.features = byteStore();
    d.train.labels = {0, 1, 0};
    EXPECT_NO_THROW(d.validate());
    d.train.labels = {0, 1, 2};
    try {
        d.validate();
        FAIL() << "label 2 of 2 classes accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("label 2"), std::string::npos) << e.what();
    }
    d.train.labels = {0, 1};
    EXPECT_THROW(d.validate(), std::invalid_argument);
}

TEST(TrainTestSplit, PartitionsEveryRowOnceAndIsSeeded) {
    const SplitIndices a = shuffledSplitIndices(100, 0.25, 3);
    EXPECT_EQ(a.test.size(), 25u);
    EXPECT_EQ(a.train.size(), 75u);
    std::vector<int> all = a.train;
    all.insert(all.end(), a.test.begin(), a.test.end());
    std::sort(all.begin(), all.end());
    for (int i = 0; i < 100; ++i) EXPECT_EQ(all[static_cast<std::size_t>(i)], i);
    const SplitIndices b = shuffledSplitIndices(100, 0.25, 3);
    EXPECT_EQ(a.test, b.test);
    EXPECT_NE(a.test, shuffledSplitIndices(100, 0.25, 4).test);
    EXPECT_THROW(shuffledSplitIndices(10, 1.0, 1), std::invalid_argument);
    EXPECT_THROW(shuffledSplitIndices(0, 0.2, 1), std::invalid_argument);
}

TEST(TrainTestSplit, SplitKeepsFeaturesWithTheirLabels) {
    Split all;
    Matrix<float> x(20, 1);
    for (int i = 0; i < 20; ++i) x(i, 0) = static_cast<float>(i);
    all.features = FeatureStore::fromFloat(x);
    for (int i = 0; i < 20; ++i) all.labels.push_back(i % 3);
    const TrainTestSplits s = splitTrainTest(all, 0.3, 9);
    EXPECT_EQ(s.train.size() + s.test.size(), 20);
    EXPECT_EQ(s.test.size(), 6);
    for (int r = 0; r < s.test.size(); ++r) {
        EXPECT_EQ(s.test.labels[static_cast<std::size_t>(r)],
                  static_cast<int>(s.test.features.at(r, 0)) % 3);
    }
}

}  // namespace
}  // namespace normlab::core
