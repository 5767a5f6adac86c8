#include "app/labs/feature_scaling/scaling_views.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "app/charts/contour_chart_view.h"
#include "app/charts/log_chart_view.h"
#include "app/charts/nice_chart_view.h"
#include "app/labs/feature_scaling/feature_scatter_view.h"
#include "app/labs/feature_scaling/loss_curves_view.h"
#include "app/labs/feature_scaling/surface_view.h"
#include "app/widgets/rich_text_box.h"

namespace normlab::app {

ScalingViews::ScalingViews(QWidget* parent)
    : QWidget(parent),
      caption_(new RichTextBox(this)),
      key_(new RichTextBox(this)),
      stretch_(new QCheckBox(this)),
      loss_(new LossCurvesView(this)),
      scatters_(new FeatureScatterView(this)),
      surfacesPane_(new QWidget(this)),
      curvesPane_(new QWidget(this)),
      curvesGrid_(new QGridLayout),
      wide_(new QWidget(this)),
      tabs_(new QTabWidget(this)),
      stack_(new QStackedWidget(this)) {
    stretch_->setObjectName(QStringLiteral("stretchPlots"));
    auto* plotsRow = new QGridLayout;
    plotsRow->setHorizontalSpacing(6);
    plotsRow->setVerticalSpacing(2);
    for (std::size_t i = 0; i < surfaces_.size(); ++i) {
        surfaces_[i] = new SurfaceView(i, this);
        plotsRow->addWidget(surfaces_[i]->plot(), 0, static_cast<int>(i));
        plotsRow->addWidget(surfaces_[i]->readout(), 1, static_cast<int>(i));
        plotsRow->setColumnStretch(static_cast<int>(i), 1);
        surfaces_[i]->readout()->installEventFilter(this);
        connect(surfaces_[i], &SurfaceView::startPicked, this, &ScalingViews::startPicked);
    }
    plotsRow->setRowStretch(0, 1);

    auto* surfaces = new QVBoxLayout(surfacesPane_);
    surfaces->setContentsMargins(0, 0, 0, 0);
    surfaces->addWidget(caption_);
    auto* keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(key_, 1);
    keyRow->addWidget(stretch_, 0, Qt::AlignTop);
    surfaces->addLayout(keyRow);
    surfaces->addLayout(plotsRow, 1);
    curvesPane_->setLayout(curvesGrid_);
    curvesGrid_->setContentsMargins(0, 0, 0, 0);
    arrangeCurves();
    for (RichTextBox* box : {caption_, key_}) box->installEventFilter(this);

    auto* wide = new QVBoxLayout(wide_);
    wide->setContentsMargins(0, 0, 0, 0);
    wide->addWidget(surfacesPane_, 3);
    wide->addWidget(curvesPane_, 2);
    tabs_->setObjectName(QStringLiteral("viewTabs"));
    stack_->addWidget(wide_);
    stack_->addWidget(tabs_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);

    connect(stretch_, &QCheckBox::toggled, this, [this] {
        for (SurfaceView* s : surfaces_) s->forgetSurface();  // the other sampling of each
        if (last_) render(last_);
    });
}

ScalingViews::~ScalingViews() = default;

void ScalingViews::render(const std::shared_ptr<const core::ScalingComparisonSnapshot>& s) {
    caption_->setHtml(
        (s->intercept
             ? tr("Each plot: the mean squared error over (w1, w2), with the intercept b at its "
                  "best value for every point, b = mean(y) − w1·mean(x1) − w2·mean(x2). The "
                  "paths descend this same surface.")
             : tr("Each plot: the mean squared error over (w1, w2) of the model y = w1·x1 + "
                  "w2·x2 (no intercept). The paths descend this same surface."))
            .toHtmlEscaped());
    const bool equalScale = !stretch_->isChecked();
    for (SurfaceView* surface : surfaces_) surface->render(*s, equalScale);
    loss_->render(*s);
    scatters_->render(*s);
    fitTextHeights();  // a divergence message is longer than a step count
    last_ = s;
}

bool ScalingViews::eventFilter(QObject* watched, QEvent* event) {
    // A filter sees a box's font change before the box has taken it, so that
    // one is measured afterwards.
    if (event->type() == QEvent::Resize)
        fitTextHeights();
    else if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, [this] { fitTextHeights(); });
    return QWidget::eventFilter(watched, event);
}

