// The feature-scaling lab driven through its real widgets and a real session.

#include "app/labs/feature_scaling/feature_scaling_page.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>
#include <cmath>
#include <numbers>

#include "app/charts/contour_chart_view.h"
#include "app/charts/log_chart_view.h"
#include "app/labs/feature_scaling/scaling_controls.h"
#include "app/main_window.h"
#include "app/widgets/field_binding.h"
#include "app/widgets/mapped_slider.h"
#include "app/widgets/rich_text_box.h"
#include "core/lab/scaling_report.h"
#include "session/resource_paths.h"

namespace {

using normlab::app::ContourChartView;
using normlab::app::FeatureScalingPage;
using normlab::app::MainWindow;
using normlab::core::ScalingComparisonSnapshot;

// Picks "same learning rate for all" as a user does, in the rate-rule box.
void useOneRateForAll(FeatureScalingPage* page) {
    auto* mode = page->findChild<QComboBox*>("lr_mode");
    ASSERT_NE(mode, nullptr);
    mode->setCurrentIndex(mode->findData("same"));
}

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
    QList<QPointF> path(int plot) const { return page->plot(plot)->points(page->pathSeries(plot)); }
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
    useOneRateForAll(page);
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
    // The raw run diverges and stops; the lab plays on, the scaled runs go on.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return shown()->runs[0].diverged && shownStep() > shown()->runs[0].divergedAtStep + 40;
        },
        5000));
    EXPECT_TRUE(window->currentSession()->isPlaying());
    EXPECT_FALSE(shown()->runs[2].diverged);
    EXPECT_GT(path(2).size(), path(0).size());
    EXPECT_TRUE(window->divergenceMessage().isEmpty()) << "one diverged plot is not the lab's";
    // The diverged plot says at which step and with which rate, whatever the current step.
    const QString text = page->readout(0)->text();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Diverged at step %1 ").arg(shown()->runs[0].divergedAtStep)))
        << text.toStdString();
    EXPECT_TRUE(text.contains("0.05")) << text.toStdString();
    EXPECT_TRUE(page->plot(0)->title().contains("diverged"));
    play->trigger();

    // A rate below the raw limit replays the run: the message goes with the divergence.
    page->learningRateSlider()->setValue(1e-4);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !shown()->runs[0].diverged; }, 5000));
    EXPECT_FALSE(page->readout(0)->text().contains("Diverged"));
    EXPECT_FALSE(page->plot(0)->title().contains("diverged"));
}

// The on-screen vector from one data point to another.
QPointF screenDelta(ContourChartView* plot, const QPointF& from, const QPointF& to) {
    return plot->mapToWidget(to) - plot->mapToWidget(from);
}

bool isOneTwoFive(double step) {
    const double decade = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double m = step / decade;
    return std::abs(m - 1.0) < 1e-6 || std::abs(m - 2.0) < 1e-6 || std::abs(m - 5.0) < 1e-6;
}

// Ticks evenly spaced by a 1, 2 or 5 times a power of ten, each a multiple of that step.
void expectRoundTicks(ContourChartView* plot, Qt::Orientation orientation) {
    const QList<double> ticks = plot->tickValues(orientation);
    ASSERT_GE(ticks.size(), 3);
    const double step = ticks[1] - ticks[0];
    EXPECT_TRUE(isOneTwoFive(step)) << step;
    for (const double t : ticks) {
        EXPECT_NEAR(t / step, std::round(t / step), 1e-6) << t << " step " << step;
    }
}

