// What a class sees from the back of a room, at 1280x800 in presentation
// type: every lab fills the window without a vertical scroll bar, the
// course's reveal is in view without scrolling, and no chart text of the BN
// lab is elided to "..." (nor its linear-region table cut). With
// NORMLAB_SCREENSHOT_DIR set, each case also saves a picture.

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>
#include <iostream>

#include "app/chart_view.h"
#include "app/labs/batch_norm/init_sweep_view.h"
#include "app/labs/batch_norm/landscape_view.h"
#include "app/labs/batch_norm/linear_region_view.h"
#include "app/labs/batch_norm_page.h"
#include "batch_norm_page_fixture.h"
#include "app/course/classroom.h"
#include "app/course/course_controller.h"
#include "app/course/course_panel.h"
#include "app/labs/lab_page.h"
#include "app/main_window.h"
#include "session/course/course.h"
#include "session/training_session.h"

namespace normlab::app {
namespace {

QScrollArea* scrollAreaOf(LabPage* page) {
    QWidget* viewport = page->parentWidget();
    return viewport ? qobject_cast<QScrollArea*>(viewport->parentWidget()) : nullptr;
}

// The texts of shown charts under `root` that Qt Charts cut to "...".
QStringList elidedChartTexts(const QWidget* root) {
    QStringList out;
    for (const ChartView* chart : root->findChildren<ChartView*>()) {
        if (!chart->isVisible()) continue;
        for (const QGraphicsView* view : chart->findChildren<QGraphicsView*>())
            for (const QGraphicsItem* item : view->scene()->items())
                if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
                    text && text->isVisible() && text->toPlainText().endsWith(QLatin1String("...")))
                    out << QStringLiteral("%1: %2").arg(chart->title(), text->toPlainText());
    }
    return out;
}

// The course panel's wrapped labels that got fewer lines than their text needs.
QStringList squeezedLabels(const CoursePanel* panel) {
    QStringList out;
    for (const QLabel* l : panel->findChildren<QLabel*>())
        if (l->isVisible() && l->wordWrap() && !l->text().isEmpty() &&
            l->height() < l->heightForWidth(l->width()))
            out << QStringLiteral("%1 (%2 of %3 px): %4")
                       .arg(l->objectName())
                       .arg(l->height())
                       .arg(l->heightForWidth(l->width()))
                       .arg(l->text());
    return out;
}

// The step's title is wholly inside the prompt's visible area.
bool titleInView(const CoursePanel* panel) {
    const auto* title = panel->findChild<QLabel*>(QStringLiteral("courseStepTitle"));
    const auto* scroll = panel->findChild<QScrollArea*>(QStringLiteral("coursePromptScroll"));
    if (!title || !scroll) return false;
    const QRect shown(title->mapTo(scroll->viewport(), QPoint(0, 0)), title->size());
    return scroll->viewport()->rect().contains(shown);
}

class ClassroomLayoutTest : public ::testing::Test {
  protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->setSavesSettingsOnClose(false);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->setStepsPerFrame(0);
        present(QSize(1280, 800));
    }
    void TearDown() override {
        window->stopAllSessions();
        window->setPresentationMode(false);  // the application font back for the next tests
        window.reset();
    }
    // Presentation type in a window of a projector's size.
    void present(QSize size) {
        window->setPresentationMode(true);
        window->showNormal();
        window->resize(size);
        for (int i = 0; i < 5; ++i) QApplication::processEvents();
    }
    void shoot(const QString& name) const {
        const QString dir = qEnvironmentVariable("NORMLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QDir().mkpath(dir);
        window->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(ClassroomLayoutTest, EveryLabFillsTheWindowWithoutAVerticalScrollBar) {
    for (LabPage* page : window->pages()) {
        SCOPED_TRACE(page->labId().toStdString());
        window->setCurrentPage(page);
        QScrollArea* scroll = scrollAreaOf(page);
        ASSERT_NE(scroll, nullptr);
        const auto fills = [&] {
            return !scroll->verticalScrollBar()->isVisible() &&
                   page->height() == scroll->viewport()->height();
        };
        const bool ok = QTest::qWaitFor(fills, 3000);
        std::cout << page->labId().toStdString() << ": page " << page->width() << "x"
                  << page->height() << " in a viewport of " << scroll->viewport()->width() << "x"
                  << scroll->viewport()->height() << "\n";
        EXPECT_TRUE(ok) << "the page is " << page->height() << " px high in "
                        << scroll->viewport()->height();
        EXPECT_FALSE(scroll->verticalScrollBar()->isVisible());
        shoot(QStringLiteral("fill_%1_1280x800").arg(page->labId()));
    }
}

TEST_F(ClassroomLayoutTest, TheRevealIsInViewUnderThePromptAndTheCheckpointHasItsOwnMessage) {
    CourseController* course = window->classroom()->controller();
    CoursePanel* panel = window->classroom()->panel();
    course->setStepLimit(30);
    int index = -1;
    for (int i = 0; i < course->course().steps.size(); ++i)
        if (const auto& c = course->course().steps[i].checkpoint;
            !c.sweep && c.steps > 0 && index < 0)
            index = i;
    ASSERT_GE(index, 0);
    const session::course::CourseStep& step = course->course().steps[index];
    course->goTo(index);
    ASSERT_TRUE(QTest::qWaitFor([&] { return course->isReady(); }, 120000));
    LabPage* page = window->currentPage();
    ASSERT_EQ(page->labId(), step.lab);
    const qint64 checkpoint = std::min<qint64>(30, step.checkpoint.steps);
    const QString message = course->pauseMessage(page, checkpoint);
    EXPECT_FALSE(message.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->statusBar()->currentMessage() == message; },
                                3000))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(course->pauseMessage(page, checkpoint + 1).isEmpty());

    course->reveal();
    ASSERT_TRUE(QTest::qWaitFor([&] { return course->isRevealed(); }, 20000));
    auto* reveal = panel->findChild<QWidget*>(QStringLiteral("courseReveal"));
    auto* prompt = panel->findChild<QScrollArea*>(QStringLiteral("coursePromptScroll"));
    ASSERT_NE(reveal, nullptr);
    ASSERT_NE(prompt, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reveal->isVisible(); }, 2000));
    EXPECT_FALSE(prompt->isAncestorOf(reveal)) << "the reveal scrolls with the prompt";
    const QRect shown(reveal->mapTo(panel, QPoint(0, 0)), reveal->size());
    const QRect promptRect(prompt->mapTo(panel, QPoint(0, 0)), prompt->size());
    EXPECT_TRUE(panel->rect().contains(shown)) << "the reveal is cut off";
    EXPECT_GE(shown.top(), promptRect.bottom()) << "the reveal is not under the prompt";
    EXPECT_GE(reveal->height(), reveal->minimumSizeHint().height());
    shoot(QStringLiteral("reveal_%1_1280x800").arg(step.id));
}

