#include "core/probe/smoothness_probe.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/probe/network_state.h"

namespace normlab::core {

template <class T>
SmoothnessMeasure measureSmoothness(Network<T>& net, double lr, const GradientFn<T>& gradients,
                                    const std::vector<double>& scales) {
    if (scales.empty()) throw std::invalid_argument("smoothness probe: no step scales given");
    NetworkState<T> saved(net);
    const auto& params = net.params();

    gradients(net);
    std::vector<Matrix<T>> g0;
    double g0Norm2 = 0;
    for (const ParamRef<T>& p : params) {
        g0.push_back(*p.grad);
        if (p.trainable) g0Norm2 += static_cast<double>(p.grad->squaredNorm());
    }
    const double g0Norm = std::sqrt(g0Norm2);

    SmoothnessMeasure m;
    m.scales = scales;
    for (double c : scales) {
        saved.restore();
        for (std::size_t i = 0; i < params.size(); ++i)
            if (params[i].trainable) *params[i].value -= static_cast<T>(c * lr) * g0[i];
        m.losses.push_back(static_cast<double>(gradients(net)));
        double change2 = 0;
        for (std::size_t i = 0; i < params.size(); ++i)
            if (params[i].trainable) change2 += static_cast<double>((*params[i].grad - g0[i]).squaredNorm());
        const double change = std::sqrt(change2);
        m.gradientChanges.push_back(change);
        const double stepLength = c * lr * g0Norm;
        if (stepLength > 0) m.effectiveBeta = std::max(m.effectiveBeta, change / stepLength);
    }
    const auto [lmin, lmax] = std::minmax_element(m.losses.begin(), m.losses.end());
    m.lossMin = *lmin;
    m.lossMax = *lmax;
    const auto [gmin, gmax] = std::minmax_element(m.gradientChanges.begin(), m.gradientChanges.end());
    m.gradientChangeMin = *gmin;
    m.gradientChangeMax = *gmax;
    return m;  // `saved` restores the network
}

template SmoothnessMeasure measureSmoothness<float>(Network<float>&, double,
                                                    const GradientFn<float>&,
                                                    const std::vector<double>&);
template SmoothnessMeasure measureSmoothness<double>(Network<double>&, double,
                                                     const GradientFn<double>&,
                                                     const std::vector<double>&);

}  // namespace normlab::core
