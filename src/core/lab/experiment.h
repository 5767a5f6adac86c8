#pragma once
// What a training session drives: one experiment that advances a step at a
// time and describes its state as an immutable snapshot. The session layer
// runs it on a worker thread; views only ever see snapshots.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/lab/command_refusal.h"
#include "core/lab/lab_command.h"

namespace normlab::core {

struct Snapshot {
    virtual ~Snapshot() = default;
    std::int64_t step = 0;       // optimisation steps taken
    double epoch = 0.0;          // passes over the training set (fractional)
    bool diverged = false;       // a loss or parameter became non-finite
    std::string divergence;      // what diverged and a hint; empty when fine
};

class Experiment {
public:
    virtual ~Experiment() = default;
    // One optimisation step. Must not throw for numerical trouble: a
    // non-finite loss sets the snapshot's `diverged` instead.
    virtual void step() = 0;
    [[nodiscard]] virtual std::int64_t stepsPerEpoch() const = 0;
    // A fresh immutable description of the current state.
    [[nodiscard]] virtual std::shared_ptr<const Snapshot> snapshot() const = 0;
    [[nodiscard]] virtual std::string datasetName() const = 0;
    // A live change between two steps. A refused command changes nothing and
    // says why; by default every command is another lab's.
    [[nodiscard]] virtual std::optional<CommandRefusal> apply(const LabCommand& command);
};

// The refusal of a command this experiment does not take.
[[nodiscard]] CommandRefusal notThisLab();

}  // namespace normlab::core
