#include "app/course/course_panel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <iterator>

namespace normlab::app {

namespace {

using session::course::courseText;

QLabel* wrapped(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The reveal's type sizes, largest first: the first that fits the dock under
// the step's title is used, so a reveal of four figures on a short projector
// gets smaller numbers rather than squeezed, cut-off lines.
struct RevealType {
    double value;
    double statement;
    double label;
};
constexpr RevealType kRevealTypes[] = {
    {2.0, 1.15, 1.0}, {1.6, 1.1, 1.0}, {1.35, 1.0, 0.95}, {1.15, 1.0, 0.9}};
constexpr int kRevealTypeCount = int(std::size(kRevealTypes));

void scaleFont(QWidget* w, double factor, bool bold) {
    QFont f = w->parentWidget() ? w->parentWidget()->font() : w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    w->setFont(f);
}

}  // namespace

CoursePanel::CoursePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("coursePanel"));
    stack_ = new QStackedWidget(this);

    auto* overview = new QWidget;
    auto* ov = new QVBoxLayout(overview);
    courseTitle_ = wrapped(overview, "courseTitle");
    overviewHint_ = wrapped(overview, "overviewHint");
    list_ = new QListWidget(overview);
    list_->setObjectName(QStringLiteral("courseSteps"));
    list_->setWordWrap(true);
    start_ = new QPushButton(overview);
    start_->setObjectName(QStringLiteral("courseStart"));
    ov->addWidget(courseTitle_);
    ov->addWidget(overviewHint_);
    ov->addWidget(list_, 1);
    ov->addWidget(start_);
    connect(start_, &QPushButton::clicked, this,
            [this] { Q_EMIT startRequested(std::max(0, list_->currentRow())); });
    connect(list_, &QListWidget::itemActivated, this,
            [this] { Q_EMIT startRequested(list_->currentRow()); });

