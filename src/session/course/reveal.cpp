#include "session/course/reveal.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace normlab::session::course {

namespace {

QString fill(const QString& text, const Measures& measures, const QLocale& locale) {
    static const QRegularExpression placeholder(
        QStringLiteral("\\{([A-Za-z0-9_.]+)(?::([0-9]))?\\}"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto value = measures.constFind(m.captured(1));
        const int decimals = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        out += value == measures.constEnd() ? QStringLiteral("–")
                                            : formatMeasure(*value, decimals, locale);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

}  // namespace

QString formatMeasure(double value, int decimals, const QLocale& locale) {
    if (!std::isfinite(value)) return QStringLiteral("–");
    return locale.toString(value, 'f', decimals);
}

RevealOutcome evaluateReveal(const Reveal& reveal, const Measures& measures,
                             const QLocale& locale) {
    RevealOutcome out;
    for (const Figure& f : reveal.figures) {
        const auto it = measures.constFind(f.measure);
        out.figures << (it != measures.constEnd() && std::isfinite(*it) ? std::optional(*it)
                                                                        : std::nullopt);
    }
    for (int i = 0; i < reveal.statements.size(); ++i) {
        const Statement& s = reveal.statements[i];
        bool all = true;
        for (const Condition& c : s.when) all = all && c.holds(measures);
        if (!all) continue;
        out.statement = i;
        out.text = fill(courseText(s.text), measures, locale);
        out.explanation = fill(courseText(s.explanation), measures, locale);
        break;
    }
    return out;
}

}  // namespace normlab::session::course
