#pragma once
// Named numbers read from a lab's result, for the course's reveals: from a
// feature-scaling or BN-twin snapshot, or from a batch-size sweep's finished
// runs. A name a result cannot supply (a lab that has not evaluated yet, a
// run that has not converged) is simply absent.

#include <QMap>
#include <QString>
#include <vector>

#include "core/lab/batch_size_run.h"
#include "core/lab/experiment.h"

namespace normlab::session::course {

using Measures = QMap<QString, double>;

// Feature-scaling and BN-twin snapshots; empty for any other snapshot type.
[[nodiscard]] Measures measureSnapshot(const core::Snapshot& snapshot);
// Finished, uncancelled runs of one sweep (any order); runs of the same batch
// size are seeds of one point.
[[nodiscard]] Measures measureBatchSweep(const std::vector<core::BatchSizeResult>& runs);

// Whether `name` is a measure a result of `kind` (an experiment kind) can
// have, so a lesson file can be checked before anything runs.
[[nodiscard]] bool isKnownMeasure(const QString& kind, const QString& name);
// Every fixed measure name of `kind` (batch-size names are patterns: "B16.acc").
[[nodiscard]] QStringList measureNames(const QString& kind);

}  // namespace normlab::session::course
