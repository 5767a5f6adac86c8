// ScalingComparison::apply: the feature-scaling lab's live changes, each
// checked before it changes anything, so a refused value leaves the runs as
// they were.

#include <limits>
#include <type_traits>

#include "core/lab/scaling_comparison.h"

namespace normlab::core {

std::optional<CommandRefusal> ScalingComparison::apply(const LabCommand& command) {
    const auto* scaling = std::get_if<ScalingCommand>(&command.value);
    if (!scaling) return notThisLab();
    return std::visit(
        [this](const auto& c) -> std::optional<CommandRefusal> {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, ScalingOptimizer>) {
                setOptimizer(c.kind);
            } else if constexpr (std::is_same_v<C, ScalingRate>) {
                const char* field = c.mode == LearningRateMode::SameForAll ? "lr" : "fraction";
                if (auto r = refusalUnlessPositive(field, c.rate, config_.learningRate)) return r;
                // One rebuild of the runs for both: mode and rate are one change.
                config_.learningRateMode = c.mode;
                setLearningRate(c.rate);
            } else if constexpr (std::is_same_v<C, ScalingBatchSize>) {
                if (auto r = refusalOutside("batch_size", c.value, 0.0,
                                            std::numeric_limits<int>::max(), config_.batchSize))
                    return r;
                setBatchSize(c.value);
            } else {
                static_assert(std::is_same_v<C, ScalingStart>);
                constexpr double kAny = std::numeric_limits<double>::max();  // finite is enough
                if (auto r = refusalOutside("start_w1", c.w1, -kAny, kAny, config_.start.x()))
                    return r;
                if (auto r = refusalOutside("start_w2", c.w2, -kAny, kAny, config_.start.y()))
                    return r;
                setStart(Eigen::Vector2d(c.w1, c.w2));
            }
            return std::nullopt;
        },
        *scaling);
}

}  // namespace normlab::core