    auto* step = new QWidget;
    auto* sv = new QVBoxLayout(step);
    stepLayout_ = sv;
    where_ = wrapped(step, "courseWhere");
    title_ = wrapped(step, "courseStepTitle");
    prompt_ = wrapped(step, "coursePrompt");
    question_ = wrapped(step, "courseQuestion");
    answers_ = wrapped(step, "courseAnswers");
    progress_ = wrapped(step, "courseProgress");
    revealBox_ = new QWidget(step);
    revealBox_->setObjectName(QStringLiteral("courseReveal"));
    auto* rv = new QVBoxLayout(revealBox_);
    rv->setContentsMargins(0, 0, 0, 0);
    // Each figure on one row, its number before its label: a row is as high
    // as the label's lines, not the label's lines plus a line of large type.
    figures_ = new QGridLayout;
    figures_->setColumnStretch(1, 1);
    rv->addLayout(figures_);
    statement_ = wrapped(revealBox_, "courseStatement");
    explanation_ = wrapped(revealBox_, "courseExplanation");
    rv->addWidget(statement_);
    rv->addWidget(explanation_);
    for (QLabel* l : {where_, title_, prompt_, question_, answers_, progress_, statement_,
                      explanation_})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* content = new QWidget;
    auto* cv = new QVBoxLayout(content);
    cv->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{where_, title_, prompt_, question_, answers_,
                                                      progress_})
        cv->addWidget(w);
    cv->addStretch(1);
    auto* scroll = new QScrollArea(step);
    promptScroll_ = scroll;
    scroll->setObjectName(QStringLiteral("coursePromptScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    sv->addWidget(scroll, 1);
    // The reveal sits under the prompt's scrolled text, not in it: when the
    // class sees the numbers, nobody has to scroll down to them.
    sv->addWidget(revealBox_);

    previous_ = new QPushButton(step);
    reveal_ = new QPushButton(step);
    reveal_->setObjectName(QStringLiteral("courseRevealButton"));
    next_ = new QPushButton(step);
    restart_ = new QPushButton(step);
    overview_ = new QPushButton(step);
    // Two columns, Reveal across both: the panel stays narrow enough for a
    // quarter of a 1280-pixel projector in presentation type.
    auto* buttons = new QGridLayout;
    buttons_ = buttons;
    buttons->addWidget(previous_, 0, 0);
    buttons->addWidget(next_, 0, 1);
    buttons->addWidget(reveal_, 1, 0, 1, 2);
    buttons->addWidget(restart_, 2, 0);
    buttons->addWidget(overview_, 2, 1);
    sv->addLayout(buttons);
    // Buttons never take the keyboard focus: Page Down must reach the course, not a button.
    for (QPushButton* b : {previous_, reveal_, next_, restart_, overview_, start_})
        b->setFocusPolicy(Qt::NoFocus);
    connect(previous_, &QPushButton::clicked, this, &CoursePanel::previousRequested);
    connect(next_, &QPushButton::clicked, this, &CoursePanel::nextRequested);
    connect(reveal_, &QPushButton::clicked, this, &CoursePanel::revealRequested);
    connect(restart_, &QPushButton::clicked, this, &CoursePanel::restartRequested);
    connect(overview_, &QPushButton::clicked, this, &CoursePanel::overviewRequested);

    stack_->addWidget(overview);
    stack_->addWidget(step);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(stack_);
    retranslate();
    applyFonts();
    clearReveal();
}

void CoursePanel::applyFonts() {
    scaleFont(title_, 1.35, true);
    scaleFont(courseTitle_, 1.25, true);
    scaleFont(question_, 1.1, true);
    applyRevealType();
}

void CoursePanel::applyRevealType() {
    const RevealType& type = kRevealTypes[revealType_];
    scaleFont(statement_, type.statement, true);
    for (QLabel* l : figureLabels_) scaleFont(l, type.label, false);
    for (int i = 0; i < figureValues_.size(); ++i)
        scaleFont(figureValues_[i], measured_.value(i) ? type.value : type.label, true);
    // fitReveal measures right after this: the nested grid must not answer
    // from sizes it cached for the previous type.
    figures_->invalidate();
}

int CoursePanel::revealHeightFor(int width) const {
    revealBox_->layout()->invalidate();
    return revealBox_->layout()->totalHeightForWidth(width);
}

void CoursePanel::fitReveal() {
    if (revealBox_->isHidden()) {
        promptScroll_->setMinimumHeight(0);
        return;
    }
    const QRect area = stepLayout_->contentsRect();
    if (area.width() <= 0) return;  // not laid out yet; the first resize fits it
    const int width = area.width();
    const int spacing = stepLayout_->spacing();
    // The step's place and title stay in view above the reveal, beside the
    // prompt's scroll bar (shown once the reveal leaves the prompt short).
    const int textWidth = width - promptScroll_->verticalScrollBar()->sizeHint().width();
    const int header =
        where_->heightForWidth(textWidth) + spacing + title_->heightForWidth(textWidth);
    const int room = area.height() - header - buttons_->sizeHint().height() - 2 * spacing;
    // The smallest type is kept even when it does not fit: nothing smaller is legible.
    for (revealType_ = 0;; ++revealType_) {
        applyRevealType();
        if (revealType_ + 1 == kRevealTypeCount || revealHeightFor(width) <= room) break;
    }
    promptScroll_->setMinimumHeight(header);
}

void CoursePanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitReveal();
}

void CoursePanel::retranslate() {
    overviewHint_->setText(
        tr("Page Down goes to the next step and reveals its result; Page Up goes back. B or "
           "period blanks the screen."));
    start_->setText(tr("Start the course"));
    start_->setToolTip(tr("Begins at the selected step (the first if none is selected)"));
    previous_->setText(tr("◀ Previous"));
    previous_->setToolTip(tr("The previous step (Page Up)"));
    next_->setText(tr("Next ▶"));
    next_->setToolTip(tr("The next step (Page Down); reveals this step first"));
    reveal_->setText(tr("Reveal"));
    reveal_->setToolTip(tr("Show what this run measured (Page Down)"));
    restart_->setText(tr("Back to this step"));
    restart_->setToolTip(
        tr("Puts the step's preset, view and checkpoint back, after you changed the lab"));
    overview_->setText(tr("All steps"));
    overview_->setToolTip(tr("The list of every step of the course"));
}

void CoursePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        fitReveal();
    }
}

void CoursePanel::showOverview(const session::course::Course& course, int current) {
    courseTitle_->setText(courseText(course.title));
    list_->clear();
    for (const session::course::CourseStep& s : course.steps)
        list_->addItem(QStringLiteral("%1  %2").arg(s.section, courseText(s.title)));
    list_->setCurrentRow(std::max(0, current));
    stack_->setCurrentIndex(0);
}

