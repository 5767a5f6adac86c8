#include "core/lab/running_stat_gap.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "core/data/batch_iterator.h"

namespace normlab::core {

std::vector<RunningStatGap> measureRunningStatGap(Network<float>& net, const Split& split,
                                                  const Scaler& scaler, int batchSize, int batches,
                                                  std::uint64_t seed) {
    if (batchSize < 2 || batchSize > split.size()) {
        throw std::invalid_argument("running-statistics gap: batch size " +
                                    std::to_string(batchSize) + " outside [2, " +
                                    std::to_string(split.size()) + "]");
    }
    std::vector<RunningStatGap> gaps;
    std::vector<double> savedMomentum;
    for (int l = 1; l <= net.hiddenBlockCount(); ++l) {
        if (BatchNorm<float>* bn = net.batchNorm(l)) {
            gaps.push_back({l, 0.0, 0.0});
            savedMomentum.push_back(bn->options().momentum);
            bn->setMomentum(0.0);  // train-mode forwards leave the running statistics alone
        }
    }
    if (gaps.empty() || batches <= 0) return gaps;

    BatchIterator iterator(split.size(), seed, true);
    Tensor<float> batch;
    batch.shape = net.spec().input;
    for (int b = 0; b < batches; ++b) {
        split.gather(iterator.next(batchSize), batch.data);
        scaler.transform(batch.data);
        net.forward(batch, Mode::Train);
        for (RunningStatGap& gap : gaps) {
            const BatchNorm<float>& bn = *net.batchNorm(gap.layer);
            const auto eps = static_cast<float>(bn.options().eps);
            const Eigen::ArrayXXf runStd = (bn.runningVar().array() + eps).sqrt();
            gap.meanGap += ((bn.lastMean() - bn.runningMean()).array().abs() / runStd).mean();
            gap.stdGap += ((bn.lastVar().array() + eps).sqrt() / runStd - 1.0F).abs().mean();
        }
    }
    std::size_t i = 0;
    for (RunningStatGap& gap : gaps) {
        gap.meanGap /= batches;
        gap.stdGap /= batches;
        net.batchNorm(gap.layer)->setMomentum(savedMomentum[i++]);
    }
    return gaps;
}

}  // namespace normlab::core