TEST_F(FeatureScalingPageTest, ContourPlotsAreDrawnAtEqualScaleWithRoundTicks) {
    runSteps(60);
    const auto unitLengths = [&](int i) {
        ContourChartView* plot = page->plot(i);
        const QList<double> x = plot->tickValues(Qt::Horizontal);
        const QList<double> y = plot->tickValues(Qt::Vertical);
        const QPointF origin(x.value(0), y.value(0));
        // One unit along each axis, measured over the whole axis so a pixel shows.
        const double span = std::min(x.last() - x.first(), y.last() - y.first());
        const double w1 = std::hypot(screenDelta(plot, origin, origin + QPointF(span, 0)).x(),
                                     screenDelta(plot, origin, origin + QPointF(span, 0)).y());
        const double w2 = std::hypot(screenDelta(plot, origin, origin + QPointF(0, span)).x(),
                                     screenDelta(plot, origin, origin + QPointF(0, span)).y());
        return std::pair{w1 / span, w2 / span};
    };
    for (int i = 0; i < 3; ++i) {
        SCOPED_TRACE(i);
        // The framing settles once the labels stop changing the plot area.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto [u1, u2] = unitLengths(i);
                const auto x = page->plot(i)->tickValues(Qt::Horizontal);
                return u1 > 0 && std::abs(u1 - u2) * (x.last() - x.first()) < 1.0;
            },
            3000))
            << unitLengths(i).first << " vs " << unitLengths(i).second << " pixels per unit";
        ContourChartView* plot = page->plot(i);
        EXPECT_TRUE(plot->isEqualScale());
        EXPECT_TRUE(plot->noteText().isEmpty());
        expectRoundTicks(plot, Qt::Horizontal);
        expectRoundTicks(plot, Qt::Vertical);

        // The two eigen-directions look perpendicular.
        const auto& q = shown()->runs[std::size_t(i)].model->quadratic;
        const QPointF m(q.minimizer[0], q.minimizer[1]);
        const QList<double> x = plot->tickValues(Qt::Horizontal);
        const double reach = 0.2 * (x.last() - x.first());
        const QPointF a = screenDelta(plot, m, m + reach * QPointF(q.vMax[0], q.vMax[1]));
        const QPointF b = screenDelta(plot, m, m + reach * QPointF(q.vMin[0], q.vMin[1]));
        const double degrees = std::acos((a.x() * b.x() + a.y() * b.y()) /
                                         (std::hypot(a.x(), a.y()) * std::hypot(b.x(), b.y()))) *
                               180.0 / std::numbers::pi;
        EXPECT_NEAR(degrees, 90.0, 2.0);

        // Start, minimum and the whole path stay in the window.
        const QList<double> y = plot->tickValues(Qt::Vertical);
        for (const QPointF& p : path(i) + QList<QPointF>{m}) {
            EXPECT_GE(p.x(), x.first());
            EXPECT_LE(p.x(), x.last());
            EXPECT_GE(p.y(), y.first());
            EXPECT_LE(p.y(), y.last());
        }
    }

    // Stretched: the narrow valley fills its box, and the plot says so.
    page->stretchToggle()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->plot(0)->isEqualScale(); }, 3000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto [u1, u2] = unitLengths(0);
            return u1 > 3.0 * u2;
        },
        3000));
    EXPECT_TRUE(page->plot(0)->noteText().contains("Stretched"));
    expectRoundTicks(page->plot(0), Qt::Horizontal);
    expectRoundTicks(page->plot(0), Qt::Vertical);
}

TEST_F(FeatureScalingPageTest, WithoutAnInterceptTheScaledPlotsSayTheyFitAnotherModel) {
    runSteps(1);
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(page->plot(i)->noteText().isEmpty()) << i;
    page->findChild<QCheckBox*>("intercept")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown() && !shown()->intercept; }, 5000));
    EXPECT_TRUE(page->plot(0)->noteText().isEmpty());
    for (int i = 1; i < 3; ++i) {
        const QString note = page->plot(i)->noteText();
        EXPECT_TRUE(note.contains("different model")) << note.toStdString();
        // The two best fits, as computed for this run.
        const double own = shown()->runs[std::size_t(i)].model->quadratic.minLoss;
        EXPECT_GT(std::abs(own - shown()->runs[0].model->quadratic.minLoss), 1.0);
    }
}

TEST_F(FeatureScalingPageTest, ReadoutsGiveTheTheoreticalStepsAndTheBestMomentum) {
    runSteps(1);
    const auto& q = shown()->runs[0].model->quadratic;
    const QString text = page->readout(0)->text();
    EXPECT_TRUE(text.contains(QString::number(q.theoreticalSteps, 'f', 0))) << text.toStdString();
    EXPECT_FALSE(text.contains("momentum"));
    page->findChild<QComboBox*>("optimizer")->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return shown()->optimizer == normlab::core::DescentKind::Momentum; }, 5000));
    const QString withMomentum = page->readout(0)->text();
    EXPECT_TRUE(withMomentum.contains("best momentum")) << withMomentum.toStdString();
    EXPECT_TRUE(withMomentum.contains(QString::number(q.optimalMomentum, 'f', 3)))
        << withMomentum.toStdString();
}

