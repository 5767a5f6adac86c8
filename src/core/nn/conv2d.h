#pragma once
// 2-D convolution (a cross-correlation, as in PyTorch) on NCHW samples, via
// im2col and one GEMM per sample. Weight (out, in, kh, kw) is stored as an
// (out, in * kh * kw) matrix, which is the same row-major memory.

#include "core/nn/layer.h"

namespace normlab::core {

struct Conv2dOptions {
    int inChannels = 1;
    int outChannels = 1;
    int kernelHeight = 3;
    int kernelWidth = 3;
    int stride = 1;
    int padding = 0;
    bool bias = true;
};

template <class T>
class Conv2d final : public Layer<T> {
  public:
    explicit Conv2d(const Conv2dOptions& options);

    [[nodiscard]] std::string kind() const override { return "conv2d"; }
    [[nodiscard]] Shape outputShape(Shape in) const override;
    void forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) override;
    void backward(const Tensor<T>& dy, Tensor<T>* dx) override;
    [[nodiscard]] std::vector<ParamRef<T>> params() override;

    [[nodiscard]] const Conv2dOptions& options() const { return options_; }
    Matrix<T>& weight() { return weight_; }
    Matrix<T>& bias() { return bias_; }  // 1 x out; empty without bias
    const Matrix<T>& weightGrad() const { return weightGrad_; }
    const Matrix<T>& biasGrad() const { return biasGrad_; }

  private:
    void im2col(const T* image, T* columns) const;
    void col2im(const T* columns, T* image) const;

    Conv2dOptions options_;
    Matrix<T> weight_, weightGrad_, bias_, biasGrad_;
    Matrix<T> columns_;   // (batch * in*kh*kw, outH*outW): every sample's patches
    Matrix<T> dColumns_;  // (in*kh*kw, outH*outW)
    Shape inputShape_, outShape_;
};

extern template class Conv2d<float>;
extern template class Conv2d<double>;

}  // namespace normlab::core
