// The batch-size lab driven through its real widgets on a small synthetic
// set: sweeps, cancel, adding one batch size, and what the charts draw.

#include "app/labs/batch_size/batch_size_page.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <cmath>
#include <memory>

#include "app/charts/heatmap_chart.h"
#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "app/labs/batch_size/bn_modes_view.h"
#include "app/labs/batch_size/group_mean_chart.h"
#include "app/labs/batch_size/run_table_view.h"
#include "app/labs/batch_size/same_loss_view.h"
#include "app/main_window.h"
#include "session/batch_sweep_plan.h"
#include "session/sweep_session.h"

namespace {

using normlab::app::BatchSizePage;
using normlab::core::BatchSizeResult;
using normlab::core::LearningRateRule;
using normlab::session::SweepPointState;

class BatchSizePageTest : public ::testing::Test {
  protected:
    void SetUp() override {
        page = std::make_unique<BatchSizePage>();
        page->resize(1400, 900);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        // A small synthetic set keeps every run well under a second.
        combo("dataset")->setCurrentIndex(2);  // moons
        child<QDoubleSpinBox>("train_samples")->setValue(400);
        setSizes({4, 16, 64});
        // One seed, linear lr 0.001, ten epochs (the page opens on the Fashion-MNIST preset):
        // every batch size trains past chance, so no run is flagged.
        child<QCheckBox>("ruleConstant")->setChecked(false);
        child<QCheckBox>("ruleLinear")->setChecked(true);
        child<QDoubleSpinBox>("base_lr")->setValue(0.001);
        child<QDoubleSpinBox>("epochs")->setValue(10.0);
        child<QDoubleSpinBox>("seeds")->setValue(1);
    }
    void TearDown() override { page.reset(); }

