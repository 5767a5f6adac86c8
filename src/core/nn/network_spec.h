#pragma once
// The plain description a sequential network is built from.

#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.h"
#include "core/nn/activation_kind.h"
#include "core/nn/initializer.h"
#include "core/nn/pool2d.h"
#include "core/tensor.h"

namespace normlab::core {

enum class ModelType { Mlp, Cnn };
enum class BnPlacement { BeforeActivation, AfterActivation };
// The normaliser in every hidden block: batch statistics (BatchNorm), or each
// sample's own over all its features (LayerNorm) or over groups of channels
// (GroupNorm).
enum class NormKind { None, Batch, Layer, Group };

constexpr EnumNaming<ModelType, 2> enumNaming(ModelType /*value*/) {
    return {"model", {{{ModelType::Mlp, "mlp"}, {ModelType::Cnn, "cnn"}}}};
}
constexpr EnumNaming<BnPlacement, 2> enumNaming(BnPlacement /*value*/) {
    return {"bn placement",
            {{{BnPlacement::BeforeActivation, "before"}, {BnPlacement::AfterActivation, "after"}}}};
}
constexpr EnumNaming<NormKind, 4> enumNaming(NormKind /*value*/) {
    return {"normaliser",
            {{{NormKind::None, "none"},
              {NormKind::Batch, "batch"},
              {NormKind::Layer, "layer"},
              {NormKind::Group, "group"}}}};
}

struct NetworkSpec {
    Shape input{2, 1, 1};
    ModelType model = ModelType::Mlp;
    // MLP: the hidden dense widths. CNN: the dense head between the last
    // pooled feature map and the output layer (may be empty).
    std::vector<int> hidden{100, 100, 100};
    int outputs = 10;  // classes, or regression targets
    ActivationKind activation = ActivationKind::Sigmoid;

    // Placement, affine choice and eps apply to every normaliser; momentum
    // (running statistics) to batch norm only. A dense or conv layer directly
    // followed by a normaliser has no bias: the normaliser's beta replaces it.
    NormKind normaliser = NormKind::None;
    int normGroups = 2;  // GroupNorm's G: must divide every normalised width
    BnPlacement bnPlacement = BnPlacement::BeforeActivation;
    bool bnAffineLearnable = true;
    double bnMomentum = 0.1;
    double bnEps = 1e-5;
    // Noisy normalisation (Santurkar et al.): a UnitNoise layer right after
    // every normaliser, whose random per-unit scale and shift the owner
    // redraws each step.
    bool noiseAfterNorm = false;

    [[nodiscard]] bool usesBatchNorm() const { return normaliser == NormKind::Batch; }

    InitKind init = InitKind::Gaussian;
    double initStd = 1.0;  // Gaussian only

    // CNN: one 3x3, padding-1 convolution block per entry, each followed by
    // the activation and a 2x2, stride-2 pooling.
    std::vector<int> convChannels{8, 16};
    PoolKind pooling = PoolKind::Max;

    // A depth x width MLP.
    static NetworkSpec mlp(Shape input, int depth, int width, int outputs);

    // Throws std::invalid_argument naming the first bad field and its allowed range.
    void validate() const;
};

}  // namespace normlab::core
