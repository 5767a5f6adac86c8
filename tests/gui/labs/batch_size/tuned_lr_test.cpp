// The lr x B map read as tuned lr per batch size: which cell is each batch
// size's best, which rates count as trained, and sentences that follow the
// numbers.

#include "app/labs/batch_size/tuned_lr.h"

#include <gtest/gtest.h>

namespace {

using normlab::app::LrCell;
using normlab::app::tunedByBatchSize;
using normlab::app::tunedLrText;

TEST(TunedLr, EachBatchSizeGetsItsBestTrainedCellAndItsTrainedRange) {
    const QList<LrCell> cells = {
        {16, 0.01, {80.0, 82.0}, 0, 0},  {16, 0.1, {86.0, 88.0}, 0, 0},
        {16, 1.0, {}, 2, 0},              // diverged: not a rate that trained
        {1024, 0.01, {30.0}, 0, 1},       // under-trained: left out of the range
        {1024, 0.1, {70.0}, 0, 0},       {1024, 1.0, {75.0}, 0, 0},
        {4, 1.0, {}, 1, 0},               // no trained cell: B = 4 left out
    };
    const auto tuned = tunedByBatchSize(cells);
    ASSERT_EQ(tuned.size(), 2);
    EXPECT_EQ(tuned[0].batchSize, 16);
    EXPECT_DOUBLE_EQ(tuned[0].bestLearningRate, 0.1);
    EXPECT_DOUBLE_EQ(tuned[0].bestAccuracy, 87.0);  // the mean of its seeds
    EXPECT_EQ(tuned[0].rates, 3);
    EXPECT_EQ(tuned[0].trainedRates, 2);
    EXPECT_DOUBLE_EQ(tuned[0].lowestTrainedRate, 0.01);
    EXPECT_DOUBLE_EQ(tuned[0].highestTrainedRate, 0.1);
    EXPECT_EQ(tuned[1].batchSize, 1024);
    EXPECT_DOUBLE_EQ(tuned[1].bestLearningRate, 1.0);
    EXPECT_EQ(tuned[1].trainedRates, 2);
    EXPECT_DOUBLE_EQ(tuned[1].lowestTrainedRate, 0.1);
}

TEST(TunedLr, TheSentencesNameTheMeasuredWinnerEitherWay) {
    QList<LrCell> cells = {{16, 0.1, {87.0}, 0, 0}, {1024, 1.0, {75.0}, 0, 0}};
    QString text = tunedLrText(tunedByBatchSize(cells));
    EXPECT_TRUE(text.contains(QStringLiteral("best B = 16: 87.0 % at lr 0.1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("12.0 points above"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("not"))) << text.toStdString();

    cells[1].accuracies = {90.5};  // now the large batch wins
    text = tunedLrText(tunedByBatchSize(cells));
    EXPECT_TRUE(text.contains(QStringLiteral("best B = 1024: 90.5 % at lr 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3.5 points below"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<i>not</i> win"))) << text.toStdString();

    EXPECT_TRUE(tunedLrText(tunedByBatchSize({cells[0]})).isEmpty());  // one size: nothing to say
}

}  // namespace
