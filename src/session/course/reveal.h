#pragma once
// What a step's reveal shows for one run: each figure's measured value and
// the first statement whose conditions all hold on the run's measures.

#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

#include "session/course/course.h"
#include "session/course/measures.h"

namespace normlab::session::course {

struct RevealOutcome {
    QList<std::optional<double>> figures;  // one per figure; nullopt when not measured
    int statement = -1;                    // index of the chosen statement; -1: none holds
    QString text;                          // the chosen statement, translated and filled in
    QString explanation;
};

// Texts go through courseText() first, then "{measure}" placeholders take the
// run's numbers (formatted in `locale`'s way with the given decimals).
[[nodiscard]] RevealOutcome evaluateReveal(const Reveal& reveal, const Measures& measures,
                                           const QLocale& locale = QLocale());

// A number as a figure shows it.
[[nodiscard]] QString formatMeasure(double value, int decimals, const QLocale& locale);

}  // namespace normlab::session::course
