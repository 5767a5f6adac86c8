#pragma once
// The words for a command the running experiment refused (a structured
// core::CommandRefusal), in the user's language.

#include <QCoreApplication>
#include <QString>

#include "core/lab/command_refusal.h"

namespace normlab::app {

class RefusalText {
    Q_DECLARE_TR_FUNCTIONS(RefusalText)
  public:
    // E.g. "Batch size 5000 was refused: the training set has 4000 examples.
    // The run keeps batch size 60."
    [[nodiscard]] static QString of(const core::CommandRefusal& refusal);
    // The name of the field a command sets ("Learning rate" for "lr").
    [[nodiscard]] static QString fieldName(const QString& key);
};

}  // namespace normlab::app
