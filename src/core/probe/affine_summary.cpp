#include "core/probe/affine_summary.h"

#include "core/probe/moments.h"

namespace normlab::core {

AffineSummary summarizeAffine(std::span<const float> values, const HistogramOptions& histogram,
                              ProbeScratch& scratch) {
    std::int64_t nonFinite = 0;
    const std::span<float> finite = finiteCopy(values, scratch.percentiles.values, nonFinite);
    AffineSummary s;
    copyMoments(moments(finite, nonFinite), s);
    s.percentiles = standardPercentilesInPlace(finite, scratch.percentiles);
    s.histogram = makeHistogram(finite, histogram, s.min, s.max, s.percentiles);
    return s;
}

AffineSummary summarizeAffine(std::span<const float> values, const HistogramOptions& histogram) {
    ProbeScratch scratch;
    return summarizeAffine(values, histogram, scratch);
}

}  // namespace normlab::core