    template <typename T>
    T* child(const char* name) const {
        auto* w = page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    QComboBox* combo(const char* name) const { return child<QComboBox>(name); }
    void setSizes(const QList<int>& sizes) {
        for (auto* chip : page->findChildren<QCheckBox*>()) {
            if (!chip->objectName().startsWith(QLatin1String("batchSize"))) continue;
            const int size = chip->objectName().mid(9).toInt();
            chip->setChecked(sizes.contains(size));
        }
    }
    // Idle, and the views show the idle sweep (the last snapshot is drawn).
    bool waitIdle(int ms = 30000) {
        return QTest::qWaitFor(
            [&] { return !page->isRunning() && page->shownSweep() && page->shownSweep()->idle; },
            ms);
    }
    [[nodiscard]] int points() const { return page->shownSweep()->size(); }
    SweepPointState state(int index) const {
        return page->shownSweep()->points[static_cast<std::size_t>(index)].state;
    }
    const BatchSizeResult& result(int index) {
        held = page->shownSweep();
        const BatchSizeResult* r = held->batchResult(index);
        EXPECT_NE(r, nullptr) << index;
        return *r;
    }
    static const normlab::app::SpreadSeries& linear(normlab::app::GroupMeanChart* chart) {
        return chart->seriesOf({LearningRateRule::Linear, false});
    }

    std::unique_ptr<BatchSizePage> page;
    normlab::session::SweepSnapshotPtr held;
};

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A saved file opened in a fresh window holding a fresh batch-size page, as
// a user reopening it after a restart would.
struct Reopened {
    BatchSizePage* page = nullptr;  // owned by window
    std::unique_ptr<normlab::app::MainWindow> window;
    bool opened = false;
    QString error, warning;
};

Reopened reopenInNewWindow(const QString& path) {
    Reopened r;
    r.page = new BatchSizePage;
    r.window = std::make_unique<normlab::app::MainWindow>(QList<normlab::app::LabPage*>{r.page});
    r.opened = r.window->openExperimentFile(path, &r.error, &r.warning);
    return r;
}

// Close to the expected colour anywhere in a small square around `at`.
bool colourNear(const QImage& image, QPoint at, QColor expected, int radius = 3) {
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (!image.rect().contains(p)) continue;
            const QColor c = image.pixelColor(p);
            if (std::abs(c.red() - expected.red()) + std::abs(c.green() - expected.green()) +
                    std::abs(c.blue() - expected.blue()) <
                40)
                return true;
        }
    return false;
}

TEST_F(BatchSizePageTest, TinySweepDrawsOnePointPerBatchSize) {
    child<QPushButton>("runSweepButton")->click();
    ASSERT_TRUE(waitIdle());

    ASSERT_EQ(points(), 3);
    EXPECT_LE(page->shownSweep()->workerLimit, std::max(1, QThread::idealThreadCount() - 1));
    EXPECT_EQ(page->finishedRuns(), 3);
    const int series = linear(page->accuracyChart()).line;
    const QList<QPointF> points = page->accuracyChart()->points(series);
    ASSERT_EQ(points.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const BatchSizeResult& r = result(i);
        EXPECT_DOUBLE_EQ(points[i].x(), std::log2(r.config.batchSize));
        EXPECT_NEAR(points[i].y(), 100.0 * r.finalTestAccuracy, 1e-9);
        EXPECT_EQ(page->runTable()->item(i, 6)->text(),
                  QString::number(100.0 * r.finalTestAccuracy, 'f', 1));
    }
    // The linear rule's colour is drawn where the chart maps the 16 point.
    const QImage image = page->accuracyChart()->grab().toImage();
    const QPoint at = page->accuracyChart()->mapToWidget(points[1], series).toPoint();
    EXPECT_TRUE(colourNear(image, at, normlab::app::modelShade(false, 1)))
        << at.x() << "," << at.y();

    // Every run has a learning curve and a cell in the lr x B map (3 distinct lrs).
    int curves = 0;
    for (int s = 0; s < page->curvesChart()->seriesCount(); ++s)
        curves += page->curvesChart()->points(s).isEmpty() ? 0 : 1;
    EXPECT_EQ(curves, 3);
    EXPECT_EQ(page->heatmapChart()->cellCount(), 3);
    EXPECT_EQ(page->metricsCsv().count(QLatin1Char('\n')), 4);
}

TEST_F(BatchSizePageTest, CancelKeepsFinishedRunsAndStopsEveryThread) {
    setSizes({64});
    ASSERT_TRUE(page->runSweep());
    ASSERT_TRUE(waitIdle());
    const double finishedAccuracy = result(0).finalTestAccuracy;

    // A long run: cancel it while it trains.
    child<QDoubleSpinBox>("epochs")->setValue(1000);
    ASSERT_TRUE(page->addBatchSize(2));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return points() == 2 && state(1) == SweepPointState::Running; }, 5000));
    child<QPushButton>("cancelSweepButton")->click();
    ASSERT_TRUE(waitIdle(5000));
    page->sweep()->wait();
    EXPECT_EQ(page->sweep()->runner().activeWorkers(), 0);
    EXPECT_EQ(state(1), SweepPointState::Cancelled);
    EXPECT_EQ(state(0), SweepPointState::Finished);
    EXPECT_DOUBLE_EQ(result(0).finalTestAccuracy, finishedAccuracy);
    EXPECT_EQ(page->accuracyChart()->points(linear(page->accuracyChart()).line).size(), 1);
    EXPECT_TRUE(child<QPushButton>("runSweepButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("cancelSweepButton")->isEnabled());
    bool saysCancelled = false;
    for (const QLabel* label : page->findChildren<QLabel*>())
        saysCancelled = saysCancelled || label->text().startsWith("Cancelled:");
    EXPECT_TRUE(saysCancelled);
}

TEST_F(BatchSizePageTest, AddingABatchSizeRunsOnlyThatPoint) {
    setSizes({4, 64});
    ASSERT_TRUE(page->runSweep());
    ASSERT_TRUE(waitIdle());
    const double first = result(0).finalTestAccuracy;
    const double second = result(1).finalTestAccuracy;

    const double firstEnded = page->shownSweep()->points[0].endedAt;
    child<QDoubleSpinBox>("extraBatchSize")->setValue(16);
    child<QPushButton>("addBatchSizeButton")->click();
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(points(), 3);
    EXPECT_EQ(page->shownSweep()->points[0].endedAt, firstEnded);  // not run again
    EXPECT_EQ(result(2).config.batchSize, 16);
    EXPECT_DOUBLE_EQ(result(0).finalTestAccuracy, first);
    EXPECT_DOUBLE_EQ(result(1).finalTestAccuracy, second);
    const QList<QPointF> drawn = page->accuracyChart()->points(linear(page->accuracyChart()).line);
    ASSERT_EQ(drawn.size(), 3);
    EXPECT_DOUBLE_EQ(drawn[1].x(), 4.0);  // sorted by batch size: 4, 16, 64
    // The added size is part of the sweep a saved file reproduces.
    EXPECT_EQ(page->experimentConfig()->getIntList("batch_sizes"), (QList<int>{4, 16, 64}));

    // The same size again is not rerun, and says so.
    EXPECT_FALSE(page->addBatchSize(16));
    EXPECT_EQ(points(), 3);
    EXPECT_TRUE(page->statusLine().contains("B = 16")) << page->statusLine().toStdString();
}

TEST_F(BatchSizePageTest, BatchNormRunsReportTrainAndEvalModeAccuracy) {
    setSizes({4, 32});
    child<QCheckBox>("bnOff")->setChecked(false);
    child<QCheckBox>("bnOn")->setChecked(true);
    ASSERT_TRUE(page->runSweep());
    ASSERT_TRUE(waitIdle());
    const normlab::app::BnModesView* modes = page->bnModesView();
    EXPECT_EQ(page->bnModeChart()->points(modes->evalLine(LearningRateRule::Linear)).size(), 2);
    EXPECT_EQ(page->bnModeChart()->points(modes->trainLine(LearningRateRule::Linear)).size(), 2);
    EXPECT_TRUE(std::isfinite(result(0).testAccuracyBnTrainMode));
}

TEST_F(BatchSizePageTest, MapSweepFillsTheLrByBatchSizeGrid) {
    setSizes({16, 64});
    ASSERT_TRUE(page->runSweep());
    ASSERT_TRUE(waitIdle());
    child<QPushButton>("heatmapSweepButton")->click();
    // Seven constant rates per size; the sweep's own runs (lr 0.016, 0.064) are not among them.
    ASSERT_EQ(points(), 2 + 7 * 2);
    ASSERT_TRUE(waitIdle());
    // The sweep's runs share rows (lr 0.01 and 0.1) with map runs: 7 x 2 cells.
    EXPECT_EQ(page->heatmapChart()->cellCount(), 14);
    // Each batch size's best cell is marked, and the tuned sentences name its number.
    const auto* tuned = child<QLabel>("tunedLrText");
    ASSERT_NE(tuned, nullptr);
    EXPECT_TRUE(tuned->isVisibleTo(page.get()));
    int marked = 0;
    for (const auto& cell : page->heatmapChart()->cells()) {
        if (!cell.text.endsWith(QStringLiteral("★"))) continue;
        ++marked;
        EXPECT_GE(cell.value, 0.0);
        // Every run of this small set trains, so no cell is left out of the best.
        for (const auto& other : page->heatmapChart()->cells()) {
            if (std::abs(other.rect.center().x() - cell.rect.center().x()) < 1e-9 &&
                std::isfinite(other.value)) {
                EXPECT_LE(other.value, cell.value + 1e-9) << other.toolTip.toStdString();
            }
        }
        EXPECT_TRUE(tuned->text().contains(QString::number(cell.value, 'f', 1)))
            << tuned->text().toStdString();
    }
    EXPECT_EQ(marked, 2);
    // The map's constant-lr runs stay out of the accuracy-vs-B curves.
    EXPECT_EQ(
        page->accuracyChart()
            ->points(page->accuracyChart()->seriesOf({LearningRateRule::Constant, false}).line)
            .size(),
        0);
    EXPECT_FALSE(page->runHeatmapSweep());  // nothing left to run
}

TEST_F(BatchSizePageTest, ExperimentConfigRoundTrips) {
    setSizes({8, 128});
    child<QCheckBox>("ruleLinear")->setChecked(false);
    child<QCheckBox>("ruleSqrt")->setChecked(true);
    child<QDoubleSpinBox>("base_lr")->setValue(0.02);
    child<QDoubleSpinBox>("seeds")->setValue(3);
    const auto config = page->experimentConfig();
    ASSERT_TRUE(config.has_value());
    EXPECT_EQ(config->getIntList("batch_sizes"), (QList<int>{8, 128}));
    EXPECT_EQ(config->getString("lr_rule"), QStringLiteral("sqrt"));

    BatchSizePage other;
    other.applyExperimentConfig(*config);
    EXPECT_EQ(other.experimentConfig(), config);
}

// Every checked rule and BN setting is saved, and a saved file opens to the same bytes.
TEST_F(BatchSizePageTest, SaveOpenSaveIsByteIdenticalWithSeveralRulesAndBothBnSettings) {
    child<QCheckBox>("ruleConstant")->setChecked(true);
    child<QCheckBox>("ruleSqrt")->setChecked(true);
    child<QCheckBox>("bnOn")->setChecked(true);
    const QByteArray saved = page->experimentConfig()->toJson();
    const auto reopened = normlab::session::ExperimentConfig::fromJson(saved);
    EXPECT_EQ(reopened.getString("lr_rule"), QStringLiteral("constant,linear,sqrt"));
    EXPECT_TRUE(reopened.getBool("bn"));
    EXPECT_TRUE(reopened.getBool("also_without_bn"));
    BatchSizePage other;
    other.applyExperimentConfig(reopened);
    EXPECT_EQ(other.experimentConfig()->toJson(), saved);

    // Values off any slider step and at the schema's ends are kept exactly.
    auto exact = reopened;
    exact.setValue("base_lr", 0.0333);
    exact.setValue("epochs", 2.37);
    other.applyExperimentConfig(exact);
    EXPECT_EQ(other.experimentConfig()->getDouble("base_lr"), 0.0333);
    EXPECT_EQ(other.experimentConfig()->getDouble("epochs"), 2.37);
    exact.setValue("base_lr", 1e-7);
    other.applyExperimentConfig(exact);
    EXPECT_EQ(other.experimentConfig()->toJson(), exact.toJson());
}

// Every field a file holds comes back as it was, also those no control offers.
TEST_F(BatchSizePageTest, AFileWithSettingsNoControlOffersIsKeptExactly) {
    auto file = normlab::session::ExperimentConfig::defaults(QStringLiteral("batch-sweep"));
    file.setValue("dataset", "xor");    // not one of the three offered sets
    file.setValue("train_samples", 0);  // kept as 0, as the command line reads it
    file.setValue("depth", 4);          // neither network of the combo
    file.setValue("width", 48);
    file.setValue("activation", "tanh");
    file.setValue("lr_rule", "sqrt,constant");  // the file's own order
    file.setValue("batch_sizes", QJsonArray{64, 8, 24});
    file.setValue("examples", 12345);
    file.setValue("evals_per_epoch", 7);
    page->applyExperimentConfig(file);
    EXPECT_EQ(page->experimentConfig()->toJson(), file.toJson());
    EXPECT_EQ(child<QComboBox>("model")->currentText(),
              QStringLiteral("As in the file: 4×48 tanh"));
    EXPECT_EQ(child<QComboBox>("dataset")->currentData().toString(), QStringLiteral("xor"));
    // Picking a network of the combo replaces the file's.
    child<QComboBox>("model")->setCurrentIndex(1);
    Q_EMIT child<QComboBox>("model")->activated(1);
    EXPECT_EQ(page->experimentConfig()->getString("activation"), QStringLiteral("sigmoid"));
    EXPECT_EQ(page->experimentConfig()->getInt("depth"), 3);
    // A synthetic set of "all" examples gets its 2,000.
    child<QDoubleSpinBox>("train_samples")->setValue(0);
    QComboBox* data = child<QComboBox>("dataset");
    data->setCurrentIndex(data->findData(QStringLiteral("moons")));
    EXPECT_EQ(page->experimentConfig()->getInt("train_samples"), 2000);
    // An examples budget outside the schema is refused, not clamped.
    child<QComboBox>("budgetKind")->setCurrentIndex(1);
    child<QDoubleSpinBox>("examples")->setValue(2e9);
    EXPECT_EQ(page->experimentConfig()->getInt("examples"), 12345);
    EXPECT_FALSE(child<QLabel>("examplesError")->isHidden());
}

// What the window runs is the plan the command line runs for the saved file.
TEST_F(BatchSizePageTest, TheSweepRunIsThePlanOfItsSavedConfig) {
    setSizes({4, 16});
    child<QCheckBox>("ruleSqrt")->setChecked(true);
    child<QCheckBox>("bnOn")->setChecked(true);
    child<QDoubleSpinBox>("seeds")->setValue(2);
    ASSERT_TRUE(page->runSweep());
    const auto saved =
        normlab::session::ExperimentConfig::fromJson(page->experimentConfig()->toJson());
    const std::vector<normlab::session::BatchSweepPoint> plan =
        normlab::session::batchSweepPoints(saved);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->shownSweep()->size() > 0; }, 30000));
    std::vector<normlab::session::BatchSweepPoint> ran;
    for (const auto& run : page->shownSweep()->batchRuns()) ran.push_back(run.point);
    EXPECT_EQ(ran.size(), 2u * 2u * 2u * 2u);
    EXPECT_EQ(ran, plan);
    page->cancelSweep();
    ASSERT_TRUE(waitIdle());
}

