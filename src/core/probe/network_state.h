#pragma once
// A copy of everything a training step changes in a network (parameters
// and batch-norm running statistics), so a probe can try steps and put the
// network back exactly as it was.

#include <vector>

#include "core/nn/network.h"

namespace normlab::core {

template <class T>
class NetworkState {
public:
    explicit NetworkState(Network<T>& net) : net_(net) {
        for (const ParamRef<T>& p : net.params()) values_.push_back(*p.value);
        for (int l = 1; l <= net.hiddenBlockCount(); ++l)
            if (const BatchNorm<T>* bn = net.batchNorm(l)) {
                running_.push_back(bn->runningMean());
                running_.push_back(bn->runningVar());
            }
    }
    NetworkState(const NetworkState&) = delete;
    NetworkState& operator=(const NetworkState&) = delete;
    ~NetworkState() { restore(); }

    void restore() {
        const auto& params = net_.params();
        for (std::size_t i = 0; i < params.size(); ++i) *params[i].value = values_[i];
        std::size_t k = 0;
        for (int l = 1; l <= net_.hiddenBlockCount(); ++l)
            if (BatchNorm<T>* bn = net_.batchNorm(l)) {
                bn->runningMean() = running_[k++];
                bn->runningVar() = running_[k++];
            }
    }

    // The saved value of parameter i.
    [[nodiscard]] const Matrix<T>& value(std::size_t i) const { return values_[i]; }

private:
    Network<T>& net_;
    std::vector<Matrix<T>> values_;
    std::vector<Matrix<T>> running_;
};

}  // namespace normlab::core
