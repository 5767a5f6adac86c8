#include "core/nn/softmax_cross_entropy.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace normlab::core {

template <class T>
T SoftmaxCrossEntropy<T>::forward(const Matrix<T>& logits, const std::vector<int>& labels) {
    const Eigen::Index n = logits.rows(), classes = logits.cols();
    if (static_cast<Eigen::Index>(labels.size()) != n || n == 0) {
        throw std::invalid_argument("SoftmaxCrossEntropy: " + std::to_string(labels.size()) +
                                    " labels for a batch of " + std::to_string(n));
    }
    labels_ = labels;
    probabilities_.resize(n, classes);
    correct_ = 0;
    // Accumulate in double: the loss is a reported number, not a hot path.
    double total = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const int label = labels[static_cast<std::size_t>(i)];
        if (label < 0 || label >= classes) {
            throw std::invalid_argument("SoftmaxCrossEntropy: label " + std::to_string(label) +
                                        " at row " + std::to_string(i) + " outside [0, " +
                                        std::to_string(classes) + ")");
        }
        Eigen::Index best = 0;
        const T maxLogit = logits.row(i).maxCoeff(&best);
        if (best == label) ++correct_;
        auto p = probabilities_.row(i).array();
        p = (logits.row(i).array() - maxLogit).exp();
        const T sum = p.sum();
        total += static_cast<double>(std::log(sum) - (logits(i, label) - maxLogit));
        p /= sum;
    }
    return static_cast<T>(total / static_cast<double>(n));
}

template <class T>
void SoftmaxCrossEntropy<T>::backward(Matrix<T>& dLogits) const {
    const Eigen::Index n = probabilities_.rows();
    dLogits.resize(n, probabilities_.cols());
    const T inv = T(1) / static_cast<T>(n);
    dLogits.noalias() = probabilities_ * inv;
    for (Eigen::Index i = 0; i < n; ++i) dLogits(i, labels_[static_cast<std::size_t>(i)]) -= inv;
}

template <class T>
double SoftmaxCrossEntropy<T>::accuracy() const {
    return labels_.empty() ? 0.0 : static_cast<double>(correct_) / labels_.size();
}

template class SoftmaxCrossEntropy<float>;
template class SoftmaxCrossEntropy<double>;

}  // namespace normlab::core
