#include "app/labs/batch_size/same_loss_view.h"

#include <QDir>
#include <QEvent>
#include <QShowEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <map>

#include "app/charts/contour_chart_view.h"
#include "app/charts/labelled_axis_chart.h"
#include "core/quadratic/contour_lines.h"
#include "core/quadratic/loss_grid.h"
#include "session/experiment_config.h"
#include "session/resource_paths.h"

namespace normlab::app {

namespace {

const QColor kTrainColor(0x1f, 0x77, 0xb4);
const QColor kTestColor(0xd9, 0x5f, 0x02);

struct Range {
    double lo = INFINITY, hi = -INFINITY, sum = 0;
    int n = 0;
    void add(double v) {
        if (!std::isfinite(v)) return;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        sum += v;
        ++n;
    }
    [[nodiscard]] double mean() const { return n > 0 ? sum / n : NAN; }
};

QString rangeText(const Range& r, int decimals, double scale = 1.0) {
    if (r.n == 0) return QStringLiteral("–");
    if (r.n == 1 || r.lo == r.hi) return QString::number(scale * r.lo, 'f', decimals);
    return QStringLiteral("%1–%2")
        .arg(scale * r.lo, 0, 'f', decimals)
        .arg(scale * r.hi, 0, 'f', decimals);
}

// `text` with its next four markers filled: the small-batch model's value and
// batch size, then the large-batch model's.
QString withBothModels(const QString& text, const Range (&values)[2], const int (&batch)[2],
                       int decimals) {
    return text.arg(rangeText(values[0], decimals))
        .arg(batch[0])
        .arg(rangeText(values[1], decimals))
        .arg(batch[1]);
}

}  // namespace

SameLossView::SameLossView(QWidget* parent) : QWidget(parent) {
    chart_ = new LabelledAxisChart(this);
    chart_->setObjectName(QStringLiteral("sameLossChart"));
    chart_->addBand(QString(), kTrainColor);
    chart_->addBand(QString(), kTestColor);
    chart_->addLineSeries(QString(), kTrainColor, 2.5);
    chart_->addLineSeries(QString(), kTestColor, 2.5);
    chart_->addScatterSeries(QString(), QColor(0x33, 0x33, 0x33), 10.0);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("sameLossSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (int m = 0; m < 2; ++m) {
        slicePlots_[m] = new ContourChartView(this);
        slicePlots_[m]->setObjectName(m == 0 ? QStringLiteral("smallSlicePlot")
                                             : QStringLiteral("largeSlicePlot"));
        slicePlots_[m]->addScatterSeries(QString(), QColor(0xc0, 0x10, 0x10), 12.0);
        slicePlots_[m]->setMinimumSize(220, 220);
        slicePlots_[m]->setToolTipFunction([this, m](QPointF v) { return sliceToolTip(m, v); });
    }
    sliceKey_ = new QLabel(this);
    sliceKey_->setObjectName(QStringLiteral("sliceKey"));
    sliceKey_->setTextFormat(Qt::RichText);
    sliceKey_->setWordWrap(true);
    openButton_ = new QPushButton(this);
    openButton_->setObjectName(QStringLiteral("openSameLossButton"));
    connect(openButton_, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, openButton_->text());
        if (!dir.isEmpty()) load(dir);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    // The summary scrolls once it would take more than a third of the view,
    // so the plots keep their room on a small or presentation screen.
    summaryScroll_ = new QScrollArea(this);
    summaryScroll_->setObjectName(QStringLiteral("sameLossSummaryScroll"));
    summaryScroll_->setWidget(summary_);
    summaryScroll_->setWidgetResizable(true);
    summaryScroll_->setFrameShape(QFrame::NoFrame);
    summaryScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* row = new QHBoxLayout;
    row->addWidget(summaryScroll_, 1);
    row->addWidget(openButton_, 0, Qt::AlignTop);
    layout->addLayout(row);
    auto* charts = new QHBoxLayout;
    charts->addWidget(chart_, 1);
    auto* slices = new QVBoxLayout;
    auto* pair = new QHBoxLayout;
    pair->addWidget(slicePlots_[0], 1);
    pair->addWidget(slicePlots_[1], 1);
    slices->addLayout(pair, 1);
    charts->addLayout(slices, 2);
    layout->addLayout(charts, 1);
    layout->addWidget(sliceKey_);  // the whole width, so it wraps to fewer lines
    const QString bundled = bundledDirectory();
    if (bundled.isEmpty())
        error_ = tr("The bundled result was not found.");
    else
        load(bundled);
    render();
}

QString SameLossView::bundledDirectory() {
    for (const QString& dir : session::resourceDirs()) {
        const QDir results(QDir(dir).filePath(QStringLiteral("results/same-loss")));
        if (QFileInfo::exists(results.filePath(QStringLiteral("same_loss.csv"))))
            return results.absolutePath();
    }
    return {};
}

bool SameLossView::load(const QString& directory) {
    try {
        result_ = session::readSameLossResult(directory);
        directory_ = directory;
        error_.clear();
    } catch (const std::exception& e) {
        error_ = tr("Could not read the result in \"%1\": %2")
                     .arg(directory, QString::fromUtf8(e.what()));
    }
    render();
    return error_.isEmpty();
}

void SameLossView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) render();
    if (event->type() == QEvent::FontChange) fitSummary();
}

