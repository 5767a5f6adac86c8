#include "app/course/classroom.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>

#include "app/course/course_controller.h"
#include "app/course/course_panel.h"
#include "app/course/screen_blank.h"
#include "app/labs/lab_page.h"
#include "app/main_window.h"
#include "app/status_messages.h"
#include "session/course/course.h"
#include "session/resource_paths.h"

namespace normlab::app {

namespace {
constexpr int kRecentLimit = 8;
const char* const kRecentKey = "window/recentExperiments";
}  // namespace

Classroom::Classroom(MainWindow* window, QMenu* fileMenu, QAction* openAction, QMenu* viewMenu)
    : QObject(window),
      window_(window),
      panel_(new CoursePanel),
      dock_(new QDockWidget(window)),
      controller_(new CourseController(window, panel_)),
      blank_(new ScreenBlank(window)) {
    dock_->setObjectName(QStringLiteral("courseDock"));
    dock_->setWidget(panel_);
    dock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window->addDockWidget(Qt::RightDockWidgetArea, dock_);
    dock_->hide();

    recent_ = new QMenu(window);
    recent_->setObjectName(QStringLiteral("menuRecent"));
    const QList<QAction*> fileActions = fileMenu->actions();
    const auto at = fileActions.indexOf(openAction);
    QAction* before = at >= 0 && at + 1 < fileActions.size() ? fileActions[at + 1] : nullptr;
    fileMenu->insertMenu(before, recent_);
    recentPaths_ = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    connect(window, &MainWindow::experimentOpened, this, &Classroom::addRecent);

    buildLessonsMenu();
    buildPresetsMenu();
    buildViewActions(viewMenu);
    // Lessons and Presets go before Help.
    QMenuBar* bar = window->menuBar();
    QAction* help = bar->actions().isEmpty() ? nullptr : bar->actions().last();
    bar->insertMenu(help, lessons_);
    bar->insertMenu(help, presets_);

    const QString path = session::course::bundledCoursePath();
    if (path.isEmpty())
        panel_->showError(tr("No course file was found (resources/lessons/course.json)."));
    else
        controller_->load(path);
    rebuildStepActions();
    rebuildRecentMenu();
    connect(controller_, &CourseController::stepEntered, this, [this] {
        dock_->show();
        foldControlsWhenCramped();
    });
    connect(dock_, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown) fitDockWidth();
    });
    panel_->installEventFilter(this);
    window_->installEventFilter(this);
    retranslate();
}

void Classroom::buildLessonsMenu() {
    lessons_ = new QMenu(window_);
    lessons_->setObjectName(QStringLiteral("menuLessons"));
    auto add = [this](QAction*& a, const char* name, QList<QKeySequence> keys, auto slot) {
        a = new QAction(window_);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        lessons_->addAction(a);
    };
    add(start_, "actionCourseStart", {}, [this] { showStartPage(); });
    add(next_, "actionCourseNext", {QKeySequence(Qt::Key_PageDown)}, [this] {
        dock_->show();
        controller_->next();
    });
    add(previous_, "actionCoursePrevious", {QKeySequence(Qt::Key_PageUp)},
        [this] { controller_->previous(); });
    add(backToStep_, "actionCourseBack", {}, [this] { controller_->restartStep(); });
    lessons_->addSeparator();
    add(blankAction_, "actionBlankScreen", {QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)},
        [this] { blank_->toggle(); });
    panelAction_ = dock_->toggleViewAction();
    panelAction_->setObjectName(QStringLiteral("actionCoursePanel"));
    panelAction_->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    lessons_->addAction(panelAction_);
    lessons_->addSeparator();
    steps_ = lessons_->addMenu(QString());
    steps_->setObjectName(QStringLiteral("menuCourseSteps"));
}

void Classroom::rebuildStepActions() {
    steps_->clear();
    const session::course::Course& course = controller_->course();
    for (int i = 0; i < course.steps.size(); ++i) {
        const session::course::CourseStep& s = course.steps[i];
        QAction* a = steps_->addAction(
            QStringLiteral("%1  %2").arg(s.section, session::course::courseText(s.title)));
        connect(a, &QAction::triggered, this, [this, i] { controller_->goTo(i); });
    }
    steps_->setEnabled(!course.steps.isEmpty());
    next_->setEnabled(controller_->isLoaded());
    previous_->setEnabled(controller_->isLoaded());
    backToStep_->setEnabled(controller_->isLoaded());
}

void Classroom::buildPresetsMenu() {
    presets_ = new QMenu(window_);
    presets_->setObjectName(QStringLiteral("menuPresets"));
    presets_->setToolTipsVisible(true);
    for (const session::PresetInfo& info : session::listPresets()) {
        QAction* a = presets_->addAction(info.name);
        a->setToolTip(info.description);
        a->setStatusTip(info.description);
        a->setData(info.path);
        connect(a, &QAction::triggered, this, [this, path = info.path] {
            QString error;
            if (!window_->openExperimentFile(path, &error))
                QMessageBox::warning(window_, tr("Could not open the preset"), error);
        });
    }
}

