#pragma once
// What the batch-normalization lab says about a run in words and tables,
// read from its snapshot: which network diverged and at what learning rate,
// a network stuck at chance, the metrics table. Worded in the page's
// translation context, so the page's translations apply.

#include <QCoreApplication>
#include <QString>
#include <cstddef>

#include "core/lab/twin_trainer.h"

namespace normlab::app {

class TwinRunText {
    Q_DECLARE_TR_FUNCTIONS(normlab::app::BatchNormPage)

  public:
    // `what` is the engine's list of diverged networks ("bn,plain").
    [[nodiscard]] static QString divergenceOf(const QString& what);
    // One sentence per diverged network: its step and learning rate.
    [[nodiscard]] static QString divergenceWarning(const core::TwinSnapshot& s);
    // Non-empty when a network's first `evaluations` evaluations all sit
    // within `margin` of chance accuracy.
    [[nodiscard]] static QString chanceWarning(const core::TwinSnapshot& s,
                                               std::size_t evaluations, double margin);
    // One row per network and evaluation, with the tracked unit's band.
    [[nodiscard]] static QString metricsCsv(const core::TwinSnapshot& s);
};

}  // namespace normlab::app
