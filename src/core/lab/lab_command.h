#pragma once
// Live changes a page asks of a running experiment, as values rather than
// code: the session can coalesce them (a newer value of one alternative
// replaces an older one), log and replay them, and an experiment refuses one
// with a structured CommandRefusal that the app words.

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace normlab::core {

enum class DescentKind;
enum class LearningRateMode;

// The BN-vs-plain twin trainer.
struct TwinLearningRate {
    double value = 0.0;
};
struct TwinMomentum {
    double value = 0.0;
};
struct TwinBatchSize {
    int value = 0;
};
struct TwinAffineLearnable {
    bool on = false;
};
struct TwinEvalUsesRunningStats {
    bool on = false;
};
struct TwinNoiseStrength {
    double value = 0.0;
};
struct TwinLandscapeProbes {
    bool on = false;
};
using TwinCommand =
    std::variant<TwinLearningRate, TwinMomentum, TwinBatchSize, TwinAffineLearnable,
                 TwinEvalUsesRunningStats, TwinNoiseStrength, TwinLandscapeProbes>;

// The feature-scaling comparison.
struct ScalingOptimizer {
    DescentKind kind{};
};
// Mode and rate travel together: a mode must never run with the other mode's number.
struct ScalingRate {
    LearningRateMode mode{};
    double rate = 0.0;
};
struct ScalingBatchSize {
    int value = 0;
};
struct ScalingStart {
    double w1 = 0.0;
    double w2 = 0.0;
};
using ScalingCommand = std::variant<ScalingOptimizer, ScalingRate, ScalingBatchSize, ScalingStart>;

struct LabCommand {
    std::variant<TwinCommand, ScalingCommand> value;
};

// The (lab, alternative) a command is: two commands of one alternative set the
// same thing, so the later replaces the earlier when they are coalesced.
[[nodiscard]] inline std::pair<std::size_t, std::size_t> alternativeOf(const LabCommand& command) {
    return {command.value.index(),
            std::visit([](const auto& lab) { return lab.index(); }, command.value)};
}

// The config key the command sets (as a CommandRefusal names it), e.g. "batch_size".
[[nodiscard]] std::string fieldOf(const LabCommand& command);

}  // namespace normlab::core
