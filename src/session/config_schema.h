#pragma once
// The declarative description of every experiment kind's parameters: one
// flat, snake_case key per field (the same key in JSON files, `--set` and
// the GUI), its type, default, inclusive range and a one-line description.
// Validation, defaults, overrides and help text are all derived from it.

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace normlab::session {

class ExperimentConfig;

enum class FieldType { Bool, Int, Double, Enum, String, IntList, DoubleList };

// "bool", "int", "double", "enum", "string", "int list", "double list".
QString fieldTypeName(FieldType type);

// How a control moves through a field's values.
enum class FieldScale { Linear, Log, Integer, Choice };

// A slider is only a way to reach values: it spans [min, max] in `steps`
// steps (log or linear as the field's scale), or stops at each of `stops`.
// A field without a hint gets no slider (Double: one over its whole range).
struct SliderHint {
    double min = 0.0;
    double max = 0.0;
    int steps = 0;
    QList<double> stops;

    [[nodiscard]] bool isSet() const { return steps > 0 || !stops.isEmpty(); }
};

struct FieldSpec {
    QString key;
    FieldType type = FieldType::Double;
    // Int: integral number; Double: number; Enum/String: string; Bool: bool;
    // lists: array of numbers.
    QJsonValue defaultValue;
    // Range of Int/Double values and of every list element (inclusive unless
    // minExclusive). Unused for Bool/Enum/String.
    double min = 0.0;
    double max = 0.0;
    bool minExclusive = false;
    bool logScale = false;  // a slider should move on a log axis
    QStringList allowed;    // Enum only
    int minListLength = 1;  // lists only
    // The field chooses or shapes the data set a network lab loads: together
    // these fields are the key of the dataset cache.
    bool data = false;
    QString description;
    // Presentation hints for a control; the range above stays the rule.
    QString unit;       // shown after the value ("" = none)
    SliderHint slider;  // the part of the range a slider spans, if any

    [[nodiscard]] FieldScale scale() const;

    [[nodiscard]] bool hasRange() const;
    // "[1e-05, 10]" or "(0, 1]".
    [[nodiscard]] QString rangeText() const;
};

// Rules that span several fields (a CSV data set needs a path, ...).
// Returns one message per broken rule, each naming the fields involved.
using CrossFieldCheck = QStringList (*)(const ExperimentConfig&);

struct ExperimentSchema {
    QString kind;
    QString description;
    std::vector<FieldSpec> fields;
    CrossFieldCheck crossCheck = nullptr;

    [[nodiscard]] const FieldSpec* find(const QString& key) const;
    [[nodiscard]] QStringList keys() const;
    // The keys of the fields marked `data`, in schema order.
    [[nodiscard]] QStringList dataKeys() const;
};

// Kinds: "feature-scaling", "bn-twin", "init-sweep", "batch-sweep", "norm-vs-batch".
QStringList experimentKinds();
// nullptr for an unknown kind.
const ExperimentSchema* schemaFor(const QString& kind);

// The closest candidate within a small edit distance, or an empty string.
QString closestMatch(const QString& word, const QStringList& candidates);
// " (did you mean "x"?)" or an empty string.
QString didYouMean(const QString& word, const QStringList& candidates);

}  // namespace normlab::session