void CoursePanel::showStep(const session::course::Course& course, int index) {
    const session::course::CourseStep& s = course.steps[index];
    where_->setText(tr("Step %1 of %2 · %3").arg(index + 1).arg(course.steps.size()).arg(s.section));
    title_->setText(courseText(s.title));
    prompt_->setText(courseText(s.prompt));
    answerTexts_.clear();
    if (s.prediction) {
        question_->setText(courseText(s.prediction->question));
        QStringList lines;
        for (int i = 0; i < s.prediction->answers.size(); ++i) {
            answerTexts_ << courseText(s.prediction->answers[i]);
            lines << QStringLiteral("%1. %2").arg(QChar(u'A' + i)).arg(answerTexts_.last());
        }
        answers_->setText(lines.join(QLatin1Char('\n')));
    }
    question_->setVisible(s.prediction.has_value());
    answers_->setVisible(s.prediction.has_value());
    previous_->setEnabled(index > 0);
    next_->setEnabled(index + 1 < course.steps.size());
    clearReveal();
    stack_->setCurrentIndex(1);
}

void CoursePanel::setProgress(const QString& text, bool canReveal) {
    progress_->setText(text);
    reveal_->setEnabled(canReveal);
}

void CoursePanel::clearReveal() {
    for (QLabel* l : figureLabels_ + figureValues_) delete l;
    figureLabels_.clear();
    figureValues_.clear();
    measured_.clear();
    statement_->clear();
    explanation_->clear();
    revealBox_->hide();
    promptScroll_->setMinimumHeight(0);
}

void CoursePanel::showReveal(const session::course::CourseStep& step,
                             const session::course::RevealOutcome& outcome) {
    clearReveal();
    const QLocale locale;
    for (int i = 0; i < step.reveal.figures.size(); ++i) {
        const session::course::Figure& f = step.reveal.figures[i];
        auto* label = wrapped(revealBox_, "courseFigureLabel");
        label->setText(courseText(f.label));
        auto* value = new QLabel(revealBox_);
        value->setObjectName(QStringLiteral("courseFigureValue"));
        const QString number = outcome.figures[i]
                                   ? session::course::formatMeasure(*outcome.figures[i],
                                                                    f.decimals, locale)
                                   : tr("not measured");
        value->setText(f.unit.isEmpty() || !outcome.figures[i]
                           ? number
                           : QStringLiteral("%1 %2").arg(number, courseText(f.unit)));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QPalette pal = value->palette();
        pal.setColor(QPalette::WindowText, QColor(0xb3, 0x53, 0x00));
        value->setPalette(pal);
        figures_->addWidget(value, i, 0);
        figures_->addWidget(label, i, 1, Qt::AlignVCenter);
        // Shown now, not on the layout's queued show: fitReveal measures them.
        value->show();
        label->show();
        measured_ << outcome.figures[i].has_value();
        figureLabels_ << label;
        figureValues_ << value;
    }
    if (outcome.statement >= 0) {
        statement_->setText(outcome.text);
        explanation_->setText(outcome.explanation);
    } else {
        statement_->setText(tr("None of this step's statements fits these numbers."));
        explanation_->setText(
            tr("The lab was changed or stopped early; the numbers are this run's as they are."));
    }
    revealBox_->show();
    applyFonts();
    fitReveal();
}

void CoursePanel::showError(const QString& text) {
    courseTitle_->setText(tr("The course could not be loaded"));
    overviewHint_->setText(text);
    list_->clear();
    start_->setEnabled(false);
    stack_->setCurrentIndex(0);
}

bool CoursePanel::isOverviewShown() const { return stack_->currentIndex() == 0; }
QString CoursePanel::promptText() const { return prompt_->text(); }
QStringList CoursePanel::answerTexts() const { return answerTexts_; }
bool CoursePanel::isRevealShown() const { return !revealBox_->isHidden(); }
QString CoursePanel::statementText() const { return statement_->text(); }

QStringList CoursePanel::figureTexts() const {
    QStringList out;
    for (int i = 0; i < figureLabels_.size(); ++i)
        out << QStringLiteral("%1: %2").arg(figureLabels_[i]->text(), figureValues_[i]->text());
    return out;
}

}  // namespace normlab::app
