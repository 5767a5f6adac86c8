#include "core/nn/mse_loss.h"

#include <stdexcept>
#include <string>

namespace normlab::core {

template <class T>
T MseLoss<T>::forward(const Matrix<T>& outputs, const Matrix<T>& targets) {
    if (outputs.rows() != targets.rows() || outputs.cols() != targets.cols() ||
        outputs.size() == 0) {
        throw std::invalid_argument(
            "MseLoss: outputs " + std::to_string(outputs.rows()) + "x" +
            std::to_string(outputs.cols()) + " and targets " + std::to_string(targets.rows()) +
            "x" + std::to_string(targets.cols()) + " must have the same non-empty shape");
    }
    residual_.noalias() = outputs - targets;
    return residual_.squaredNorm() / static_cast<T>(residual_.size());
}

template <class T>
void MseLoss<T>::backward(Matrix<T>& dOutputs) const {
    dOutputs.noalias() = residual_ * (T(2) / static_cast<T>(residual_.size()));
}

template class MseLoss<float>;
template class MseLoss<double>;

}  // namespace normlab::core
