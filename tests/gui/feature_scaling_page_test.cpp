// The feature-scaling lab driven through its real widgets and a real session.

#include "app/labs/feature_scaling_page.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

#include "app/charts/contour_chart_view.h"
#include "app/charts/log_chart_view.h"
#include "app/main_window.h"
#include "app/widgets/mapped_slider.h"
#include "app/widgets/rich_text_box.h"
#include "session/resource_paths.h"

namespace {

using normlab::app::ContourChartView;
using normlab::app::FeatureScalingPage;
using normlab::app::MainWindow;
using normlab::core::ScalingComparisonSnapshot;

class FeatureScalingPageTest : public ::testing::Test {
  protected:
    void SetUp() override {
        page = new FeatureScalingPage;
        window = std::make_unique<MainWindow>(QList<normlab::app::LabPage*>{page});
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_NE(window->currentSession(), nullptr);
    }
    void TearDown() override { window.reset(); }

    std::shared_ptr<const ScalingComparisonSnapshot> shown() const { return page->lastRendered(); }
    std::int64_t shownStep() const { return shown() ? shown()->step : -1; }
    void runSteps(std::int64_t count) {
        const std::int64_t target = std::max<std::int64_t>(0, shownStep()) + count;
        window->currentSession()->step(count);
        ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == target; }, 5000));
    }
    QList<QPointF> path(int plot) const {
        return page->plot(plot)->points(FeatureScalingPage::kPathSeries);
    }
    // Where a data point of a plot is drawn, in its chart view's viewport.
    static QPoint viewportPos(ContourChartView* plot, const QPointF& value, QWidget** viewport) {
        auto* view = plot->findChild<QChartView*>();
        *viewport = view->viewport();
        return (*viewport)->mapFrom(plot, plot->mapToWidget(value).toPoint());
    }

    FeatureScalingPage* page = nullptr;
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
};

TEST_F(FeatureScalingPageTest, DraggingTheLearningRateSliderRedrawsThePaths) {
    runSteps(40);
    const QList<QPointF> before = path(0);
    const double rateBefore = shown()->runs[0].learningRate;
    ASSERT_EQ(before.size(), 41);

    QSlider* slider = page->learningRateSlider()->slider();
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = option.sliderValue = slider->value();
    const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &option,
                                                         QStyle::SC_SliderHandle, slider);
    const int positionBefore = slider->value();
    QTest::mousePress(slider, Qt::LeftButton, {}, handle.center());
    for (int dx = 5; dx <= 40; dx += 5) {
        QMouseEvent move(QEvent::MouseMove, QPointF(handle.center() + QPoint(-dx, 0)),
                         slider->mapToGlobal(QPointF(handle.center() + QPoint(-dx, 0))),
                         Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(slider, &move);
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, handle.center() + QPoint(-40, 0));
    ASSERT_LT(slider->value(), positionBefore) << "the drag did not move the slider";

    // The runs restart and replay to the same step with the smaller rate.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return shown()->runs[0].learningRate < rateBefore && shownStep() == 40; }, 5000));
    const QList<QPointF> after = path(0);
    ASSERT_EQ(after.size(), before.size());
    EXPECT_EQ(after.first(), before.first());  // same start
    // A smaller step travels less far from the start in the same number of steps.
    const auto travelled = [](const QList<QPointF>& p) {
        return std::hypot(p.last().x() - p.first().x(), p.last().y() - p.first().y());
    };
    EXPECT_LT(travelled(after), travelled(before));
    EXPECT_EQ(page->learningRateSlider()->valueText(),
              QString::number(page->learningRateSlider()->value(), 'g', 3));
}

TEST_F(FeatureScalingPageTest, ClickingAPlotMovesTheStartOfAllThree) {
    runSteps(5);
    ContourChartView* plot = page->plot(2);
    const auto& window0 = shown()->runs[2].surface->window;
    const QPointF target(window0.w1Min + 0.25 * (window0.w1Max - window0.w1Min),
                         window0.w2Min + 0.8 * (window0.w2Max - window0.w2Min));
    QWidget* viewport = nullptr;
    const QPoint at = viewportPos(plot, target, &viewport);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);

    // One pixel of the plot is a small fraction of its window.
    const double tolW1 = 0.02 * (window0.w1Max - window0.w1Min);
    const double tolW2 = 0.02 * (window0.w2Max - window0.w2Min);
    EXPECT_NEAR(page->startBox(0)->value(), target.x(), tolW1);
    EXPECT_NEAR(page->startBox(1)->value(), target.y(), tolW2);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return std::abs(shown()->start[0] - target.x()) < tolW1 && shownStep() == 5; },
        5000));
    for (int i = 0; i < 3; ++i) {
        const QList<QPointF> p = path(i);
        ASSERT_FALSE(p.isEmpty());
        EXPECT_NEAR(p.first().x(), shown()->start[0], 1e-9) << i;
        EXPECT_NEAR(p.first().y(), shown()->start[1], 1e-9) << i;
    }
}

