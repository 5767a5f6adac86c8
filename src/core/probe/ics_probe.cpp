#include "core/probe/ics_probe.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "core/probe/network_state.h"

namespace normlab::core {

template <class T>
std::size_t weightIndex(const Network<T>& net, int layer) {
    const auto& params = net.params();
    int seen = 0;
    for (std::size_t i = 0; i < params.size(); ++i)
        if (params[i].name.ends_with(".weight") && ++seen == layer) return i;
    throw std::out_of_range("ICS probe: layer " + std::to_string(layer) +
                            " is not a weighted layer (the network has " + std::to_string(seen) +
                            ")");
}

template <class T>
IcsMeasure measureIcs(Network<T>& net, int layer, double lr, const GradientFn<T>& gradients) {
    const std::size_t target = weightIndex(net, layer);
    NetworkState<T> saved(net);
    const auto& params = net.params();

    gradients(net);
    const Matrix<T> before = *params[target].grad;
    // Parameters are listed in layer order: everything before the target
    // weight belongs to the layers below it.
    for (std::size_t i = 0; i < target; ++i)
        if (params[i].trainable) *params[i].value -= static_cast<T>(lr) * *params[i].grad;
    gradients(net);
    const Matrix<T>& after = *params[target].grad;

    IcsMeasure m;
    m.layer = layer;
    const double diff = static_cast<double>((before - after).norm());
    const double nb = static_cast<double>(before.norm());
    const double na = static_cast<double>(after.norm());
    m.l2 = diff;
    m.relativeL2 = nb > 0 ? diff / nb : 0.0;
    m.cosine = nb > 0 && na > 0 ? static_cast<double>(before.cwiseProduct(after).sum()) / (nb * na)
                                : 1.0;
    return m;  // `saved` restores the network
}

template IcsMeasure measureIcs<float>(Network<float>&, int, double, const GradientFn<float>&);
template IcsMeasure measureIcs<double>(Network<double>&, int, double, const GradientFn<double>&);
template std::size_t weightIndex<float>(const Network<float>&, int);
template std::size_t weightIndex<double>(const Network<double>&, int);

}  // namespace normlab::core
