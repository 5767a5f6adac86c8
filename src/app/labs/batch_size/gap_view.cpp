#include "app/labs/batch_size/gap_view.h"

#include <limits>

#include "app/labs/batch_size/batch_size_page.h"

namespace normlab::app {

void GapView::render(const session::SweepSnapshot& sweep, const QList<int>& checkedSizes) {
    setTitle(BatchSizePage::tr("Generalisation gap vs batch size"));
    setAxisTitles(BatchSizePage::tr("Batch size B (log₂ scale)"),
                  BatchSizePage::tr("Train − test accuracy (percentage points)"));
    const double big = std::numeric_limits<double>::max();
    GroupMeanChart::render(curveRuns(sweep), checkedSizes,
                           [](const core::BatchSizeResult& r) {
                               return 100.0 * (r.finalTrainAccuracy - r.finalTestAccuracy);
                           },
                           {-big, big, -5.0, 5.0, false});
}

}  // namespace normlab::app
