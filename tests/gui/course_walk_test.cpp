// The guided course in the real window, driven by the keys a presenter
// remote sends: Page Down alone walks every step from a fresh start (each
// shows its lab, view and prompt, and after the reveal its numbers), Page Up
// goes back, and no step leaves a lab unable to run. Training checkpoints
// are capped at 100 steps here (the course's own numbers are checked
// headlessly at the real checkpoints by the session tests).

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QTableWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "app/course/classroom.h"
#include "app/course/course_controller.h"
#include "app/course/course_panel.h"
#include "app/course/reveal_highlight.h"
#include "app/course/screen_blank.h"
#include "app/labs/lab_page.h"
#include "app/main_window.h"
#include "app/shortcuts_dialog.h"
#include "session/course/course.h"
#include "session/course/step_runner.h"
#include "session/experiment_config.h"
#include "session/training_session.h"

namespace normlab::app {
namespace {

using session::course::courseText;

class CourseWindowTest : public ::testing::Test {
  protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->setSavesSettingsOnClose(false);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->setStepsPerFrame(0);
        controller = window->classroom()->controller();
        panel = window->classroom()->panel();
        ASSERT_TRUE(controller->isLoaded());
    }
    void TearDown() override {
        window->stopAllSessions();
        window.reset();
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(window.get(), static_cast<Qt::Key>(key), modifiers);
    }
    [[nodiscard]] int stepIndex(const QString& id) const {
        for (int i = 0; i < controller->course().steps.size(); ++i)
            if (controller->course().steps[i].id == id) return i;
        return -1;
    }
    // The page in front needs no more width than its scroll area shows.
    [[nodiscard]] bool pageFitsSideways() const {
        LabPage* page = window->currentPage();
        return page->minimumSizeHint().width() <= page->parentWidget()->width();
    }

    std::unique_ptr<MainWindow> window;
    CourseController* controller = nullptr;
    CoursePanel* panel = nullptr;
};

TEST_F(CourseWindowTest, PageDownAloneWalksTheWholeCourseAndPageUpGoesBack) {
    controller->setStepLimit(100);
    const QList<session::course::CourseStep>& steps = controller->course().steps;
    const int n = static_cast<int>(steps.size());
    press(Qt::Key_PageDown);  // the first press starts the course
    for (int i = 0; i < n; ++i) {
        SCOPED_TRACE(steps[i].id.toStdString());
        const session::course::CourseStep& step = steps[i];
        ASSERT_EQ(controller->currentStep(), i);
        ASSERT_TRUE(window->currentPage());
        EXPECT_EQ(window->currentPage()->labId(), step.lab);
        QWidget* view = window->currentPage()->viewWidget(step.view);
        ASSERT_TRUE(view);
        EXPECT_TRUE(view->isVisible());
        EXPECT_TRUE(window->classroom()->dock()->isVisible());
        EXPECT_EQ(panel->promptText(), courseText(step.prompt));
        EXPECT_EQ(panel->answerTexts().size(),
                  step.prediction ? step.prediction->answers.size() : 0);
        EXPECT_FALSE(panel->isRevealShown());

        press(Qt::Key_PageDown);  // reveal, once the run is at its checkpoint
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller->isRevealed(); }, 240000));
        EXPECT_TRUE(panel->isRevealShown());
        const QStringList figures = panel->figureTexts();
        ASSERT_EQ(figures.size(), step.reveal.figures.size());
        // Numbers at an uncapped checkpoint must all be measured.
        if (step.checkpoint.sweep || step.checkpoint.steps <= 100) {
            for (const QString& f : figures)
                EXPECT_FALSE(f.endsWith(QStringLiteral(": not measured"))) << f.toStdString();
        }
        EXPECT_FALSE(panel->statementText().isEmpty());
        auto* highlight = window->findChild<RevealHighlight*>(QStringLiteral("revealHighlight"));
        ASSERT_TRUE(highlight);
        EXPECT_EQ(highlight->framed(), view);
        if (i + 1 < n) press(Qt::Key_PageDown);
    }
    // At the end Page Down stays on the last step.
    press(Qt::Key_PageDown);
    EXPECT_EQ(controller->currentStep(), n - 1);

    press(Qt::Key_PageUp);
    ASSERT_EQ(controller->currentStep(), n - 2);
    EXPECT_FALSE(panel->isRevealShown());
    EXPECT_EQ(panel->promptText(), courseText(steps[n - 2].prompt));
    press(Qt::Key_PageDown);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller->isRevealed(); }, 240000));

    // No lab is left stuck: each training lab still plays when asked.
    for (LabPage* page : window->pages()) {
        window->setCurrentPage(page);
        session::TrainingSession* s = window->currentSession();
        if (!s) continue;
        s->setPauseAtStep(0);
        ASSERT_TRUE(QTest::qWaitFor([&] { return s->latest() != nullptr; }, 60000));
        const std::int64_t before = s->latest()->step;
        s->play();
        EXPECT_TRUE(QTest::qWaitFor([&] { return s->latest()->step > before; }, 60000))
            << page->labId().toStdString();
        s->pause();
    }
}