TEST_F(BatchSizePageTest, ARejectedBatchSizeIsRefusedWithAMessage) {
    child<QCheckBox>("bnOff")->setChecked(false);
    child<QCheckBox>("bnOn")->setChecked(true);
    EXPECT_FALSE(page->addBatchSize(1));
    EXPECT_TRUE(page->statusLine().contains("B = 1")) << page->statusLine().toStdString();
    EXPECT_TRUE(page->statusLine().contains("batch norm")) << page->statusLine().toStdString();
    // Larger than the 320 training rows of the small set: refused before anything runs.
    child<QCheckBox>("bnOff")->setChecked(true);
    page->addBatchSize(4096);  // refused at once, or once the data has loaded
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(page->statusLine().contains("4096")) << page->statusLine().toStdString();
    EXPECT_EQ(points(), 0);
}

TEST_F(BatchSizePageTest, ControlsSurviveARestartIncludingAnAddedSize) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    setSizes({8});
    ASSERT_TRUE(page->addBatchSize(24));
    ASSERT_TRUE(waitIdle());
    child<QCheckBox>("ruleSqrt")->setChecked(true);
    page->saveSettings(settings);
    BatchSizePage other;
    other.restoreSettings(settings);
    // The settings are the controls; finished runs live in experiment files only.
    normlab::session::ExperimentConfig controls = *page->experimentConfig();
    controls.results = {};
    EXPECT_EQ(other.experimentConfig()->toJson(), controls.toJson());
    EXPECT_EQ(other.experimentConfig()->getIntList("batch_sizes"), (QList<int>{8, 24}));
}