TEST_F(FeatureScalingPageTest, TheSameRateRowIsStillThereAfterARestart) {
    useOneRateForAll(page);
    page->learningRateSlider()->setValue(3e-4);
    const QString ini = dir.filePath("settings.ini");
    {
        QSettings settings(ini, QSettings::IniFormat);
        window->saveSettings(settings);
    }
    auto* again = new FeatureScalingPage;
    MainWindow restarted(QList<normlab::app::LabPage*>{again});
    {
        QSettings settings(ini, QSettings::IniFormat);
        restarted.restoreSettings(settings);
    }
    restarted.resize(1280, 800);
    restarted.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&restarted));
    EXPECT_EQ(again->findChild<QComboBox*>("lr_mode")->currentData().toString(), "same");
    normlab::app::MappedSlider* rate = again->learningRateSlider();
    EXPECT_TRUE(rate->isVisible());
    EXPECT_EQ(rate->value(), 3e-4);  // exactly: settings are the experiment file
    EXPECT_EQ(again->experimentConfig()->getDouble("lr"), 3e-4);
    bool labelShown = false;
    for (const QLabel* label : again->findChildren<QLabel*>())
        if (label->buddy() == rate->parentWidget() && label->isVisible()) labelShown = true;
    EXPECT_TRUE(labelShown);
}

TEST_F(FeatureScalingPageTest, TheLessonHasATabOfItsOwn) {
    QTabWidget* side = page->sideTabs();
    ASSERT_EQ(side->count(), 2);
    side->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->lesson()->isVisible(); }, 2000));
    EXPECT_GT(page->lesson()->height(), page->height() / 2);
    EXPECT_FALSE(page->lesson()->toPlainText().isEmpty());
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

TEST_F(FeatureScalingPageTest, TheAppAndTheCliWriteTheSameScalingCsvForThePreset) {
    // The app as it starts, through the factory its session runs.
    const std::unique_ptr<normlab::core::Experiment> experiment = page->createSession()();
    auto* comparison = dynamic_cast<normlab::core::ScalingComparison*>(experiment.get());
    ASSERT_NE(comparison, nullptr);
    const QString app = dir.filePath("app");
    const std::optional<normlab::session::ExperimentConfig> config = page->experimentConfig();
    ASSERT_TRUE(config.has_value());
    normlab::core::writeScalingReport(*comparison, app.toStdString(), config->getInt("steps"));

    const QString cli = dir.filePath("cli");
    QProcess process;
    process.start(QStringLiteral(NORMLAB_CLI_PATH), {"run", "feature-scaling", "--out", cli});
    ASSERT_TRUE(process.waitForFinished(60000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QByteArray fromApp = readAll(app + "/scaling.csv");
    EXPECT_FALSE(fromApp.isEmpty());
    EXPECT_EQ(fromApp, readAll(cli + "/scaling.csv"));
    EXPECT_EQ(readAll(app + "/path_none.csv"), readAll(cli + "/path_none.csv"));
}

TEST_F(FeatureScalingPageTest, CsvWithoutThreeNumericColumnsGivesAMessage) {
    const QString bad = dir.filePath("bad.csv");
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("city,area,owner\nSeoul,84.5,kim\nBusan,60.1,lee\nDaegu,99.0,park\n");
    file.close();
    QString error;
    // Read off the GUI thread: the page says what is wrong once it has read the file.
    EXPECT_TRUE(page->openDataset(bad, &error)) << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->dataMessage()->isVisibleTo(page); }, 5000));
    EXPECT_TRUE(page->dataMessage()->text().contains("numeric columns"))
        << page->dataMessage()->text().toStdString();
    EXPECT_FALSE(page->openDataset(dir.filePath("missing.csv"), &error));
    EXPECT_FALSE(error.isEmpty());
    // A file that is no CSV at all.
    const QString binary = dir.filePath("binary.csv");
    QFile junk(binary);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("a,b,c\n1,2\n");
    junk.close();
    page->dataMessage()->hide();
    EXPECT_TRUE(page->openDataset(binary, &error));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->dataMessage()->isVisibleTo(page); }, 5000));
    EXPECT_FALSE(page->dataMessage()->text().isEmpty());
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
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->columnPicker(0)->count() > 0; }, 5000));
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
    ASSERT_TRUE(QTest::qWaitFor([&] { return other->columnPicker(2)->count() > 0; }, 5000));
    EXPECT_FALSE(other->dataMessage()->isVisibleTo(other))
        << other->dataMessage()->text().toStdString();
    EXPECT_EQ(QString::fromUtf8(other->experimentConfig()->toJson()).toStdString(),
              QString::fromUtf8(page->experimentConfig()->toJson()).toStdString());
    second.stopAllSessions();
}

