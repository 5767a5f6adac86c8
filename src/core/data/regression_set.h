#pragma once
// Two-feature synthetic linear regression set whose features differ in scale,
// mean and correlation, e.g. house area in m2 (mean 100, std 40) next to the
// number of rooms (mean 3, std 1):
//   z1, z2, e ~ N(0,1) independent
//   x1 = mean1 + std1 * z1
//   x2 = mean2 + std2 * (rho * z1 + sqrt(1 - rho^2) * z2)
//   y  = bias + w1 * x1 + w2 * x2 + noise * e
// Normals come from std::mt19937_64 through our own Box-Muller transform, so a
// seed gives the same numbers with every standard library.

#include <array>
#include <cstdint>
#include <random>
#include <string>

#include "core/tensor.h"

namespace normlab::core {

// Standard normal deviates from a 64-bit Mersenne Twister, portable bit for bit.
class SyntheticNormalSampler {
  public:
    explicit SyntheticNormalSampler(std::uint64_t seed) : engine_(seed) {}
    double next();
    // Uniform in (0, 1), never exactly 0 or 1.
    double uniform();

  private:
    std::mt19937_64 engine_;
    double spare_ = 0.0;
    bool hasSpare_ = false;
};

struct RegressionFeature {
    std::string name;
    double mean = 0.0;
    double stddev = 1.0;

    bool operator==(const RegressionFeature&) const = default;
};

struct RegressionSetParams {
    std::array<RegressionFeature, 2> features{RegressionFeature{"area_m2", 100.0, 40.0},
                                              RegressionFeature{"rooms", 3.0, 1.0}};
    std::string targetName = "price_k";
    double correlation = 0.0;  // rho in (-1, 1)
    double noiseStd = 20.0;
    std::array<double, 2> weights{2.5, 15.0};
    double bias = 50.0;
    int samples = 200;
    std::uint64_t seed = 1;

    bool operator==(const RegressionSetParams&) const = default;
};

struct RegressionSet {
    Matrix<float> x;  // samples x 2
    Vector<float> y;
    std::array<std::string, 2> featureNames;
    std::string targetName;
};

// Throws std::invalid_argument naming the bad field and its allowed range.
void validate(const RegressionSetParams& params);
[[nodiscard]] RegressionSet makeRegressionSet(const RegressionSetParams& params);

}  // namespace normlab::core