// The window drives the sweep through the transport: Play runs it (and shows
// its progress), Pause cancels, Reset clears; a sweep has no single steps.
TEST_F(BatchSizePageTest, WindowTransportRunsCancelsAndClearsTheSweep) {
    setSizes({64});
    BatchSizePage* lab = page.release();  // the window owns it from here
    normlab::app::MainWindow window(QList<normlab::app::LabPage*>{lab});
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* play = window.findChild<QAction*>("actionPlayPause");
    auto* reset = window.findChild<QAction*>("actionReset");
    EXPECT_TRUE(play->isEnabled());
    EXPECT_TRUE(reset->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>("actionStep")->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>("actionStepEpoch")->isEnabled());
    EXPECT_TRUE(window.findChild<QAction*>("actionExportCsv")->isEnabled());
    play->trigger();
    // A run this small may be done before the next line (and before the page
    // draws it): started, or finished in the sweep itself.
    EXPECT_TRUE(lab->isRunning() ||
                lab->sweep()->snapshot()->count(SweepPointState::Finished) == 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !lab->isRunning(); }, 30000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !play->isChecked(); }, 2000));
    const auto statusShows = [&](const QString& text) {
        for (auto* label : window.statusBar()->findChildren<QLabel*>())
            if (label->isVisible() && label->text().contains(text)) return true;
        return false;
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return statusShows(QStringLiteral("1 of 1")); }, 2000));
    EXPECT_EQ(lab->finishedRuns(), 1);
    reset->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return lab->shownSweep()->size() == 0; }, 2000));
    // Play again, then Pause: the sweep is cancelled and the lab can run again.
    // Runs long enough that Pause finds them training.
    lab->findChild<QDoubleSpinBox*>("epochs")->setValue(1000);
    for (auto* chip : lab->findChildren<QCheckBox*>())
        if (chip->objectName().startsWith(QLatin1String("batchSize")))
            chip->setChecked(chip->objectName() == QLatin1String("batchSize4") ||
                             chip->objectName() == QLatin1String("batchSize8"));
    play->trigger();
    ASSERT_TRUE(lab->isRunning());
    EXPECT_TRUE(QTest::qWaitFor([&] { return play->isChecked(); }, 2000));
    play->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !lab->isRunning(); }, 30000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !play->isChecked() && play->isEnabled(); }, 2000));
    EXPECT_EQ(lab->finishedRuns(), 0);
    EXPECT_GE(lab->shownSweep()->count(SweepPointState::Cancelled), 1);
}

