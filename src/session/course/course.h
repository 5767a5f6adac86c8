#pragma once
// The guided course as data: steps that each open a lab on a bundled preset,
// put one view in front, ask the class a question, run to a checkpoint and
// reveal numbers measured on that run. Loaded from resources/lessons/*.json,
// so a teacher can add a step without recompiling. Its texts are English
// source strings, translated at display time in the "Course" context.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <stdexcept>

#include "session/course/condition.h"

namespace normlab::session::course {

// A bad lesson file. Each message names the file, the line and the field.
class CourseError : public std::runtime_error {
  public:
    explicit CourseError(const QStringList& errors);
    [[nodiscard]] const QStringList& errors() const { return errors_; }

  private:
    QStringList errors_;
};

struct Prediction {
    QString question;
    QStringList answers;  // 2 to 4
};

struct Checkpoint {
    std::int64_t steps = 0;  // training labs: run this many steps (0: the start only)
    bool sweep = false;      // sweep labs: run the whole sweep
};

// One number the reveal shows in large type.
struct Figure {
    QString label;
    QString measure;
    int decimals = 1;
    QString unit;  // after the number; may be empty
};

// A sentence about the run, shown only when every condition holds on its
// measures. "{name}" or "{name:decimals}" in text is replaced by a measure.
struct Statement {
    QList<Condition> when;
    QString text;
    QString explanation;
};

struct Reveal {
    QList<Figure> figures;
    QList<Statement> statements;
    // The statement the step is built to teach (its index), or -1 when the
    // step only reports what happened. The course test requires it on every seed.
    int teaches = -1;
};

struct CourseStep {
    QString id;
    QString section;  // "1.1", "2.3", ...
    QString title;
    QString lab;      // a lab id: feature_scaling, batch_norm, batch_size
    QString preset;   // a bundled preset's name
    QString kind;     // the preset's experiment kind (read when loading)
    QString view;     // the view to put in front
    QString prompt;
    std::optional<Prediction> prediction;
    Checkpoint checkpoint;
    Reveal reveal;

    // Every measure the step's figures, conditions and texts name.
    [[nodiscard]] QStringList measures() const;
};

struct Course {
    static constexpr const char* kFormat = "normlab-course";
    static constexpr int kVersion = 1;
    QString title;
    QList<CourseStep> steps;

    // Every user-visible string, for translation checks.
    [[nodiscard]] QStringList strings() const;
};

// The lab that runs an experiment kind; empty for a kind no lab runs.
[[nodiscard]] QString labForKind(const QString& kind);

// Parses and checks a whole lesson file: fields and their types, known labs,
// presets of the right kind, views, measures, conditions and placeholders.
// `source` names the file in messages. Throws CourseError listing every problem.
[[nodiscard]] Course parseCourse(const QByteArray& json, const QString& source);
[[nodiscard]] Course loadCourseFile(const QString& path);
// The bundled course (resources/lessons/course.json), or an empty path.
[[nodiscard]] QString bundledCoursePath();

// Views each lab can put in front (the names lesson files use).
[[nodiscard]] QStringList labViews(const QString& lab);

// A course string in the current language (context "Course").
[[nodiscard]] QString courseText(const QString& source);

}  // namespace normlab::session::course
