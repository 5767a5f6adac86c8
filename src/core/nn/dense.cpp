#include "core/nn/dense.h"

#include <stdexcept>

namespace normlab::core {

template <class T>
Dense<T>::Dense(int inFeatures, int outFeatures, bool bias) : hasBias_(bias) {
    if (inFeatures <= 0 || outFeatures <= 0) {
        throw std::invalid_argument(
            "Dense: feature counts must be positive, got in=" + std::to_string(inFeatures) +
            " out=" + std::to_string(outFeatures));
    }
    weight_ = Matrix<T>::Zero(outFeatures, inFeatures);
    weightGrad_ = Matrix<T>::Zero(outFeatures, inFeatures);
    if (hasBias_) {
        bias_ = Matrix<T>::Zero(1, outFeatures);
        biasGrad_ = Matrix<T>::Zero(1, outFeatures);
    }
}

template <class T>
Shape Dense<T>::outputShape(Shape in) const {
    if (in.size() != inFeatures()) {
        throw std::invalid_argument("Dense: expected " + std::to_string(inFeatures()) +
                                    " input features, got " + std::to_string(in.size()));
    }
    return Shape{outFeatures(), 1, 1};
}

template <class T>
void Dense<T>::forward(const Tensor<T>& x, Tensor<T>& y, Mode /*mode*/) {
    if (x.data.cols() != weight_.cols()) (void)outputShape(x.shape);
    input_ = &x;
    y.shape = Shape{outFeatures(), 1, 1};
    y.data.resize(x.data.rows(), weight_.rows());
    if (hasBias_) {
        // Seeding the output with the bias saves the GEMM's zero fill and a pass.
        y.data.rowwise() = bias_.row(0);
        y.data.noalias() += x.data * weight_.transpose();
    } else {
        y.data.noalias() = x.data * weight_.transpose();
    }
}

template <class T>
void Dense<T>::backward(const Tensor<T>& dy, Tensor<T>* dx) {
    const Matrix<T>& x = input_->data;
    weightGrad_.noalias() = dy.data.transpose() * x;
    if (hasBias_) biasGrad_.noalias() = dy.data.colwise().sum();
    if (dx != nullptr) {
        dx->shape = input_->shape;
        dx->data.resize(x.rows(), x.cols());
        dx->data.noalias() = dy.data * weight_;
    }
}

template <class T>
std::vector<ParamRef<T>> Dense<T>::params() {
    std::vector<ParamRef<T>> out{{"weight", &weight_, &weightGrad_, true}};
    if (hasBias_) out.push_back({"bias", &bias_, &biasGrad_, true});
    return out;
}

template class Dense<float>;
template class Dense<double>;

}  // namespace normlab::core
