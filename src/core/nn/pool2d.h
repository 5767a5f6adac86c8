#pragma once
// Max or average pooling over square windows of NCHW samples, no padding.

#include <string_view>

#include "core/enum_names.h"
#include "core/nn/layer.h"

namespace normlab::core {

enum class PoolKind { Max, Average };

constexpr EnumNaming<PoolKind, 2> enumNaming(PoolKind /*value*/) {
    return {"pooling", {{{PoolKind::Max, "max"}, {PoolKind::Average, "average"}}}};
}

template <class T>
class Pool2d final : public Layer<T> {
  public:
    Pool2d(PoolKind kind, int kernel, int stride);

    [[nodiscard]] std::string kind() const override { return toString(kind_) + "pool"; }
    [[nodiscard]] Shape outputShape(Shape in) const override;
    void forward(const Tensor<T>& x, Tensor<T>& y, Mode mode) override;
    void backward(const Tensor<T>& dy, Tensor<T>* dx) override;

    [[nodiscard]] PoolKind poolKind() const { return kind_; }

  private:
    PoolKind kind_;
    int kernel_, stride_;
    Shape inputShape_, outShape_;
    std::vector<int> argmax_;  // per output value: column of the winning input
};

extern template class Pool2d<float>;
extern template class Pool2d<double>;

}  // namespace normlab::core