TEST_F(CourseWindowTest, LeavingTheScriptAndComingBackRestoresTheStep) {
    controller->setStepLimit(20);
    int first = -1;
    for (int i = 0; i < controller->course().steps.size(); ++i)
        if (controller->course().steps[i].lab == QLatin1String("feature_scaling") &&
            controller->course().steps[i].checkpoint.steps > 0) {
            first = i;
            break;
        }
    ASSERT_GE(first, 0);
    controller->goTo(first);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller->isReady(); }, 60000));
    LabPage* page = window->currentPage();
    // The teacher changes the lab by hand: the learning rate of another file.
    session::ExperimentConfig changed = *page->experimentConfig();
    changed.setValue("fraction", 0.3);
    page->applyExperimentConfig(changed);
    window->restartRun(page);
    ASSERT_FALSE(*page->experimentConfig() ==
                 session::course::stepConfig(controller->course().steps[first]));
    page->showAdjacentView(1);
    controller->restartStep();
    EXPECT_EQ(window->currentPage(), page);
    EXPECT_TRUE(page->viewWidget(controller->course().steps[first].view)->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller->isReady(); }, 60000));
    controller->reveal();
    EXPECT_TRUE(controller->isRevealed());
    EXPECT_GE(controller->outcome()->statement, 0);
}

TEST_F(CourseWindowTest, ALanguageChangeWhileARevealWaitsKeepsThePendingReveal) {
    controller->setStepLimit(300);
    const int drift = stepIndex(QStringLiteral("bn-drift"));
    ASSERT_GE(drift, 0);
    const session::course::CourseStep& step = controller->course().steps[drift];
    window->setStepsPerFrame(1);  // slow enough to pause well before the checkpoint
    controller->goTo(drift);
    session::TrainingSession* s = window->currentSession();
    ASSERT_TRUE(s);
    s->pause();
    ASSERT_FALSE(controller->isReady());
    press(Qt::Key_PageDown);  // asks for the reveal: it waits for the checkpoint
    EXPECT_FALSE(controller->isRevealed());
    EXPECT_FALSE(panel->isRevealShown());

    ASSERT_TRUE(window->setLanguage(QStringLiteral("ko")));
    EXPECT_EQ(controller->currentStep(), drift);
    // The panel is re-shown when the language-change event arrives.
    EXPECT_NE(courseText(step.prompt), step.prompt);  // really in Korean now
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->promptText() == courseText(step.prompt); },
                                10000));
    EXPECT_FALSE(controller->isRevealed());
    EXPECT_FALSE(controller->isReady());

    // The run goes on to its checkpoint and the reveal comes without another key.
    window->setStepsPerFrame(0);
    s->play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller->isRevealed(); }, 120000));
    EXPECT_TRUE(panel->isRevealShown());
    ASSERT_TRUE(controller->outcome().has_value());
    ASSERT_GE(controller->outcome()->statement, 0);
    EXPECT_EQ(panel->statementText().isEmpty(), false);
    ASSERT_TRUE(window->setLanguage(QStringLiteral("en")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->promptText() == step.prompt; }, 10000));
    EXPECT_TRUE(controller->isRevealed());  // and a switch back keeps it revealed
    EXPECT_TRUE(panel->isRevealShown());
}

