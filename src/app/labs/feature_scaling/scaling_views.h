#pragma once
// Every view of the feature-scaling lab and their arrangement: the caption
// and key over three surfaces side by side, then the loss curves and the two
// feature scatters. Wide: both rows on one page. Compact (a window too short
// for both, as on a projector): the two rows on two tabs.

#include <QWidget>
#include <array>
#include <memory>

#include "core/lab/scaling_comparison.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QGridLayout;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace normlab::app {

class FeatureScatterView;
class LossCurvesView;
class RichTextBox;
class SurfaceView;

class ScalingViews : public QWidget {
    Q_OBJECT
  public:
    explicit ScalingViews(QWidget* parent = nullptr);
    ~ScalingViews() override;

    void render(const std::shared_ptr<const core::ScalingComparisonSnapshot>& snapshot);
    [[nodiscard]] const std::shared_ptr<const core::ScalingComparisonSnapshot>& lastRendered()
        const {
        return last_;
    }

    [[nodiscard]] SurfaceView* surface(int index) const { return surfaces_[std::size_t(index)]; }
    [[nodiscard]] LossCurvesView* lossCurves() const { return loss_; }
    [[nodiscard]] FeatureScatterView* scatters() const { return scatters_; }
    [[nodiscard]] QCheckBox* stretchToggle() const { return stretch_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }

    [[nodiscard]] bool isCompact() const { return compact_; }
    // 0: the surfaces row, 1: the curves row (the course's "surfaces" and "curves").
    [[nodiscard]] QWidget* pane(int index) const { return index == 0 ? surfacesPane_ : curvesPane_; }
    void setCompact(bool compact);
    // Caption, key and readouts get the height their text needs at their width.
    void fitTextHeights();
    void retranslate();

  Q_SIGNALS:
    void startPicked(QPointF start);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    [[nodiscard]] QString paneTitle(int pane) const;
    // The loss chart and the two scatters: one row when wide, a column of
    // scatters beside the loss chart on their own tab when compact.
    void arrangeCurves();

    RichTextBox* caption_;
    RichTextBox* key_;
    QCheckBox* stretch_;  // off: every contour plot at equal scale
    std::array<SurfaceView*, 3> surfaces_{};
    LossCurvesView* loss_;
    FeatureScatterView* scatters_;
    QWidget* surfacesPane_;
    QWidget* curvesPane_;
    QGridLayout* curvesGrid_;
    QWidget* wide_;
    QTabWidget* tabs_;
    QStackedWidget* stack_;
    bool compact_ = false;
    std::shared_ptr<const core::ScalingComparisonSnapshot> last_;
};

}  // namespace normlab::app