// Four figures and a long statement on a 1280x800 or 1280x720 projector:
// smaller type rather than lines cut in half or a title pushed out of view.
TEST_F(ClassroomLayoutTest, EveryRevealFitsUnderItsTitleWithNoLineCut) {
    CourseController* course = window->classroom()->controller();
    CoursePanel* panel = window->classroom()->panel();
    course->setStepLimit(30);
    const QList<session::course::CourseStep>& steps = course->course().steps;
    for (const QSize size : {QSize(1280, 800), QSize(1280, 720)}) {
        present(size);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
            window->setLanguage(language);
            for (int i = 0; i < steps.size(); ++i) {
                SCOPED_TRACE(QStringLiteral("%1 %2 %3x%4")
                                 .arg(steps[i].id, language)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .toStdString());
                course->goTo(i);
                ASSERT_TRUE(QTest::qWaitFor([&] { return course->isReady(); }, 240000));
                course->reveal();
                ASSERT_TRUE(QTest::qWaitFor([&] { return course->isRevealed(); }, 240000));
                // Pending layouts first: a check before them would see the old geometry.
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                const bool fits = QTest::qWaitFor(
                    [&] { return squeezedLabels(panel).isEmpty() && titleInView(panel); }, 2000);
                EXPECT_TRUE(fits) << squeezedLabels(panel).join(QStringLiteral(" | ")).toStdString()
                                  << (titleInView(panel) ? "" : " | the title is cut");
                shoot(QStringLiteral("reveal_%1_%2_%3").arg(steps[i].id, language).arg(size.height()));
            }
        }
    }
    window->setLanguage(QStringLiteral("en"));
}


TEST_F(ClassroomLayoutTest, NothingTheClassReadsIsElidedInPresentationType) {
    BatchNormPage* bn = nullptr;
    for (LabPage* page : window->pages())
        if (!bn) bn = qobject_cast<BatchNormPage*>(page);
    ASSERT_TRUE(bn);
    // The BN lab on a small set, measuring the landscape at every checkpoint.
    window->setCurrentPage(bn);
    bn->applyExperimentConfig(test::smallTwinConfig());
    bn->landscapeView()->enableBox()->setChecked(true);
    window->restartRun(bn);
    session::TrainingSession* run = window->currentSession();
    ASSERT_NE(run, nullptr);
    run->step(40);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return bn->lastRendered() && bn->lastRendered()->step >= 40; }, 30000));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        SCOPED_TRACE(language.toStdString());
        window->setLanguage(language);
        // Checked once the views have their new texts, not before.
        const QString measure = LandscapeView::tr("&Measure at every checkpoint (costly)");
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return bn->landscapeView()->enableBox()->text() == measure; }, 3000));
        window->setCurrentPage(bn);
        for (QWidget* view : {static_cast<QWidget*>(bn->landscapeView()),
                              static_cast<QWidget*>(bn->initSweepView())}) {
            bn->tabs()->setCurrentWidget(view);
            const bool ok = QTest::qWaitFor(
                [&] { return view->isVisible() && elidedChartTexts(view).isEmpty(); }, 3000);
            EXPECT_TRUE(ok) << elidedChartTexts(view).join(QStringLiteral(" | ")).toStdString();
            shoot(QStringLiteral("elide_%1_%2").arg(bn->currentView(), language));
        }
        // The linear-region table: every header shown whole.
        bn->tabs()->setCurrentWidget(bn->regionView());
        auto* table = bn->regionView()->findChild<QLabel*>(QStringLiteral("regionTable"));
        ASSERT_NE(table, nullptr);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return table->isVisible() && table->width() >= table->minimumSizeHint().width() &&
                       table->height() >= table->heightForWidth(table->width());
            },
            3000))
            << table->width() << " of " << table->minimumSizeHint().width();
        shoot(QStringLiteral("elide_linear-region_%1").arg(language));
    }
    window->setLanguage(QStringLiteral("en"));
}

}  // namespace
}  // namespace normlab::app
