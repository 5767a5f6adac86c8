#pragma once
// What a lecturer drives the window with: the course panel (a dock, and the
// start page on a first run), the Lessons menu, the Presets menu, File >
// Open recent, and the presenter keys (Page Down / Page Up, B or period to
// blank, Ctrl+1/2/3 for the labs, Ctrl+Page Down / Page Up for a lab's
// views, F9 to fold the controls away). While a step is shown, the controls
// fold away by themselves when the lab would otherwise scroll sideways beside
// the course panel, until the teacher uses F9.

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMenu;
QT_END_NAMESPACE

namespace normlab::app {

class CourseController;
class CoursePanel;
class MainWindow;
class ScreenBlank;

class Classroom : public QObject {
    Q_OBJECT
  public:
    // Adds its menus to `window`'s menu bar, "Open recent" to `fileMenu`
    // after `openAction`, and its view actions to `viewMenu`.
    Classroom(MainWindow* window, QMenu* fileMenu, QAction* openAction, QMenu* viewMenu);

    [[nodiscard]] CourseController* controller() const { return controller_; }
    [[nodiscard]] CoursePanel* panel() const { return panel_; }
    [[nodiscard]] QDockWidget* dock() const { return dock_; }
    [[nodiscard]] ScreenBlank* blank() const { return blank_; }
    [[nodiscard]] QMenu* presetsMenu() const { return presets_; }
    [[nodiscard]] QMenu* recentMenu() const { return recent_; }
    [[nodiscard]] QStringList recentExperiments() const { return recentPaths_; }
    [[nodiscard]] bool controlsCollapsed() const { return collapsed_; }

    // Remembers a file that was opened (most recent first, at most 8).
    void addRecent(const QString& path);
    void setControlsCollapsed(bool collapsed);
    // The start page: the course panel open on its list of steps.
    void showStartPage();

  private:
    void fitDockWidth();
    void foldControlsWhenCramped();
    void buildLessonsMenu();
    void buildPresetsMenu();
    void buildViewActions(QMenu* viewMenu);
    void rebuildRecentMenu();
    void rebuildStepActions();
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MainWindow* window_;
    CoursePanel* panel_;
    QDockWidget* dock_;
    CourseController* controller_;
    ScreenBlank* blank_;
    QMenu* lessons_ = nullptr;
    QMenu* steps_ = nullptr;
    QMenu* presets_ = nullptr;
    QMenu* recent_ = nullptr;
    QAction* start_ = nullptr;
    QAction* next_ = nullptr;
    QAction* previous_ = nullptr;
    QAction* backToStep_ = nullptr;
    QAction* blankAction_ = nullptr;
    QAction* panelAction_ = nullptr;
    QAction* nextView_ = nullptr;
    QAction* previousView_ = nullptr;
    QAction* collapse_ = nullptr;
    QList<QAction*> labActions_;
    QStringList recentPaths_;
    bool collapsed_ = false;
    bool foldIsTeachers_ = false;  // F9 was used: the controls stay as the teacher left them
};

}  // namespace normlab::app
