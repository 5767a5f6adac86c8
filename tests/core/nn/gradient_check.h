#pragma once
// Central-difference gradient checks for layers and networks, in double.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>

#include "core/nn/initializer.h"
#include "core/nn/layer.h"

namespace normlab::core::test {

inline Matrix<double> randomMatrix(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed,
                                   double scale = 1.0) {
    SeededRandom sampler(seed);
    Matrix<double> m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = scale * sampler.normal();
    return m;
}

inline Tensor<double> randomTensor(Eigen::Index batch, Shape shape, std::uint64_t seed) {
    return Tensor<double>{randomMatrix(batch, shape.size(), seed), shape};
}

// Compares `analytic` against the central difference of `loss` with respect
// to every entry of `variable`, which `loss` reads.
inline void expectGradientMatches(const std::string& what, Matrix<double>& variable,
                                  const Matrix<double>& analytic,
                                  const std::function<double()>& loss, double tolerance = 1e-6) {
    ASSERT_EQ(variable.rows(), analytic.rows()) << what;
    ASSERT_EQ(variable.cols(), analytic.cols()) << what;
    constexpr double h = 1e-6;
    int failures = 0;
    for (Eigen::Index i = 0; i < variable.size() && failures < 5; ++i) {
        double& v = variable.data()[i];
        const double saved = v;
        v = saved + h;
        const double plus = loss();
        v = saved - h;
        const double minus = loss();
        v = saved;
        const double numeric = (plus - minus) / (2 * h);
        const double exact = analytic.data()[i];
        const double scale = std::max({1.0, std::abs(numeric), std::abs(exact)});
        if (std::abs(numeric - exact) > tolerance * scale) {
            ADD_FAILURE() << what << "[" << i << "]: analytic " << exact << " vs numeric "
                          << numeric;
            ++failures;
        }
    }
}

// Checks dx and every parameter gradient of `layer` for the scalar loss
// sum(r .* layer(x)) with a fixed random r. The loss covers the whole batch,
// so layers that couple samples (batch norm) are checked correctly.
inline void checkLayerGradients(Layer<double>& layer, Tensor<double> x, Mode mode,
                                std::uint64_t seed = 7) {
    Tensor<double> y;
    layer.forward(x, y, mode);
    const Tensor<double> upstream{randomMatrix(y.data.rows(), y.data.cols(), seed), y.shape};
    Tensor<double> dx;
    layer.backward(upstream, &dx);
    ASSERT_EQ(dx.data.rows(), x.data.rows());
    ASSERT_EQ(dx.data.cols(), x.data.cols());
    const Matrix<double> dxAnalytic = dx.data;
    std::vector<Matrix<double>> gradAnalytic;
    auto params = layer.params();
    for (const auto& p : params) gradAnalytic.push_back(*p.grad);

    auto loss = [&] {
        Tensor<double> out;
        layer.forward(x, out, mode);
        return out.data.cwiseProduct(upstream.data).sum();
    };
    expectGradientMatches(layer.kind() + " dx", x.data, dxAnalytic, loss);
    for (std::size_t i = 0; i < params.size(); ++i) {
        expectGradientMatches(layer.kind() + " d" + params[i].name, *params[i].value,
                              gradAnalytic[i], loss);
    }
}

}  // namespace normlab::core::test
