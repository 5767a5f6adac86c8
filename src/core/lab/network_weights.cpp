#include "core/lab/network_weights.h"

#include <stdexcept>
#include <string>

namespace normlab::core {

NetworkWeights weightsOf(const Network<float>& net) {
    NetworkWeights weights;
    for (const ParamRef<float>& p : net.params()) weights.push_back(*p.value);
    return weights;
}

void loadWeights(Network<float>& net, const NetworkWeights& weights) {
    const std::vector<ParamRef<float>>& params = net.params();
    if (params.size() != weights.size())
        throw std::invalid_argument("weights: " + std::to_string(weights.size()) +
                                    " matrices for a network with " +
                                    std::to_string(params.size()));
    for (std::size_t i = 0; i < params.size(); ++i) {
        const Matrix<float>& w = weights[i];
        if (w.rows() != params[i].value->rows() || w.cols() != params[i].value->cols())
            throw std::invalid_argument("weights: " + params[i].name + " has the wrong shape");
        *params[i].value = w;
    }
}

Network<float> networkWithWeights(const NetworkSpec& spec, const NetworkWeights& weights) {
    Network<float> net = Network<float>::build(spec, 1);
    loadWeights(net, weights);
    return net;
}

}  // namespace normlab::core