void SameLossView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitSummary();
}

void SameLossView::fitSummary() {
    const int wanted = summary_->heightForWidth(summaryScroll_->width());
    const int cap = std::max(3 * fontMetrics().lineSpacing(), height() / 3);
    summaryScroll_->setFixedHeight(std::max(1, std::min(wanted, cap)));
}

void SameLossView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (slicesPending_) render();
}

QString SameLossView::summaryText() const { return summary_->text(); }

void SameLossView::render() {
    openButton_->setText(tr("Open result folder…"));
    openButton_->setToolTip(
        tr("Show another result written by normlab-cli run same-loss --out FOLDER."));
    chart_->setTitle(tr("Loss along w(α) = (1 − α) w_small + α w_large"));
    chart_->setAxisTitles(tr("α (0 = small-batch solution, 1 = large-batch solution)"),
                          tr("Cross-entropy loss"));
    if (!result_) {
        summary_->setText(error_);
        fitSummary();
        return;
    }
    const session::SameLossResult& r = *result_;
    // alpha -> losses over seeds
    std::map<double, std::pair<Range, Range>> byAlpha;
    std::map<int, std::map<double, double>> trainBySeed;
    for (const session::SameLossLinePoint& p : r.line) {
        byAlpha[p.alpha].first.add(p.trainLoss);
        byAlpha[p.alpha].second.add(p.testLoss);
        trainBySeed[p.seed][p.alpha] = p.trainLoss;
    }
    QList<QPointF> trainMean, trainLo, trainHi, testMean, testLo, testHi, ends;
    double yMax = 0;
    for (const auto& [alpha, ranges] : byAlpha) {
        trainMean << QPointF(alpha, ranges.first.mean());
        trainLo << QPointF(alpha, ranges.first.lo);
        trainHi << QPointF(alpha, ranges.first.hi);
        testMean << QPointF(alpha, ranges.second.mean());
        testLo << QPointF(alpha, ranges.second.lo);
        testHi << QPointF(alpha, ranges.second.hi);
        yMax = std::max({yMax, ranges.first.hi, ranges.second.hi});
        if (std::abs(alpha) < 1e-9 || std::abs(alpha - 1) < 1e-9)
            ends << QPointF(alpha, ranges.first.mean());
    }
    chart_->setBand(0, trainLo, trainHi);
    chart_->setBand(1, testLo, testHi);
    chart_->setPoints(0, trainMean);
    chart_->setPoints(1, testMean);
    chart_->setPoints(2, ends);
    // Mean over the seeds, the band their min-max.
    chart_->setSeriesName(0, tr("training loss, seed band"));
    chart_->setSeriesName(1, tr("test loss, seed band"));
    chart_->setSeriesName(2, tr("the two solutions"));
    if (!byAlpha.empty()) chart_->setXRange(byAlpha.begin()->first, byAlpha.rbegin()->first);
    chart_->setYRange(0, yMax > 0 ? yMax * 1.05 : 1.0);
    chart_->applyNiceNumbers(Qt::Vertical);

    Range epochs[2], updates[2], test[2], gap[2], sharp[2], seconds[2];
    int reached[2] = {0, 0}, sharperLarge = 0, betterSmall = 0, models[2] = {0, 0};
    int batch[2] = {0, 0};
    double target = 0;
    std::map<int, std::pair<double, double>> sharpBySeed, testBySeed;
    for (const session::SameLossModelRow& m : r.models) {
        const int k = m.large ? 1 : 0;
        batch[k] = m.batchSize;
        target = m.targetTrainLoss;
        ++models[k];
        reached[k] += m.reachedTarget ? 1 : 0;
        epochs[k].add(m.epochs);
        updates[k].add(static_cast<double>(m.updates));
        test[k].add(m.testAccuracy);
        gap[k].add(m.trainAccuracy - m.testAccuracy);
        sharp[k].add(m.sharpness);
        seconds[k].add(m.trainSeconds + m.evalSeconds);
        (k ? sharpBySeed[m.seed].second : sharpBySeed[m.seed].first) = m.sharpness;
        (k ? testBySeed[m.seed].second : testBySeed[m.seed].first) = m.testAccuracy;
    }
    for (const auto& [seed, s] : sharpBySeed) sharperLarge += s.second > s.first ? 1 : 0;
    for (const auto& [seed, t] : testBySeed) betterSmall += t.first > t.second ? 1 : 0;
    // The rise of the training loss half a unit beyond each end, per seed.
    Range riseSmall, riseLarge;
    for (const auto& [seed, line] : trainBySeed) {
        const auto at = [&](double a) {
            const auto it = std::min_element(line.begin(), line.end(), [a](auto x, auto y) {
                return std::abs(x.first - a) < std::abs(y.first - a);
            });
            return it->second;
        };
        riseSmall.add(at(-0.5) - at(0.0));
        riseLarge.add(at(1.5) - at(1.0));
    }
    const bool bundled = QFileInfo(directory_) == QFileInfo(bundledDirectory());
    QStringList parts;
    if (!error_.isEmpty()) parts << QStringLiteral("<b>%1</b>").arg(error_.toHtmlEscaped());
    parts << (bundled ? withBothModels(tr("<b>Bundled result</b>, regenerate with <tt>normlab-cli "
                                          "run same-loss --out FOLDER</tt>; on the machine that "
                                          "made it each model took %1 s (B = %2) and %3 s (B = "
                                          "%4) of training and measuring."),
                                       seconds, batch, 0)
                      : tr("<b>Result in</b> <tt>%1</tt>.").arg(directory_.toHtmlEscaped()));
    parts << tr("Both models trained until their training loss was at most %1: B = %2 reached it "
                "in %3 of %4 seeds after %5 epochs (%6 updates), B = %7 in %8 of %9 after %10 "
                "epochs (%11 updates).")
                 .arg(target)
                 .arg(batch[0])
                 .arg(reached[0])
                 .arg(models[0])
                 .arg(rangeText(epochs[0], 1), rangeText(updates[0], 0))
                 .arg(batch[1])
                 .arg(reached[1])
                 .arg(models[1])
                 .arg(rangeText(epochs[1], 1), rangeText(updates[1], 0));
    parts << tr("Test accuracy %1 % vs %2 % (higher for the small batch in %3 of %4 seeds); "
                "train − test gap %5 vs %6 points.")
                 .arg(rangeText(test[0], 1, 100), rangeText(test[1], 1, 100))
                 .arg(betterSmall)
                 .arg(static_cast<int>(testBySeed.size()))
                 .arg(rangeText(gap[0], 1, 100), rangeText(gap[1], 1, 100));
    parts << withBothModels(tr("ε-sharpness (largest rise of the training loss in a small box "
                               "around the weights, %): %1 for B = %2, %3 for B = %4; higher for "
                               "the large batch in %5 of %6 seeds."),
                            sharp, batch, 1)
                 .arg(sharperLarge)
                 .arg(static_cast<int>(sharpBySeed.size()));
    parts << tr("Half a unit of α beyond each solution the training loss rises by %1 on the "
                "small-batch side and %2 on the large-batch side.")
                 .arg(rangeText(riseSmall, 3), rangeText(riseLarge, 3));
    parts << renderSlices();
    summary_->setText(parts.join(QLatin1Char(' ')));
    fitSummary();
}