// A finished sweep is saved with its runs and reopens drawing them, not running.
TEST_F(BatchSizePageTest, SaveOpenSaveWithResultsIsByteIdenticalAndDrawsWithoutRunning) {
    child<QPushButton>("runSweepButton")->click();
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(page->finishedRuns(), 3);
    const QByteArray saved = page->experimentConfig()->toJson();
    ASSERT_TRUE(saved.contains("\"results\"")) << saved.toStdString();
    const QList<QPointF> drawn =
        page->accuracyChart()->points(linear(page->accuracyChart()).line);
    ASSERT_EQ(drawn.size(), 3);
    QTemporaryDir dir;
    const QString path = dir.filePath("sweep.json");
    ASSERT_TRUE(writeFile(path, saved));

    const Reopened open = reopenInNewWindow(path);
    ASSERT_TRUE(open.opened) << open.error.toStdString();
    EXPECT_TRUE(open.warning.isEmpty()) << open.warning.toStdString();
    BatchSizePage* reopened = open.page;
    const auto& series = linear(reopened->accuracyChart());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return reopened->accuracyChart()->points(series.line).size() == 3; }, 5000));
    EXPECT_EQ(reopened->accuracyChart()->points(series.line), drawn);
    EXPECT_FALSE(reopened->isRunning());
    EXPECT_EQ(reopened->finishedRuns(), 3);
    EXPECT_EQ(reopened->runTable()->rowCount(), page->runTable()->rowCount());
    EXPECT_EQ(reopened->metricsCsv(), page->metricsCsv());
    EXPECT_EQ(reopened->experimentConfig()->toJson(), saved);
}

