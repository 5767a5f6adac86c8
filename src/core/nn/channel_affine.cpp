#include "core/nn/channel_affine.h"

#include <stdexcept>

namespace normlab::core {

template <class T>
ChannelAffine<T>::ChannelAffine(const char* layer, int channels, bool learnable)
    : learnable_(learnable) {
    if (channels <= 0) {
        throw std::invalid_argument(std::string(layer) + ": channel count must be positive, got " +
                                    std::to_string(channels));
    }
    gamma_ = Matrix<T>::Ones(1, channels);
    beta_ = Matrix<T>::Zero(1, channels);
    gammaGrad_ = Matrix<T>::Zero(1, channels);
    betaGrad_ = Matrix<T>::Zero(1, channels);
}

template <class T>
void ChannelAffine<T>::computeAffineGrads(const Matrix<T>& dy, const Matrix<T>& xhat, int spatial) {
    if (spatial == 1) {
        betaGrad_.noalias() = dy.colwise().sum();
        gammaGrad_.noalias() = (dy.array() * xhat.array()).matrix().colwise().sum();
        return;
    }
    for (int c = 0; c < channels(); ++c) {
        T db = 0, dg = 0;
        for (Eigen::Index i = 0; i < dy.rows(); ++i) {
            const auto gs = dy.row(i).segment(c * spatial, spatial);
            db += gs.sum();
            dg += gs.dot(xhat.row(i).segment(c * spatial, spatial));
        }
        betaGrad_(0, c) = db;
        gammaGrad_(0, c) = dg;
    }
}

template <class T>
std::vector<ParamRef<T>> ChannelAffine<T>::params() {
    return {{"gamma", &gamma_, &gammaGrad_, learnable_}, {"beta", &beta_, &betaGrad_, learnable_}};
}

template class ChannelAffine<float>;
template class ChannelAffine<double>;

}  // namespace normlab::core
