#pragma once
// A reveal's statement is chosen by comparisons of measures, written as
// text in the lesson file: "plain.drift.median > 3 * bn.drift.median",
// "zscore.steps < 100", "bn.test_acc >= plain.test_acc".

#include <QString>
#include <QStringList>
#include <optional>

#include "session/course/measures.h"

namespace normlab::session::course {

struct Operand {
    double factor = 1;  // number * measure; a plain number has no measure
    QString measure;    // empty: the operand is `factor` itself
};

struct Condition {
    enum class Op { Less, LessEqual, Greater, GreaterEqual };
    Operand lhs;
    Op op = Op::Less;
    Operand rhs;
    QString text;  // as written

    // Parses one comparison; nullopt with `error` set for bad text.
    static std::optional<Condition> parse(const QString& text, QString* error);
    // The measures it names.
    [[nodiscard]] QStringList measures() const;
    // False when a measure is missing or not finite.
    [[nodiscard]] bool holds(const Measures& values) const;
};

}  // namespace normlab::session::course