void Classroom::buildViewActions(QMenu* viewMenu) {
    viewMenu->addSeparator();
    const QList<LabPage*> pages = window_->pages();
    for (int i = 0; i < pages.size() && i < 9; ++i) {
        auto* a = new QAction(window_);
        a->setObjectName(QStringLiteral("actionLab%1").arg(i + 1));
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        LabPage* page = pages[i];
        connect(a, &QAction::triggered, this, [this, page] { window_->setCurrentPage(page); });
        viewMenu->addAction(a);
        labActions_ << a;
    }
    auto view = [this, viewMenu](QAction*& a, const char* name, const QKeySequence& key, int delta) {
        a = new QAction(window_);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, delta] {
            if (LabPage* page = window_->currentPage()) page->showAdjacentView(delta);
        });
        viewMenu->addAction(a);
    };
    view(nextView_, "actionNextView", QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1);
    view(previousView_, "actionPreviousView", QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1);
    collapse_ = new QAction(window_);
    collapse_->setObjectName(QStringLiteral("actionCollapseControls"));
    collapse_->setCheckable(true);
    collapse_->setShortcut(QKeySequence(Qt::Key_F9));
    connect(collapse_, &QAction::toggled, this, [this](bool collapsed) {
        foldIsTeachers_ = true;
        setControlsCollapsed(collapsed);
    });
    viewMenu->addAction(collapse_);
}

void Classroom::setControlsCollapsed(bool collapsed) {
    collapsed_ = collapsed;
    const QSignalBlocker block(collapse_);
    collapse_->setChecked(collapsed);
    for (LabPage* page : window_->pages())
        if (QWidget* controls = page->controlsPanel()) controls->setVisible(!collapsed);
}

void Classroom::showStartPage() {
    controller_->showOverview();
    dock_->show();
    dock_->raise();
}

void Classroom::addRecent(const QString& path) {
    const QString full = QFileInfo(path).absoluteFilePath();
    // Bundled presets have their own menu.
    if (QFileInfo(full).absolutePath() == QFileInfo(session::presetDir()).absoluteFilePath()) return;
    recentPaths_.removeAll(full);
    recentPaths_.prepend(full);
    while (recentPaths_.size() > kRecentLimit) recentPaths_.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recentPaths_);
    rebuildRecentMenu();
}

void Classroom::rebuildRecentMenu() {
    recent_->clear();
    for (const QString& path : recentPaths_) {
        QAction* a = recent_->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (!window_->openExperimentFile(path, &error))
                QMessageBox::warning(window_, tr("Could not open the experiment"), error);
        });
    }
    if (recentPaths_.isEmpty()) recent_->addAction(tr("(none yet)"))->setEnabled(false);
}

void Classroom::fitDockWidth() {
    // A quarter of the window (at most 560 px), so at 1280x800 the charts
    // keep three quarters of the width; the panel's text wraps to fit.
    if (!dock_->isVisible() || dock_->isFloating()) return;
    const int width = std::clamp(window_->width() / 4, panel_->minimumSizeHint().width(), 560);
    window_->resizeDocks({dock_}, {width}, Qt::Horizontal);
}

void Classroom::foldControlsWhenCramped() {
    // Measured once the window has laid out its new size, dock and fonts.
    QTimer::singleShot(0, this, [this] {
        LabPage* page = window_->currentPage();
        if (collapsed_ || foldIsTeachers_ || controller_->currentStep() < 0 || !page ||
            !dock_->isVisible() || !page->controlsPanel())
            return;
        const QWidget* viewport = page->parentWidget();  // the page's scroll area's
        if (!viewport || page->minimumSizeHint().width() <= viewport->width()) return;
        setControlsCollapsed(true);
        window_->statusMessages()->show(
            [] {
                return tr("The controls are folded away so the view fits beside the course "
                          "panel; F9 shows them.");
            },
            8000);
    });
}

bool Classroom::eventFilter(QObject* watched, QEvent* event) {
    if ((watched == window_ && event->type() == QEvent::Resize) ||
        (watched == panel_ && event->type() == QEvent::FontChange)) {
        fitDockWidth();
        foldControlsWhenCramped();
    }
    if (watched == panel_ && event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildStepActions();
        rebuildRecentMenu();
        if (panel_->isOverviewShown() && controller_->isLoaded())
            panel_->showOverview(controller_->course(), controller_->currentStep());
        else
            controller_->retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void Classroom::retranslate() {
    dock_->setWindowTitle(tr("Course"));
    recent_->setTitle(tr("Open &recent"));
    lessons_->setTitle(tr("&Lessons"));
    presets_->setTitle(tr("P&resets"));
    steps_->setTitle(tr("&Steps"));
    const auto set = [](QAction* a, const QString& text, const QString& tip) {
        a->setText(text);
        a->setToolTip(tip);
    };
    set(start_, tr("&Start page"), tr("The course panel with the list of every step"));
    set(next_, tr("&Next step"),
        tr("Reveals the current step's result; if it is shown, goes to the next step"));
    set(previous_, tr("&Previous step"), tr("Goes back one step"));
    set(backToStep_, tr("&Back to this step"),
        tr("Puts the current step's preset, view and checkpoint back"));
    set(blankAction_, tr("&Blank screen"), tr("Covers the window in black; press again to return"));
    set(panelAction_, tr("Course &panel"), tr("Shows or hides the course panel"));
    const QList<LabPage*> pages = window_->pages();
    for (int i = 0; i < labActions_.size(); ++i)
        set(labActions_[i], tr("Lab %1: %2").arg(i + 1).arg(pages[i]->title()),
            tr("Switches to the %1 lab").arg(pages[i]->title()));
    set(nextView_, tr("Next &view"), tr("The lab's next view"));
    set(previousView_, tr("Previous v&iew"), tr("The lab's previous view"));
    set(collapse_, tr("&Hide the controls"),
        tr("Folds the lab's controls away so the charts get the width"));
}

}  // namespace normlab::app