TEST_F(FeatureScalingPageTest, SaveOpenSaveGivesTheSameBytesWithValuesOffTheSliderSteps) {
    // Values a slider cannot land on, and view state worth keeping.
    normlab::session::ExperimentConfig config =
        normlab::session::ExperimentConfig::defaults("feature-scaling");
    config.setValue("feature1_scale", 40.0);
    config.setValue("n_samples", 200);
    config.setValue("fraction", 0.95);
    config.setValue("lr", 1.234567e-5);
    config.setValue("batch_size", 40);
    config.setValue("correlation", 0.333);
    config.setValue("start_w1", 12.345678901);
    config.view =
        QJsonObject{{"side_tab", "lesson"}, {"stretch_plots", true}, {"view_tab", "curves"}};
    const QString first = dir.filePath("first.json");
    {
        QFile f(first);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(config.toJson());
    }
    QString error;
    ASSERT_TRUE(window->openExperimentFile(first, &error)) << error.toStdString();
    EXPECT_EQ(page->sideTabs()->currentIndex(), 1);
    EXPECT_TRUE(page->stretchToggle()->isChecked());
    EXPECT_EQ(page->findChild<QDoubleSpinBox*>("feature1_scale")->text(), "40");
    EXPECT_EQ(page->findChild<QDoubleSpinBox*>("fraction")->text(), "0.95");
    const QString second = dir.filePath("second.json");
    ASSERT_TRUE(window->saveExperimentFile(second, &error)) << error.toStdString();
    EXPECT_EQ(readAll(second).toStdString(), readAll(first).toStdString());
    // And the run uses what the file says, not a slider step.
    runSteps(1);
    EXPECT_EQ(shown()->learningRateSetting, 0.95);
}

TEST_F(FeatureScalingPageTest, ATypedRateOutsideTheSchemaIsRefusedAndTheRunKeepsItsRate) {
    runSteps(2);
    const double before = shown()->learningRateSetting;
    auto* fraction = page->controls()->findChild<QDoubleSpinBox*>("fraction");
    ASSERT_NE(fraction, nullptr);
    auto* edit = fraction->findChild<QLineEdit*>();
    edit->selectAll();
    QTest::keyClicks(edit, "7");
    QTest::keyClick(edit, Qt::Key_Return);
    auto* message = page->findChild<QLabel*>("fractionError");
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisibleTo(page));
    EXPECT_TRUE(message->text().contains("[0.01, 2.5]")) << message->text().toStdString();
    EXPECT_EQ(page->experimentConfig()->getDouble("fraction"), before);
    runSteps(1);
    EXPECT_EQ(shown()->learningRateSetting, before);
}

// What a teacher would see cut off: a page taller than the room it has, a
// side panel that scrolls sideways, or a readout shorter than its text.
bool everythingFits(FeatureScalingPage* page) {
    const QWidget* room = page->parentWidget();
    if (page->height() > room->height()) return false;
    for (const QScrollArea* side : page->findChildren<QScrollArea*>())
        if (side->horizontalScrollBar()->isVisible()) return false;
    for (int i = 0; i < 3; ++i)
        if (page->readout(i)->height() < page->readout(i)->textHeight()) return false;
    return true;
}

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
    ASSERT_TRUE(QTest::qWaitFor([&] { return everythingFits(page); }, 2000));
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
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->isCompact() && everythingFits(page); }, 2000));
    ASSERT_EQ(page->viewTabs()->count(), 2);
    EXPECT_TRUE(page->plot(0)->isVisible());
    EXPECT_FALSE(page->lossChart()->isVisible());
    expectEverythingFits(page);
    page->viewTabs()->setCurrentIndex(1);
    EXPECT_TRUE(page->lossChart()->isVisible());
    EXPECT_GE(page->lossChart()->height(), 300);

    QApplication::setFont(normal);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isCompact() && everythingFits(page); }, 2000));
    EXPECT_TRUE(page->plot(0)->isVisible());
    EXPECT_TRUE(page->lossChart()->isVisible());
    expectEverythingFits(page);
}

}  // namespace