void ScalingViews::fitTextHeights() {
    // Text boxes in a layout do not ask for the height their text needs at
    // their width; give it to them. The readouts share one height so the
    // three columns stay aligned.
    const auto fit = [](RichTextBox* box, int height) {
        if (height > 0 && box->maximumHeight() != height) box->setFixedHeight(height);
    };
    fit(caption_, caption_->textHeight());
    fit(key_, key_->textHeight());
    int readoutHeight = -1;
    for (const SurfaceView* s : surfaces_)
        readoutHeight = std::max(readoutHeight, s->readout()->textHeight());
    for (SurfaceView* s : surfaces_) fit(s->readout(), readoutHeight);
}

void ScalingViews::setCompact(bool compact) {
    if (compact == compact_) return;
    compact_ = compact;
    if (compact) {
        tabs_->addTab(surfacesPane_, paneTitle(0));
        tabs_->addTab(curvesPane_, paneTitle(1));
        stack_->setCurrentWidget(tabs_);
    } else {
        tabs_->clear();  // removes the tabs, keeps the panes
        auto* wide = static_cast<QVBoxLayout*>(wide_->layout());
        wide->addWidget(surfacesPane_, 3);
        wide->addWidget(curvesPane_, 2);
        surfacesPane_->show();
        curvesPane_->show();
        stack_->setCurrentWidget(wide_);
    }
    arrangeCurves();
}

void ScalingViews::arrangeCurves() {
    QWidget* loss = loss_->chart();
    QWidget* raw = scatters_->rawChart();
    QWidget* scaled = scatters_->scaledChart();
    for (QWidget* chart : {loss, raw, scaled}) curvesGrid_->removeWidget(chart);
    for (int i = 0; i < 3; ++i) {
        curvesGrid_->setColumnStretch(i, 0);
        curvesGrid_->setRowStretch(i, 0);
    }
    if (compact_) {
        // A tab of its own: the loss curves tall on the left, the two
        // scatters stacked on the right so their axes keep room for labels.
        curvesGrid_->addWidget(loss, 0, 0, 2, 1);
        curvesGrid_->addWidget(raw, 0, 1);
        curvesGrid_->addWidget(scaled, 1, 1);
        curvesGrid_->setColumnStretch(0, 1);
        curvesGrid_->setColumnStretch(1, 1);
        curvesGrid_->setRowStretch(0, 1);
        curvesGrid_->setRowStretch(1, 1);
    } else {
        curvesGrid_->addWidget(loss, 0, 0);
        curvesGrid_->addWidget(raw, 0, 1);
        curvesGrid_->addWidget(scaled, 0, 2);
        curvesGrid_->setColumnStretch(0, 3);
        curvesGrid_->setColumnStretch(1, 2);
        curvesGrid_->setColumnStretch(2, 2);
    }
}

QString ScalingViews::paneTitle(int pane) const {
    return pane == 0 ? tr("Loss surfaces") : tr("Loss curves and features");
}

void ScalingViews::retranslate() {
    key_->setHtml(
        tr("<span style=\"color:#333\">- - -</span> steepest direction (λmax) &nbsp; "
           "<span style=\"color:#555\">· · ·</span> flattest direction (λmin) &nbsp; "
           "● minimum &nbsp; ○ start &nbsp; — path (click a plot to move the start)"));
    stretch_->setText(tr("Stretch plots to fill"));
    stretch_->setToolTip(
        tr("Off: one unit of w1 is as long on screen as one unit of w2, so a narrow valley "
           "looks narrow and perpendicular directions look perpendicular. On: each plot fills "
           "its box for a close-up, and says that it is stretched."));
    for (SurfaceView* s : surfaces_) s->retranslate();
    loss_->retranslate();
    scatters_->retranslate();
    for (int pane = 0; pane < tabs_->count(); ++pane) tabs_->setTabText(pane, paneTitle(pane));
    if (last_) render(last_);
}

}  // namespace normlab::app
