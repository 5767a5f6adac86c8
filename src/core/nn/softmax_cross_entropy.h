#pragma once
// Mean softmax cross-entropy over a batch of logits and integer class labels.

#include <vector>

#include "core/tensor.h"

namespace normlab::core {

template <class T>
class SoftmaxCrossEntropy {
  public:
    // Returns the mean loss; throws std::invalid_argument on a label outside
    // [0, classes) or a label count that differs from the batch size.
    T forward(const Matrix<T>& logits, const std::vector<int>& labels);
    // dLoss/dLogits of the last forward: (softmax - onehot) / batch.
    void backward(Matrix<T>& dLogits) const;

    [[nodiscard]] int correct() const { return correct_; }  // argmax hits in the last batch
    [[nodiscard]] double accuracy() const;
    const Matrix<T>& probabilities() const { return probabilities_; }

  private:
    Matrix<T> probabilities_;
    std::vector<int> labels_;
    int correct_ = 0;
};

extern template class SoftmaxCrossEntropy<float>;
extern template class SoftmaxCrossEntropy<double>;

}  // namespace normlab::core