TEST_F(CourseWindowTest, PresenterKeysSwitchLabsViewsBlankAndFoldTheControls) {
    const QList<LabPage*> pages = window->pages();
    press(Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), pages[2]);
    press(Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), pages[1]);
    const QString before = pages[1]->currentView();
    press(Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_NE(pages[1]->currentView(), before);
    press(Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(pages[1]->currentView(), before);
    press(Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), pages[0]);

    ScreenBlank* blank = window->classroom()->blank();
    press(Qt::Key_B);
    EXPECT_TRUE(blank->isVisible());
    EXPECT_EQ(blank->geometry(), window->rect());
    press(Qt::Key_B);
    EXPECT_FALSE(blank->isVisible());
    press(Qt::Key_Period);
    EXPECT_TRUE(blank->isVisible());
    press(Qt::Key_Period);
    EXPECT_FALSE(blank->isVisible());

    for (LabPage* page : pages) ASSERT_TRUE(page->controlsPanel());
    EXPECT_TRUE(pages[0]->controlsPanel()->isVisible());
    press(Qt::Key_F9);
    for (LabPage* page : pages) EXPECT_TRUE(page->controlsPanel()->isHidden());
    press(Qt::Key_F9);
    for (LabPage* page : pages) EXPECT_FALSE(page->controlsPanel()->isHidden());
}

TEST_F(CourseWindowTest, AStepFoldsControlsThatWouldPushItsViewSidewaysUntilF9IsUsed) {
    controller->setStepLimit(50);
    window->setPresentationMode(true);
    window->showNormal();  // a 1280x800 projector
    window->resize(1280, 800);
    const int ics = stepIndex(QStringLiteral("bn-ics"));
    const int drift = stepIndex(QStringLiteral("bn-drift"));
    ASSERT_GE(ics, 0);
    ASSERT_GE(drift, 0);
    LabPage* bn = window->pages()[1];
    controller->goTo(ics);
    QTRY_VERIFY(bn->controlsPanel()->isHidden());
    EXPECT_TRUE(window->classroom()->controlsCollapsed());
    QTRY_VERIFY(pageFitsSideways());

    press(Qt::Key_F9);  // the teacher wants the controls: they stay from now on
    EXPECT_FALSE(bn->controlsPanel()->isHidden());
    controller->goTo(drift);
    for (int i = 0; i < 5; ++i) QApplication::processEvents();
    EXPECT_FALSE(bn->controlsPanel()->isHidden());
    EXPECT_FALSE(window->classroom()->controlsCollapsed());
    window->setPresentationMode(false);  // its larger type is the application's font
}

TEST_F(CourseWindowTest, PresetsMenuListsEveryBundledPresetAndOpensIt) {
    QMenu* menu = window->classroom()->presetsMenu();
    const QList<session::PresetInfo> presets = session::listPresets();
    ASSERT_EQ(menu->actions().size(), presets.size());
    for (int i = 0; i < presets.size(); ++i)
        EXPECT_EQ(menu->actions()[i]->text(), presets[i].name);
    for (QAction* a : menu->actions())
        if (a->text() == QLatin1String("bn-cnn")) a->trigger();
    EXPECT_EQ(window->currentPage()->labId(), "batch_norm");
    EXPECT_EQ(window->currentPage()->experimentConfig()->getString("model"), "cnn");
    // Presets are not "recent files"; other files are.
    EXPECT_TRUE(window->classroom()->recentExperiments().isEmpty() ||
                !window->classroom()->recentExperiments().first().endsWith("bn-cnn.json"));
}

