#pragma once
// Layer normalization: each sample normalised over all its features. On an
// (N, C) input this is PyTorch's LayerNorm(C); on (N, C, H, W) it normalises
// over (C, H, W) with per-channel gamma and beta, which is GroupNorm(1, C).

#include "core/nn/group_norm.h"

namespace normlab::core {

template <class T>
class LayerNorm final : public GroupNorm<T> {
  public:
    explicit LayerNorm(int channels, GroupNormOptions options = {})
        : GroupNorm<T>(1, channels, options) {}

    [[nodiscard]] std::string kind() const override { return "layernorm"; }
};

}  // namespace normlab::core
