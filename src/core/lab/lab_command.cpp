#include "core/lab/lab_command.h"

#include <type_traits>

#include "core/lab/scaling_comparison.h"

namespace normlab::core {

namespace {

template <typename C>
std::string keyOf(const C& c) {
    if constexpr (std::is_same_v<C, TwinLearningRate>) return "lr";
    if constexpr (std::is_same_v<C, TwinMomentum>) return "momentum";
    if constexpr (std::is_same_v<C, TwinBatchSize> || std::is_same_v<C, ScalingBatchSize>)
        return "batch_size";
    if constexpr (std::is_same_v<C, TwinAffineLearnable>) return "affine";
    if constexpr (std::is_same_v<C, TwinEvalUsesRunningStats>) return "bn_eval_mode";
    if constexpr (std::is_same_v<C, TwinNoiseStrength>) return "bn_noise";
    if constexpr (std::is_same_v<C, TwinLandscapeProbes>) return "ics_probe";
    if constexpr (std::is_same_v<C, ScalingOptimizer>) return "optimizer";
    if constexpr (std::is_same_v<C, ScalingRate>)
        return c.mode == LearningRateMode::SameForAll ? "lr" : "fraction";
    if constexpr (std::is_same_v<C, ScalingStart>) return "start";
    return "command";
}

}  // namespace

std::string fieldOf(const LabCommand& command) {
    return std::visit(
        [](const auto& lab) {
            return std::visit([](const auto& c) { return keyOf(c); }, lab);
        },
        command.value);
}

}  // namespace normlab::core