// A corrupt results block: the settings open, the results do not, and the
// message names the file and the field.
TEST_F(BatchSizePageTest, ACorruptResultsBlockIsRefusedByFileAndFieldAndTheSettingsOpen) {
    setSizes({4, 16});
    child<QPushButton>("runSweepButton")->click();
    ASSERT_TRUE(waitIdle());
    QByteArray saved = page->experimentConfig()->toJson();
    const qsizetype at = saved.indexOf("\"final_test_loss\":");
    ASSERT_GT(at, 0);
    saved.insert(at + qsizetype(sizeof("\"final_test_loss\":") - 1), "\"lost\",\"x\":");
    QTemporaryDir dir;
    const QString path = dir.filePath("corrupt.json");
    ASSERT_TRUE(writeFile(path, saved));
    const Reopened open = reopenInNewWindow(path);
    ASSERT_TRUE(open.opened) << open.error.toStdString();
    EXPECT_TRUE(open.warning.contains(path)) << open.warning.toStdString();
    EXPECT_TRUE(open.warning.contains("results.batch_sweep.runs[0].final_test_loss"))
        << open.warning.toStdString();
    BatchSizePage* reopened = open.page;
    EXPECT_EQ(reopened->experimentConfig()->getIntList("batch_sizes"), (QList<int>{4, 16}));
    EXPECT_EQ(reopened->finishedRuns(), 0);
    EXPECT_FALSE(reopened->isRunning());
}

