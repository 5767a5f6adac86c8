#include "app/widgets/exact_spin_box.h"

#include <QLineEdit>
#include <QLocale>
#include <cmath>

namespace normlab::app {

namespace {

// Far beyond any schema range, so Qt's own bound never changes a value.
constexpr double kUnbounded = 1e300;
// The most decimals QDoubleSpinBox keeps: with these its rounding is exact.
constexpr int kAllDecimals = 323;

// Drops the float noise of a step (0.1 + 0.2 -> 0.3).
double clean(double v) { return QString::number(v, 'g', 12).toDouble(); }

}  // namespace

ExactSpinBox::ExactSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(kAllDecimals);
    setRange(-kUnbounded, kUnbounded);
    setKeyboardTracking(false);  // a value counts once typed in, not per keystroke
    setAccelerated(true);
}

QString ExactSpinBox::exactText(double value) {
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

void ExactSpinBox::setValueName(double value, const QString& name) {
    namedValue_ = value;
    valueName_ = name;
    lineEdit()->setText(textFromValue(this->value()));
    updateGeometry();
}

QString ExactSpinBox::textFromValue(double value) const {
    if (!valueName_.isEmpty() && value == namedValue_) return valueName_;
    return exactText(value);
}

double ExactSpinBox::valueFromText(const QString& text) const {
    if (!valueName_.isEmpty() && text.trimmed() == valueName_) return namedValue_;
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? v : value();
}

QValidator::State ExactSpinBox::validate(QString& text, int& /*pos*/) const {
    const QString t = text.trimmed();
    if (!valueName_.isEmpty() && valueName_.startsWith(t, Qt::CaseInsensitive) && !t.isEmpty())
        return t == valueName_ ? QValidator::Acceptable : QValidator::Intermediate;
    if (t.isEmpty() || t == QLatin1String("-") || t == QLatin1String("+"))
        return QValidator::Intermediate;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (ok && std::isfinite(v)) {
        if (integral_ && v != std::floor(v)) return QValidator::Intermediate;
        return QValidator::Acceptable;
    }
    // "1e", "1.", "-0.": a number on its way.
    for (const QChar c : t)
        if (!c.isDigit() && !QStringLiteral("+-.eE").contains(c)) return QValidator::Invalid;
    return QValidator::Intermediate;
}

void ExactSpinBox::stepBy(int steps) {
    const double v = value();
    if (logarithmic_ && v > 0.0) {
        setValue(QString::number(v * std::pow(10.0, 0.1 * steps), 'g', 3).toDouble());
    } else {
        const double step = singleStep();
        setValue(clean(std::round(v / step + steps) * step));
    }
    selectAll();
}

}  // namespace normlab::app