TEST_F(FeatureScalingPageTest, HeatmapIsPaleAtTheMinimumAndDarkUphill) {
    runSteps(1);
    ContourChartView* plot = page->plot(2);  // z-score: a round bowl
    const auto& q = shown()->runs[2].model->quadratic;
    const auto& w = shown()->runs[2].surface->window;
    QApplication::processEvents();
    const QImage image = plot->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixel = [&](const QPointF& value, QPoint offset) {
        const QPoint p = plot->mapToWidget(value).toPoint() + offset;
        return QColor(image.pixel(p * ratio));
    };
    // The lightest pixel beside the minimum's marker (clear of the diagonal
    // eigen-directions and the path from the lower left) and the darkest in
    // the window's far corner: contour lines are one pixel, bands wider.
    const auto extreme = [&](const QPointF& value, QPoint offset, bool lightest) {
        QColor best = pixel(value, offset);
        for (int dx = -2; dx <= 2; ++dx)
            for (int dy = -2; dy <= 2; ++dy) {
                const QColor c = pixel(value, offset + QPoint(dx, dy));
                if ((c.lightness() > best.lightness()) == lightest) best = c;
            }
        return best;
    };
    const QColor low = extreme(QPointF(q.minimizer[0], q.minimizer[1]), QPoint(14, -4), true);
    // Beside the far corner, not in it: an eigen-direction may run into the corner.
    const QColor high = extreme(QPointF(w.w1Max, w.w2Max), QPoint(-24, 6), false);
    EXPECT_GT(low.lightness(), high.lightness() + 40)
        << low.name().toStdString() << " vs " << high.name().toStdString();
    EXPECT_GT(high.blue(), high.red());
}

TEST_F(FeatureScalingPageTest, BeyondTwoOverLambdaMaxTheRunsSayTheyDiverged) {
    page->learningRateSlider()->setValue(1.3);  // fraction of each plot's 2/lambda_max
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return shown() && shown()->learningRateSetting > 1.2; }, 3000));
    window->currentSession()->step(400);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown()->runs[0].diverged; }, 5000));
    for (int i = 0; i < 3; ++i) {
        const auto& run = shown()->runs[std::size_t(i)];
        ASSERT_GT(run.learningRate, run.model->quadratic.maxStableLearningRate);
    }
    // The session pauses at the first divergence; stepping on lets the others finish.
    window->currentSession()->step(400);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return shown()->runs[1].diverged && shown()->runs[2].diverged; }, 5000));
    for (int i = 0; i < 3; ++i) {
        if (!shown()->runs[std::size_t(i)].diverged) continue;
        EXPECT_TRUE(page->readout(i)->text().contains("Diverged")) << i;
        EXPECT_TRUE(page->plot(i)->title().contains("diverged")) << i;
        for (const QPointF& p : path(i))
            ASSERT_TRUE(std::isfinite(p.x()) && std::isfinite(p.y())) << "non-finite point drawn";
    }
    EXPECT_FALSE(window->divergenceMessage().isEmpty());
    // Back below the limit and a reset: no run is diverged any more.
    page->learningRateSlider()->setValue(0.5);
    window->findChild<QAction*>("actionReset")->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !shown()->diverged && shown()->learningRateSetting < 0.6; }, 5000));
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(page->readout(i)->text().contains("Diverged")) << i;
        EXPECT_FALSE(page->plot(i)->title().contains("diverged")) << i;
    }
}

TEST_F(FeatureScalingPageTest, WithOneRateForAllTheScaledRunsGoOnAfterTheRawOneDiverges) {
    // The unfair comparison: a rate far above the raw surface's 2/lambda_max
    // but small for the scaled ones.
    page->findChild<QRadioButton*>("sameRate")->click();
    page->learningRateSlider()->setValue(0.05);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return shown() &&
                   shown()->learningRateMode == normlab::core::LearningRateMode::SameForAll &&
                   std::abs(shown()->runs[2].learningRate - 0.05) < 0.005;
        },
        3000));
    ASSERT_GT(shown()->runs[0].learningRate,
              shown()->runs[0].model->quadratic.maxStableLearningRate);
    ASSERT_LT(shown()->runs[2].learningRate,
              shown()->runs[2].model->quadratic.maxStableLearningRate);
    window->setStepsPerFrame(2);
    QAction* play = window->findChild<QAction*>("actionPlayPause");
    play->trigger();
    // The raw run diverges: the session pauses once and says so.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return shown()->runs[0].diverged && !window->currentSession()->isPlaying(); }, 5000));
    EXPECT_FALSE(window->divergenceMessage().isEmpty());
    EXPECT_FALSE(shown()->runs[2].diverged);
    const std::int64_t pausedAt = shownStep();
    // Play again: the scaled runs carry on; the raw one stays where it diverged.
    play->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() > pausedAt + 40; }, 5000))
        << "paused again at step " << shownStep();
    EXPECT_TRUE(window->currentSession()->isPlaying());
    EXPECT_TRUE(shown()->runs[0].diverged);
    EXPECT_FALSE(shown()->runs[2].diverged);
    EXPECT_GT(path(2).size(), path(0).size());
    play->trigger();
}

