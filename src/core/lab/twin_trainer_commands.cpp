// TwinTrainer::apply: the twin lab's live changes, each checked before it
// changes anything, so a refused value leaves the run as it was.

#include <type_traits>

#include "core/lab/twin_trainer.h"

namespace normlab::core {

std::optional<CommandRefusal> TwinTrainer::apply(const LabCommand& command) {
    const auto* twin = std::get_if<TwinCommand>(&command.value);
    if (!twin) return notThisLab();
    return std::visit(
        [this](const auto& c) -> std::optional<CommandRefusal> {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, TwinLearningRate>) {
                if (auto r = refusalUnlessPositive("lr", c.value, config_.optimizer.learningRate))
                    return r;
                setLearningRate(c.value);
            } else if constexpr (std::is_same_v<C, TwinMomentum>) {
                if (auto r = refusalOutside("momentum", c.value, 0.0, 0.999,
                                            config_.optimizer.momentum))
                    return r;
                setMomentum(c.value);
            } else if constexpr (std::is_same_v<C, TwinBatchSize>) {
                // A batch can be at most the whole training set.
                if (auto r = refusalOutside("batch_size", c.value, 2.0,
                                            static_cast<double>(data_->train.size()),
                                            config_.batchSize))
                    return r;
                setBatchSize(c.value);
            } else if constexpr (std::is_same_v<C, TwinAffineLearnable>) {
                setAffineLearnable(c.on);
            } else if constexpr (std::is_same_v<C, TwinEvalUsesRunningStats>) {
                setBnEvalUsesRunningStats(c.on);
            } else if constexpr (std::is_same_v<C, TwinNoiseStrength>) {
                if (auto r = refusalOutside("bn_noise", c.value, 0.0, TwinConfig::kMaxNoiseStrength,
                                            config_.noiseStrength))
                    return r;
                setNoiseStrength(c.value);
            } else {
                static_assert(std::is_same_v<C, TwinLandscapeProbes>);
                setLandscapeProbes(c.on);
            }
            return std::nullopt;
        },
        *twin);
}

}  // namespace normlab::core