TEST_F(CourseWindowTest, OpenRecentListsOpenedFilesNewestFirstAndReopensThem) {
    QTemporaryDir dir;
    LabPage* page = window->currentPage();
    ASSERT_TRUE(page);
    QString error;
    QStringList files;
    for (int i = 0; i < 9; ++i) {
        files << dir.filePath(QStringLiteral("run%1.json").arg(i));
        ASSERT_TRUE(window->saveExperimentFile(files.last(), &error)) << error.toStdString();
        ASSERT_TRUE(window->openExperimentFile(files.last(), &error)) << error.toStdString();
    }
    // Newest first, at most eight.
    const QStringList recent = window->classroom()->recentExperiments();
    ASSERT_EQ(recent.size(), 8);
    EXPECT_TRUE(recent.first().endsWith(QStringLiteral("run8.json")));
    EXPECT_TRUE(recent.last().endsWith(QStringLiteral("run1.json")));
    QMenu* menu = window->classroom()->recentMenu();
    ASSERT_EQ(menu->actions().size(), 8);
    EXPECT_EQ(menu->actions().first()->text(), QStringLiteral("run8.json"));
    // Choosing an entry opens it again and puts it first.
    menu->actions().last()->trigger();
    EXPECT_TRUE(window->classroom()->recentExperiments().first().endsWith(QStringLiteral("run1.json")));
}

TEST_F(CourseWindowTest, AFirstRunOpensOnTheStartPageAndALaterOneDoesNot) {
    QTemporaryDir dir;
    QSettings fresh(dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    MainWindow first;
    first.setSavesSettingsOnClose(false);
    first.restoreSettings(fresh);
    first.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
    EXPECT_TRUE(first.classroom()->dock()->isVisible());
    EXPECT_TRUE(first.classroom()->panel()->isOverviewShown());

    // Settings of an earlier run (a lab was open): no start page over it.
    QSettings earlier(dir.filePath(QStringLiteral("earlier.ini")), QSettings::IniFormat);
    earlier.setValue(QStringLiteral("window/tab"), QStringLiteral("batch_norm"));
    MainWindow later;
    later.setSavesSettingsOnClose(false);
    later.restoreSettings(earlier);
    later.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&later));
    EXPECT_FALSE(later.classroom()->dock()->isVisible());
    EXPECT_EQ(later.currentPage()->labId(), QStringLiteral("batch_norm"));
    first.stopAllSessions();
    later.stopAllSessions();
}

TEST_F(CourseWindowTest, ShortcutsDialogListsEveryClassroomKeyUncut) {
    ShortcutsDialog dialog(window->findChildren<QAction*>(), window.get());
    auto* table = dialog.findChild<QTableWidget*>();
    ASSERT_TRUE(table);
    QStringList keys;
    for (int r = 0; r < table->rowCount(); ++r) keys << table->item(r, 0)->text();
    const QString all = keys.join(QLatin1Char('|'));
    for (const QKeySequence& k :
         {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_B),
          QKeySequence(Qt::Key_Period), QKeySequence(Qt::CTRL | Qt::Key_1),
          QKeySequence(Qt::CTRL | Qt::Key_3), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
          QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::Key_F9),
          QKeySequence(Qt::CTRL | Qt::Key_C), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)})
        EXPECT_TRUE(all.contains(k.toString(QKeySequence::NativeText)))
            << k.toString().toStdString();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // Every cell's text fits its cell (inside the style's text margins).
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c) {
            const QRect cell = table->visualRect(table->model()->index(r, c));
            const QRect need = table->fontMetrics().boundingRect(
                QRect(0, 0, cell.width() - margin, 10000), Qt::TextWordWrap, table->item(r, c)->text());
            EXPECT_LE(need.height(), cell.height()) << table->item(r, c)->text().toStdString();
        }
    EXPECT_LE(table->horizontalHeader()->length(), table->viewport()->width() + 1);
}

}  // namespace
}  // namespace normlab::app