QString SameLossView::sliceToolTip(int model, QPointF value) const {
    const QList<session::SameLossSlicePoint>& grid = shownSlice_[model];
    const int n = result_ ? result_->slicePoints : 0;
    if (n == 0 || grid.size() != qsizetype(n) * n) return {};
    // The grid point nearest the mouse.
    const auto nearest = std::min_element(grid.begin(), grid.end(), [value](auto& x, auto& y) {
        return std::hypot(x.a - value.x(), x.b - value.y()) <
               std::hypot(y.a - value.x(), y.b - value.y());
    });
    const double centre = grid[(n / 2) * n + n / 2].trainLoss;
    return tr("a = %1, b = %2: training loss %3 (%4 above the solution), training accuracy %5 %")
        .arg(nearest->a, 0, 'g', 3)
        .arg(nearest->b, 0, 'g', 3)
        .arg(nearest->trainLoss, 0, 'f', 3)
        .arg(nearest->trainLoss - centre, 0, 'f', 3)
        .arg(100.0 * nearest->trainAccuracy, 0, 'f', 1);
}

QString SameLossView::renderSlices() {
    const session::SameLossResult& r = *result_;
    const int n = r.slicePoints;
    sliceLevels_.clear();
    if (n == 0 || r.slice.isEmpty()) {
        for (ContourChartView* plot : slicePlots_) plot->hide();
        sliceKey_->hide();
        return tr("This result has no 2-D loss slices (no slice.csv): run it again to add them.");
    }
    // Per seed and model: the centre's loss, the mean rise over the grid and
    // the distance of the nearest point where the loss rose by kRise.
    constexpr double kRise = 1.0;
    struct Measured {
        double meanRise = NAN;
        double nearest = NAN;
    };
    std::map<int, std::pair<Measured, Measured>> bySeed;
    int batch[2] = {0, 0};
    for (const session::SameLossModelRow& m : r.models) batch[m.large ? 1 : 0] = m.batchSize;
    const qsizetype grid = qsizetype(n) * n;
    for (qsizetype first = 0; first + grid <= r.slice.size(); first += grid) {
        const session::SameLossSlicePoint& f = r.slice[first];
        const double centre = r.slice[first + (n / 2) * n + n / 2].trainLoss;
        Range rise;
        double nearest = INFINITY;
        for (qsizetype k = first; k < first + grid; ++k) {
            const session::SameLossSlicePoint& p = r.slice[k];
            rise.add(p.trainLoss - centre);
            if (p.trainLoss - centre >= kRise) nearest = std::min(nearest, std::hypot(p.a, p.b));
        }
        Measured& m = f.large ? bySeed[f.seed].second : bySeed[f.seed].first;
        m = {rise.mean(), nearest};
    }
    Range meanRise[2], nearest[2];
    int largeRisesMore = 0, seeds = 0;
    for (const auto& [seed, pair] : bySeed) {
        meanRise[0].add(pair.first.meanRise);
        meanRise[1].add(pair.second.meanRise);
        nearest[0].add(pair.first.nearest);
        nearest[1].add(pair.second.nearest);
        if (std::isfinite(pair.first.meanRise) && std::isfinite(pair.second.meanRise)) {
            ++seeds;
            largeRisesMore += pair.second.meanRise > pair.first.meanRise ? 1 : 0;
        }
    }

    // The first seed's two slices, on one set of contour levels.
    const int seed = r.slice.front().seed;
    const double radius = std::abs(r.slice.front().a);
    core::LossGrid grids[2];
    double lo = INFINITY, hi = -INFINITY;
    shownSlice_[0].clear();
    shownSlice_[1].clear();
    for (const session::SameLossSlicePoint& p : r.slice) {
        if (p.seed != seed) continue;
        shownSlice_[p.large ? 1 : 0] << p;
        core::LossGrid& g = grids[p.large ? 1 : 0];
        g.values.push_back(static_cast<float>(p.trainLoss));
        if (std::isfinite(p.trainLoss)) {
            lo = std::min(lo, p.trainLoss);
            hi = std::max(hi, p.trainLoss);
        }
    }
    if (hi > lo) {
        const std::vector<double> levels = core::autoLevels(lo, hi, 9);
        sliceLevels_ = QList<double>(levels.begin(), levels.end());
    }
    const std::vector<double> levels(sliceLevels_.begin(), sliceLevels_.end());
    for (int m = 0; m < 2; ++m) {
        core::LossGrid& g = grids[m];
        ContourChartView* plot = slicePlots_[m];
        const bool shown = g.values.size() == static_cast<std::size_t>(grid);
        plot->setVisible(shown);
        slicesPending_ = !isVisible();
        if (!shown || slicesPending_) continue;
        g.window = {-radius, radius, -radius, radius};
        g.columns = g.rows = n;
        plot->setSurface(g, core::contourLines(g, levels));
        plot->setPoints(0, {QPointF(0, 0)});
        plot->setFraming(QRectF(QPointF(-radius, -radius), QPointF(radius, radius)), true);
        plot->setTitle(tr("B = %1, seed %2").arg(batch[m]).arg(seed));
        plot->setAxisTitles(tr("a (along d₁)"), tr("b (along d₂)"));
    }
    // The colour key: one swatch per band between consecutive levels.
    QStringList key;
    for (qsizetype b = 0; b <= sliceLevels_.size(); ++b) {
        const QColor c =
            ContourChartView::bandColor(static_cast<double>(b) / std::max<qsizetype>(1, sliceLevels_.size()));
        const QString range =
            b == 0 ? tr("below %1").arg(sliceLevels_.value(0), 0, 'g', 3)
            : b == sliceLevels_.size()
                ? tr("above %1").arg(sliceLevels_.value(b - 1), 0, 'g', 3)
                : QStringLiteral("%1–%2")
                      .arg(sliceLevels_[b - 1], 0, 'g', 3)
                      .arg(sliceLevels_[b], 0, 'g', 3);
        key << QStringLiteral("<span style=\"background-color:%1; border:1px solid #555;\">"
                              "&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
                   .arg(c.name(), range);
    }
    sliceKey_->setText(tr("Training loss, the same colours and contour lines in both slices (red dot: the "
                              "solution): %1")
                           .arg(key.join(QStringLiteral(" &nbsp; "))));
    sliceKey_->show();

    return withBothModels(
               tr("2-D slices (Li et al. 2018): the training loss at w + a d₁ + b d₂ for a, b in "
                  "[−%1, %1] on %2 × %2 points, d₁ and d₂ random directions whose every filter "
                  "has the norm of the solution's. Over the slice the loss rises on average by "
                  "%3 around B = %4 and by %5 around B = %6; the nearest point where it has risen "
                  "by %7 lies at distance %8 vs %9. The large-batch slice rises more in %10 of "
                  "%11 seeds.")
                   .arg(radius)
                   .arg(n),
               meanRise, batch, 2)
        .arg(kRise)
        .arg(rangeText(nearest[0], 2), rangeText(nearest[1], 2))
        .arg(largeRisesMore)
        .arg(seeds);
}

}  // namespace normlab::app
