#pragma once
// Loss-landscape smoothness along the gradient (Santurkar et al. 2018): from
// the current weights w and gradient g, take trial steps w - c * lr * g for
// c in a range (default 0.5 to 4) and record the loss and how far the
// gradient moved. A smooth landscape gives a narrow loss range and small
// gradient changes, so larger steps are safe.

#include <vector>

#include "core/probe/ics_probe.h"

namespace normlab::core {

struct SmoothnessMeasure {
    std::vector<double> scales;           // c
    std::vector<double> losses;           // loss at w - c lr g
    std::vector<double> gradientChanges;  // ||g(w - c lr g) - g(w)||
    double lossMin = 0, lossMax = 0;
    double gradientChangeMin = 0, gradientChangeMax = 0;
    // Largest ||g_c - g|| / ||c lr g||: an effective local Lipschitz constant
    // of the gradient ("beta-smoothness").
    double effectiveBeta = 0;
};

template <class T>
SmoothnessMeasure measureSmoothness(Network<T>& net, double lr, const GradientFn<T>& gradients,
                                    const std::vector<double>& scales = {0.5, 1.0, 1.5, 2.0, 2.5,
                                                                         3.0, 3.5, 4.0});

}  // namespace normlab::core
