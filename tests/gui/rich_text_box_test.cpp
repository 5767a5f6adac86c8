// The readout box: the height its text needs, at its width, in its font.

#include "app/widgets/rich_text_box.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QTest>
#include <QVBoxLayout>

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

TEST(RichTextBox, NewTextNeverAsksItsLayoutAgain) {
    // In a shown layout, as on the page: a new text must not re-lay out the
    // parent (that is what made QLabel readouts resize the plots every frame).
    QWidget parent;
    auto* layout = new QVBoxLayout(&parent);
    auto* box = new RichTextBox;
    layout->addWidget(box);
    box->setFixedHeight(80);
    parent.resize(300, 120);
    parent.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&parent));
    const QRect before = box->geometry();

    struct LayoutRequests : QObject {
        int count = 0;
        bool eventFilter(QObject*, QEvent* event) override {
            if (event->type() == QEvent::LayoutRequest) ++count;
            return false;
        }
    } requests;
    parent.installEventFilter(&requests);
    box->setHtml(QString("a very long line of text ").repeated(20));
    QCoreApplication::processEvents();
    box->setHtml("short");
    QCoreApplication::processEvents();
    EXPECT_EQ(requests.count, 0);
    EXPECT_EQ(box->geometry(), before);
    EXPECT_EQ(box->sizePolicy().horizontalPolicy(), QSizePolicy::Ignored);
}

}  // namespace
