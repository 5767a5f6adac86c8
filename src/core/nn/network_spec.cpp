#include "core/nn/network_spec.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace normlab::core {

namespace {

void require(bool ok, const std::string& message) {
    if (!ok) throw std::invalid_argument("NetworkSpec: " + message);
}

}  // namespace

NetworkSpec NetworkSpec::mlp(Shape input, int depth, int width, int outputs) {
    NetworkSpec spec;
    spec.input = input;
    spec.hidden.assign(static_cast<std::size_t>(std::max(depth, 0)), width);
    spec.outputs = outputs;
    return spec;
}

void NetworkSpec::validate() const {
    require(input.channels > 0 && input.height > 0 && input.width > 0,
            "input shape must have positive channels, height and width");
    require(outputs > 0, "outputs must be >= 1, got " + std::to_string(outputs));
    for (std::size_t i = 0; i < hidden.size(); ++i) {
        require(hidden[i] > 0,
                "hidden[" + std::to_string(i) + "] must be >= 1, got " + std::to_string(hidden[i]));
    }
    require(bnMomentum >= 0.0 && bnMomentum <= 1.0,
            "bnMomentum must be in [0, 1], got " + std::to_string(bnMomentum));
    require(bnEps > 0.0 && std::isfinite(bnEps), "bnEps must be > 0");
    require(initStd > 0.0 && std::isfinite(initStd), "initStd must be > 0");
    if (normaliser == NormKind::Group) {
        require(normGroups >= 1, "normGroups must be >= 1, got " + std::to_string(normGroups));
        auto requireDivides = [&](const std::vector<int>& widths, const std::string& field) {
            for (std::size_t i = 0; i < widths.size(); ++i) {
                require(widths[i] <= 0 || widths[i] % normGroups == 0,
                        "normGroups " + std::to_string(normGroups) + " must divide every " +
                            "normalised width, but " + field + "[" + std::to_string(i) + "] is " +
                            std::to_string(widths[i]));
            }
        };
        requireDivides(hidden, "hidden");
        if (model == ModelType::Cnn) requireDivides(convChannels, "convChannels");
    }
    if (model == ModelType::Mlp) return;
    require(!convChannels.empty(), "a CNN needs at least one entry in convChannels");
    int h = input.height, w = input.width;
    for (std::size_t i = 0; i < convChannels.size(); ++i) {
        require(convChannels[i] > 0, "convChannels[" + std::to_string(i) + "] must be >= 1, got " +
                                         std::to_string(convChannels[i]));
        h /= 2;
        w /= 2;
        require(h > 0 && w > 0, "input " + std::to_string(input.height) + "x" +
                                    std::to_string(input.width) + " too small for " +
                                    std::to_string(convChannels.size()) + " 2x2 poolings");
    }
}

}  // namespace normlab::core
