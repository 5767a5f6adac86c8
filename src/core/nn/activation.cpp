#include "core/nn/activation.h"

namespace normlab::core {

template <class T>
void Activation<T>::apply(ActivationKind kind, const Matrix<T>& x, Matrix<T>& y) {
    y.resize(x.rows(), x.cols());
    switch (kind) {
        case ActivationKind::Sigmoid:
            y.array() = x.array().logistic();
            break;
        case ActivationKind::Tanh:
            y.array() = x.array().tanh();
            break;
        case ActivationKind::Relu:
            y.array() = x.array().max(T(0));
            break;
        case ActivationKind::Identity:
            y = x;
            break;
    }
}

template <class T>
void Activation<T>::applyDerivative(ActivationKind kind, const Matrix<T>& y, const Matrix<T>& dy,
                                    Matrix<T>& dx) {
    dx.resize(y.rows(), y.cols());
    switch (kind) {
        case ActivationKind::Sigmoid:
            dx.array() = dy.array() * y.array() * (T(1) - y.array());
            break;
        case ActivationKind::Tanh:
            dx.array() = dy.array() * (T(1) - y.array().square());
            break;
        case ActivationKind::Relu:
            dx.array() = (y.array() > T(0)).select(dy.array(), T(0));
            break;
        case ActivationKind::Identity:
            dx = dy;
            break;
    }
}

template <class T>
void Activation<T>::forward(const Tensor<T>& x, Tensor<T>& y, Mode /*mode*/) {
    y.shape = x.shape;
    apply(kind_, x.data, y.data);
    output_ = &y;
}

template <class T>
void Activation<T>::backward(const Tensor<T>& dy, Tensor<T>* dx) {
    if (dx == nullptr) return;
    dx->shape = output_->shape;
    applyDerivative(kind_, output_->data, dy.data, dx->data);
}

template class Activation<float>;
template class Activation<double>;

}  // namespace normlab::core
