#pragma once
// The lesson's sentences about one sweep, computed from its finished runs:
// the best batch size, the best of B = 8-32 against the largest batch, whether
// their seeds overlap, the updates each made and how many runs were flagged.

#include <QList>
#include <QString>

#include "app/labs/batch_size/run_groups.h"

namespace normlab::app {

[[nodiscard]] QString measuredText(const QList<SweepRun>& runs);

}  // namespace normlab::app