TEST_F(BatchSizePageTest, MeasuredTextStatesThisSweepsNumbers) {
    child<QDoubleSpinBox>("seeds")->setValue(2);
    ASSERT_TRUE(page->runSweep());
    ASSERT_TRUE(waitIdle());
    const QString text = child<QLabel>("measuredText")->text();
    // The best batch size and its mean, as the runs measured them.
    double best = -1;
    int bestSize = 0;
    for (int size : {4, 16, 64}) {
        double sum = 0;
        for (int i = 0; i < 6; ++i)
            if (result(i).config.batchSize == size) sum += result(i).finalTestAccuracy;
        if (sum / 2 > best) {
            best = sum / 2;
            bestSize = size;
        }
    }
    EXPECT_TRUE(text.contains(QStringLiteral("best mean test accuracy at B = %1: %2 %")
                                  .arg(bestSize)
                                  .arg(100 * best, 0, 'f', 1)))
        << text.toStdString();
    // Error bars: up and down at each batch size, over the two seeds' range.
    EXPECT_EQ(page->accuracyChart()->points(linear(page->accuracyChart()).errorBars).size(), 3 * 3);
}

TEST_F(BatchSizePageTest, DivergedRunsAreFlaggedNotAveraged) {
    setSizes({4, 64});
    child<QDoubleSpinBox>("base_lr")->setValue(1.0);  // lr 4 and 64: both blow up
    ASSERT_TRUE(page->runSweep());
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(page->accuracyChart()->points(linear(page->accuracyChart()).line).isEmpty());
    EXPECT_TRUE(child<QLabel>("measuredText")->text().contains("no run trained"));
    bool flaggedInTable = false;
    for (auto* bar : page->runTable()->findChildren<QProgressBar*>())
        flaggedInTable =
            flaggedInTable || bar->format() == "Diverged" || bar->format() == "Under-trained";
    EXPECT_TRUE(flaggedInTable);
}

TEST_F(BatchSizePageTest, SameLossViewShowsTheBundledResult) {
    normlab::app::SameLossView* view = page->sameLossView();
    ASSERT_NE(view, nullptr);
    ASSERT_FALSE(normlab::app::SameLossView::bundledDirectory().isEmpty());
    // 21 points of alpha, train and test loss; the two solutions marked.
    EXPECT_EQ(view->chart()->points(0).size(), 21);
    EXPECT_EQ(view->chart()->points(1).size(), 21);
    EXPECT_EQ(view->chart()->points(2).size(), 2);
    EXPECT_TRUE(view->summaryText().contains("Bundled result"))
        << view->summaryText().toStdString();
    EXPECT_TRUE(view->summaryText().contains("normlab-cli run same-loss"));
    EXPECT_FALSE(view->load(QStringLiteral("/nonexistent")));
    EXPECT_TRUE(view->summaryText().contains("/nonexistent"));
}

}  // namespace
