#include "session/course/condition.h"

#include <QRegularExpression>
#include <cmath>

namespace normlab::session::course {

namespace {

const QRegularExpression& measurePattern() {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"));
    return re;
}

std::optional<Operand> parseOperand(const QString& text, QString* error) {
    const QStringList parts = text.split(QLatin1Char('*'));
    if (parts.size() > 2) {
        *error = QStringLiteral("\"%1\" multiplies more than two things").arg(text.trimmed());
        return std::nullopt;
    }
    Operand operand;
    int names = 0;
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        bool isNumber = false;
        const double number = part.toDouble(&isNumber);
        if (isNumber && std::isfinite(number)) {
            operand.factor *= number;
        } else if (measurePattern().match(part).hasMatch()) {
            operand.measure = part;
            ++names;
        } else {
            *error = QStringLiteral("\"%1\" is neither a number nor a measure name")
                         .arg(part.isEmpty() ? text.trimmed() : part);
            return std::nullopt;
        }
    }
    if (names > 1) {
        *error = QStringLiteral("\"%1\" multiplies two measures").arg(text.trimmed());
        return std::nullopt;
    }
    return operand;
}

std::optional<double> valueOf(const Operand& operand, const Measures& values) {
    if (operand.measure.isEmpty()) return operand.factor;
    const auto it = values.constFind(operand.measure);
    if (it == values.constEnd() || !std::isfinite(*it)) return std::nullopt;
    return operand.factor * *it;
}

}  // namespace

std::optional<Condition> Condition::parse(const QString& text, QString* error) {
    static const QRegularExpression op(QStringLiteral("(<=|>=|<|>)"));
    QString local;
    QString* err = error ? error : &local;
    QRegularExpressionMatchIterator it = op.globalMatch(text);
    if (!it.hasNext()) {
        *err = QStringLiteral("\"%1\" has no comparison (<, <=, > or >=)").arg(text);
        return std::nullopt;
    }
    const QRegularExpressionMatch m = it.next();
    if (it.hasNext()) {
        *err = QStringLiteral("\"%1\" has more than one comparison").arg(text);
        return std::nullopt;
    }
    Condition c;
    c.text = text;
    const QString sign = m.captured(1);
    c.op = sign == QLatin1String("<")    ? Op::Less
           : sign == QLatin1String("<=") ? Op::LessEqual
           : sign == QLatin1String(">")  ? Op::Greater
                                         : Op::GreaterEqual;
    const std::optional<Operand> lhs = parseOperand(text.left(m.capturedStart()), err);
    if (!lhs) return std::nullopt;
    const std::optional<Operand> rhs = parseOperand(text.mid(m.capturedEnd()), err);
    if (!rhs) return std::nullopt;
    if (lhs->measure.isEmpty() && rhs->measure.isEmpty()) {
        *err = QStringLiteral("\"%1\" compares two numbers and names no measure").arg(text);
        return std::nullopt;
    }
    c.lhs = *lhs;
    c.rhs = *rhs;
    return c;
}

QStringList Condition::measures() const {
    QStringList names;
    for (const Operand* o : {&lhs, &rhs})
        if (!o->measure.isEmpty()) names << o->measure;
    return names;
}

bool Condition::holds(const Measures& values) const {
    const std::optional<double> a = valueOf(lhs, values);
    const std::optional<double> b = valueOf(rhs, values);
    if (!a || !b) return false;
    switch (op) {
        case Op::Less: return *a < *b;
        case Op::LessEqual: return *a <= *b;
        case Op::Greater: return *a > *b;
        case Op::GreaterEqual: return *a >= *b;
    }
    return false;
}

}  // namespace normlab::session::course
