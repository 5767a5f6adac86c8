#pragma once
// The course beside the labs: a start page listing every step, and for the
// step in progress its prompt, the class's prediction question, the run's
// progress, and after Reveal the measured numbers in large type with the
// statement they support. It only shows; CourseController decides.

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "session/course/course.h"
#include "session/course/reveal.h"

QT_BEGIN_NAMESPACE
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;
QT_END_NAMESPACE

namespace normlab::app {

class CoursePanel : public QWidget {
    Q_OBJECT
  public:
    explicit CoursePanel(QWidget* parent = nullptr);

    void showOverview(const session::course::Course& course, int current);
    void showStep(const session::course::Course& course, int index);
    void setProgress(const QString& text, bool canReveal);
    void showReveal(const session::course::CourseStep& step,
                    const session::course::RevealOutcome& outcome);
    void showError(const QString& text);

    // What is on screen, for tests.
    [[nodiscard]] bool isOverviewShown() const;
    [[nodiscard]] QString promptText() const;
    [[nodiscard]] QStringList answerTexts() const;
    [[nodiscard]] bool isRevealShown() const;
    [[nodiscard]] QStringList figureTexts() const;  // "label: value unit"
    [[nodiscard]] QString statementText() const;
    [[nodiscard]] QListWidget* stepList() const { return list_; }

  Q_SIGNALS:
    void startRequested(int index);
    void nextRequested();
    void previousRequested();
    void revealRequested();
    void restartRequested();
    void overviewRequested();

  protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void retranslate();
    void clearReveal();
    void applyFonts();
    void applyRevealType();
    // Picks the largest reveal type whose reveal fits under the title.
    void fitReveal();
    [[nodiscard]] int revealHeightFor(int width) const;

    QStackedWidget* stack_ = nullptr;
    QVBoxLayout* stepLayout_ = nullptr;
    QScrollArea* promptScroll_ = nullptr;
    QGridLayout* buttons_ = nullptr;
    // Overview.
    QLabel* courseTitle_ = nullptr;
    QLabel* overviewHint_ = nullptr;
    QListWidget* list_ = nullptr;
    QPushButton* start_ = nullptr;
    // Step.
    QLabel* where_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* prompt_ = nullptr;
    QLabel* question_ = nullptr;
    QLabel* answers_ = nullptr;
    QLabel* progress_ = nullptr;
    QWidget* revealBox_ = nullptr;
    QGridLayout* figures_ = nullptr;
    QList<QLabel*> figureLabels_;
    QList<QLabel*> figureValues_;
    QList<bool> measured_;  // per figure: has a number (large type) or says "not measured"
    int revealType_ = 0;    // index into the reveal type sizes
    QLabel* statement_ = nullptr;
    QLabel* explanation_ = nullptr;
    QPushButton* previous_ = nullptr;
    QPushButton* reveal_ = nullptr;
    QPushButton* next_ = nullptr;
    QPushButton* restart_ = nullptr;
    QPushButton* overview_ = nullptr;
    QStringList answerTexts_;
};

}  // namespace normlab::app
