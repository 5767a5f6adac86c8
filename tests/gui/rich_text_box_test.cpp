// The readout box: the height its text needs, at its width, in its font.

#include "app/widgets/rich_text_box.h"

#include <gtest/gtest.h>

#include <QFont>

namespace {

using normlab::app::RichTextBox;

TEST(RichTextBox, TextHeightFollowsLinesWidthAndFont) {
    RichTextBox box;
    box.resize(400, 50);
    box.setHtml("κ = 12<br>λ<sub>max</sub> = 3.7");
    const int two = box.textHeight();
    box.setHtml("κ = 12<br>λ<sub>max</sub> = 3.7<br>lr = 0.5<br><b>Converged in 3 steps</b>");
    const int four = box.textHeight();
    EXPECT_GT(four, two + box.fontMetrics().lineSpacing());
    EXPECT_EQ(box.text(),
              "κ = 12<br>λ<sub>max</sub> = 3.7<br>lr = 0.5<br><b>Converged in 3 steps</b>");

    // Narrower: the long line wraps.
    box.resize(60, 50);
    EXPECT_GT(box.textHeight(), four);

    // Larger font: taller at the same width.
    box.resize(400, 50);
    QFont large = box.font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    box.setFont(large);
    EXPECT_GT(box.textHeight(), four * 5 / 4);
}

TEST(RichTextBox, ItsSizeNeverFollowsTheText) {
    RichTextBox box;
    EXPECT_EQ(box.sizePolicy().horizontalPolicy(), QSizePolicy::Ignored);
    EXPECT_EQ(box.sizePolicy().verticalPolicy(), QSizePolicy::Fixed);
    box.resize(300, 80);
    box.setHtml(QString("a very long line of text ").repeated(20));
    EXPECT_EQ(box.size(), QSize(300, 80));
}

}  // namespace
