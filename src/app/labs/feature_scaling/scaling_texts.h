#pragma once
// Words and numbers shared by the feature-scaling views: each scaling's
// name, and numbers at three significant digits.

#include <QCoreApplication>
#include <QString>
#include <cstddef>

namespace normlab::app {

class ScalingTexts {
    Q_DECLARE_TR_FUNCTIONS(ScalingTexts)
  public:
    // index: 0 none, 1 min-max, 2 z-score. "Min-max scaling" / "min-max".
    static QString name(std::size_t index);
    static QString shortName(std::size_t index);
    // Three significant digits, without an exponent where a reader does not need one.
    static QString number(double v);
};

}  // namespace normlab::app