TEST_F(FeatureScalingPageTest, CsvWithoutThreeNumericColumnsGivesAMessage) {
    const QString bad = dir.filePath("bad.csv");
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("city,area,owner\nSeoul,84.5,kim\nBusan,60.1,lee\nDaegu,99.0,park\n");
    file.close();
    QString error;
    EXPECT_FALSE(page->openDataset(bad, &error));
    EXPECT_TRUE(error.contains("numeric columns")) << error.toStdString();
    EXPECT_TRUE(page->dataMessage()->isVisibleTo(page));
    EXPECT_FALSE(page->openDataset(dir.filePath("missing.csv"), &error));
    EXPECT_FALSE(error.isEmpty());
    // The synthetic run carries on untouched.
    runSteps(3);
    EXPECT_EQ(shown()->featureNames[0], "area_m2");
}

TEST_F(FeatureScalingPageTest, HousePricesOpenWithColumnPickersAndRoundTrip) {
    QString csv;
    for (const QString& d : normlab::session::resourceDirs())
        if (QFile::exists(d + "/data/house_prices.csv")) csv = d + "/data/house_prices.csv";
    ASSERT_FALSE(csv.isEmpty());
    QString error;
    ASSERT_TRUE(page->openDataset(csv, &error)) << error.toStdString();
    EXPECT_EQ(page->columnPicker(0)->currentText(), "area_m2");
    EXPECT_EQ(page->columnPicker(1)->currentText(), "rooms");
    EXPECT_EQ(page->columnPicker(2)->currentText(), "price_k");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return shown() && shown()->targetName == "price_k" && shownStep() == 0; }, 5000));
    // Picking the same column as target and feature is refused with a message.
    page->columnPicker(2)->setCurrentText("rooms");
    EXPECT_TRUE(page->dataMessage()->isVisibleTo(page));
    page->columnPicker(2)->setCurrentText("price_k");
    EXPECT_FALSE(page->dataMessage()->isVisibleTo(page));

    const QString saved = dir.filePath("fs.json");
    ASSERT_TRUE(window->saveExperimentFile(saved, &error)) << error.toStdString();
    auto* other = new FeatureScalingPage;
    MainWindow second(QList<normlab::app::LabPage*>{other});  // not {other}: that is a parent
    ASSERT_TRUE(second.openExperimentFile(saved, &error)) << error.toStdString();
    EXPECT_FALSE(other->dataMessage()->isVisibleTo(other))
        << other->dataMessage()->text().toStdString();
    EXPECT_EQ(QString::fromUtf8(other->experimentConfig()->toJson()).toStdString(),
              QString::fromUtf8(page->experimentConfig()->toJson()).toStdString());
    second.stopAllSessions();
}

// What a teacher would see cut off: a page taller than the room it has, a
// side panel that scrolls sideways, or a readout shorter than its text.
void expectEverythingFits(FeatureScalingPage* page) {
    const QWidget* room = page->parentWidget();
    EXPECT_LE(page->height(), room->height()) << "the lab scrolls";
    for (const QScrollArea* side : page->findChildren<QScrollArea*>())
        EXPECT_FALSE(side->horizontalScrollBar()->isVisible()) << "controls cut at the side";
    for (int i = 0; i < 3; ++i) {
        const normlab::app::RichTextBox* readout = page->readout(i);
        EXPECT_GE(readout->height(), readout->textHeight()) << i;
        EXPECT_GT(readout->textHeight(), 4 * readout->fontMetrics().lineSpacing()) << i;
        EXPECT_GE(page->plot(i)->height(), 180) << i;
    }
}

TEST_F(FeatureScalingPageTest, PresentationFontsOn1280x800PutTheViewsOnTwoTabs) {
    runSteps(5);
    QTest::qWait(50);
    EXPECT_FALSE(page->isCompact());
    EXPECT_EQ(page->viewTabs()->count(), 0);
    EXPECT_TRUE(page->lossChart()->isVisible());
    expectEverythingFits(page);

    const QFont normal = QApplication::font();
    // The next tests get the normal font back even if this one stops early.
    const std::unique_ptr<const QFont, void (*)(const QFont*)> restore(
        &normal, [](const QFont* font) { QApplication::setFont(*font); });
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 1.5);
    QApplication::setFont(large);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->isCompact(); }, 2000));
    QTest::qWait(50);
    ASSERT_EQ(page->viewTabs()->count(), 2);
    EXPECT_TRUE(page->plot(0)->isVisible());
    EXPECT_FALSE(page->lossChart()->isVisible());
    expectEverythingFits(page);
    page->viewTabs()->setCurrentIndex(1);
    EXPECT_TRUE(page->lossChart()->isVisible());
    EXPECT_GE(page->lossChart()->height(), 300);

    QApplication::setFont(normal);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isCompact(); }, 2000));
    QTest::qWait(50);
    EXPECT_TRUE(page->plot(0)->isVisible());
    EXPECT_TRUE(page->lossChart()->isVisible());
    expectEverythingFits(page);
}

}  // namespace
