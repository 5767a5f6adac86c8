// Drives the batch-normalization lab through its real widgets and a real
// training session on small data sets, so every test runs in about a second.

#include "app/labs/batch_norm_page.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>

#include "app/chart_view.h"
#include "app/charts/labelled_axis_chart.h"
#include "app/labs/batch_norm/affine_view.h"
#include "app/labs/batch_norm/bn_chart.h"
#include "app/labs/batch_norm/bn_controls.h"
#include "app/labs/batch_norm/init_sweep_view.h"
#include "app/labs/batch_norm/landscape_view.h"
#include "app/labs/batch_norm/linear_region_view.h"
#include "app/labs/batch_norm/noisy_bn_view.h"
#include "app/labs/batch_norm/shift_view.h"
#include "app/labs/batch_norm/sigmoid_input_view.h"
#include "app/labs/batch_norm/training_curves_view.h"
#include "app/labs/batch_norm/twin_run_text.h"
#include "app/labs/init_sweep_panel.h"
#include "app/lessons/lesson_text.h"
#include "app/main_window.h"
#include "app/widgets/exact_spin_box.h"
#include "app/widgets/field_binding.h"
#include "app/widgets/mapped_slider.h"
#include "batch_norm_page_fixture.h"
#include "session/sweep_snapshot.h"

namespace {

using normlab::app::BatchNormPage;
using normlab::app::FieldBinding;
using normlab::app::InitSweepPanel;
using normlab::app::MainWindow;
using normlab::core::TwinTrainer;
using normlab::session::ExperimentConfig;
using normlab::session::SweepPointState;

using normlab::app::test::BatchNormPageFixture;
using normlab::app::test::smallTwinConfig;

// A tiny MNIST-format folder: `n` train and n/4 test images of size x size,
// the class being which quadrant holds a bright square.
void writeIdxFolder(const QString& dir, int n, int size) {
    const auto write = [&](const QString& name, bool images, int count, int seed) {
        QFile f(dir + "/" + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QDataStream out(&f);
        out.setByteOrder(QDataStream::BigEndian);
        out << qint32(images ? 0x803 : 0x801) << qint32(count);
        if (images) out << qint32(size) << qint32(size);
        for (int i = 0; i < count; ++i) {
            const int label = (i * 7 + seed) % 4;
            if (!images) {
                out << quint8(label);
                continue;
            }
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x) {
                    const bool inside =
                        (y < size / 2) == (label < 2) && (x < size / 2) == (label % 2 == 0);
                    out << quint8(inside ? 200 + (x * y + i) % 50 : (x + y + i) % 30);
                }
        }
    };
    write("train-images-idx3-ubyte", true, n, 1);
    write("train-labels-idx1-ubyte", false, n, 1);
    write("t10k-images-idx3-ubyte", true, n / 4, 3);
    write("t10k-labels-idx1-ubyte", false, n / 4, 3);
}

class BatchNormPageTest : public BatchNormPageFixture {
  protected:
    FieldBinding* field(const char* key) const {
        FieldBinding* f = page->controls()->field(QString::fromLatin1(key));
        EXPECT_NE(f, nullptr) << key;
        return f;
    }
    void choose(const char* key, const char* value) const {
        QComboBox* combo = field(key)->comboBox();
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(value)));
    }

    static bool isWhite(QRgb c) { return qRed(c) > 245 && qGreen(c) > 245 && qBlue(c) > 245; }
};

TEST_F(BatchNormPageTest, PlayingFillsEveryView) {
    run(40);
    const auto& s = *page->lastRendered();
    EXPECT_EQ(s.models[TwinTrainer::kBn].probes.size(), 41u);  // step 0 and 40 steps

    // Each view draws the latest snapshot once it is shown.
    auto* curves = page->curvesView();
    for (QWidget* view : std::initializer_list<QWidget*>{curves, page->sigmoidView(),
                                                         page->regionView(), page->affineView()}) {
        page->tabs()->setCurrentWidget(view);
        EXPECT_TRUE(QTest::qWaitFor([&] { return view->isVisible(); }, 5000));
    }

    // Training curves: one test-accuracy point per evaluation, both twins.
    for (int m : {TwinTrainer::kBn, TwinTrainer::kPlain})
        EXPECT_EQ(curves->accuracyChart()->points(curves->testAccuracySeries(m)).size(),
                  static_cast<qsizetype>(s.models[m].evals.size()));

    // Sigmoid inputs: a band point and a median point per step, step 0 included.
    auto* sigmoid = page->sigmoidView();
    for (int m : {TwinTrainer::kBn, TwinTrainer::kPlain}) {
        EXPECT_EQ(sigmoid->chart(m)->bandPointCount(0), 41);
        EXPECT_EQ(sigmoid->chart(m)->points(sigmoid->medianSeries()).size(), 41);
    }

    // Linear region: a histogram for both twins and read-outs that are fractions.
    auto* region = page->regionView();
    for (int m : {TwinTrainer::kBn, TwinTrainer::kPlain}) {
        EXPECT_GT(region->chart()->points(region->histogramSeries(m)).size(), 4);
        EXPECT_GT(region->readout(m).linear, 0.0);
        EXPECT_LE(region->readout(m).linear, 1.0);
    }

    // gamma/beta: a checkpoint per evaluation interval.
    EXPECT_EQ(page->affineView()->chart(0)->points(page->affineView()->meanSeries()).size(),
              static_cast<qsizetype>(s.models[TwinTrainer::kBn].affine.size()) + 1);

    // Covariate shift: the heatmap is drawn where the data says, in the twin's colour.
    page->tabs()->setCurrentWidget(page->shiftView());
    auto* heatmap = page->shiftView()->heatmap(TwinTrainer::kBn);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return heatmap->isVisible() && heatmap->hasHeatmap(); }, 5000));
    const auto& probe = s.models[TwinTrainer::kBn].probes.back().layers.back();
    const double lastCheckpoint =
        static_cast<double>(s.models[TwinTrainer::kBn].histograms.back().step);
    const QImage shot = heatmap->grab().toImage();
    const QPointF dense = heatmap->mapToWidget(QPointF(lastCheckpoint - 3, probe.p50));
    const QPointF empty = heatmap->mapToWidget(
        QPointF(lastCheckpoint - 3,
                s.models[TwinTrainer::kBn].histograms.back().layers.back().edges.back()));
    const QRgb c = shot.pixel((dense * shot.devicePixelRatio()).toPoint());
    EXPECT_FALSE(isWhite(c)) << "median of the last layer drawn white";
    EXPECT_GT(qBlue(c), qRed(c)) << "BN heatmap is blue";
    EXPECT_TRUE(isWhite(shot.pixel(((empty + QPointF(0, 2)) * shot.devicePixelRatio()).toPoint())));
    // The text states what this run measured, with the step it was measured at.
    const QString drift = page->shiftView()->driftLabel()->text();
    EXPECT_TRUE(drift.contains(QStringLiteral("Measured at step %1").arg(s.step)))
        << drift.toStdString();
    EXPECT_TRUE(
        drift.contains(QString::number(s.models[TwinTrainer::kPlain].drift.back().band, 'f', 2)));

    EXPECT_TRUE(page->metricsCsv().startsWith("step,model,"));
    EXPECT_GE(page->charts().size(), 10);
}

TEST_F(BatchNormPageTest, LayerChooserFollowsALanguageSwitch) {
    page->tabs()->setCurrentWidget(page->regionView());
    run(10);
    auto* chooser = page->regionView()->findChild<QComboBox*>(QStringLiteral("regionLayer"));
    ASSERT_NE(chooser, nullptr);
    const QString english = chooser->itemText(chooser->count() - 1);
    ASSERT_TRUE(english.contains(QStringLiteral("last hidden")));
    ASSERT_TRUE(window->setLanguage("ko"));
    run(10);
    const QString korean = chooser->itemText(chooser->count() - 1);
    ASSERT_TRUE(window->setLanguage("en"));
    EXPECT_NE(korean, english) << "the layer names stayed in English after the switch";
    EXPECT_FALSE(korean.contains(QStringLiteral("last hidden")));
}

TEST_F(BatchNormPageTest, LearningRateSliderReachesTheWorker) {
    run(2);
    QSlider* slider = field("lr")->slider()->slider();
    slider->setValue(slider->value() - 20);  // one decade lower (20 steps a decade)
    const double lr = field("lr")->value().toDouble();
    EXPECT_NEAR(lr, 0.05, 0.001);
    run(2);
    EXPECT_EQ(page->lastRendered()->config.optimizer.learningRate, lr);
}

// As the batch-size control posts it: a size larger than the 320 training
// rows is refused by the run, the page says so in either language, and the
// run goes on with its size.
TEST_F(BatchNormPageTest, ABatchLargerThanTheDataIsRefusedOnThePageAndTheRunGoesOn) {
    run(2);
    Q_EMIT page->commandRequested(normlab::core::LabCommand{
        normlab::core::TwinCommand{normlab::core::TwinBatchSize{1000}}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->statusText().contains("1000"); }, 5000))
        << page->statusText().toStdString();
    EXPECT_TRUE(page->statusText().contains("320")) << page->statusText().toStdString();
    EXPECT_TRUE(page->statusText().contains("Batch size")) << page->statusText().toStdString();
    run(3);
    EXPECT_EQ(page->lastRendered()->config.batchSize, 32);
    ASSERT_TRUE(window->setLanguage("ko"));
    const bool korean = QTest::qWaitFor(
        [&] {
            return page->statusText().contains(QString::fromUtf8("배치 크기")) &&
                   page->statusText().contains("1000");
        },
        5000);
    const std::string shown = page->statusText().toStdString();
    ASSERT_TRUE(window->setLanguage("en"));
    EXPECT_TRUE(korean) << shown;
    // A size that fits, set on the control, is taken and the refusal goes.
    field("batch_size")->spinBox()->setValue(20);
    run(2);
    EXPECT_EQ(page->lastRendered()->config.batchSize, 20);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !page->statusText().contains("1000"); }, 5000));
}

TEST_F(BatchNormPageTest, ABatchSizeTheRunRefusesGoesBackOnTheControlToTheKeptSize) {
    run(2);
    FieldBinding* batch = field("batch_size");
    batch->spinBox()->setValue(1000);  // the schema allows it, the 320 training rows do not
    EXPECT_EQ(batch->value().toInt(), 1000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->statusText().contains("1000"); }, 5000))
        << page->statusText().toStdString();
    // The control shows, and the page saves, the size the run goes on with.
    EXPECT_EQ(batch->value().toInt(), 32);
    EXPECT_EQ(batch->spinBox()->value(), 32);
    EXPECT_EQ(page->experimentConfig()->getInt("batch_size"), 32);
    EXPECT_TRUE(page->statusText().contains("32")) << page->statusText().toStdString();
    run(2);
    EXPECT_EQ(page->lastRendered()->config.batchSize, 32);
}

TEST_F(BatchNormPageTest, TheViewTabShiftLayerAndTrackedUnitAreSavedAndReopened) {
    ExperimentConfig c = smallTwinConfig();
    c.setValue("depth", 3);
    page->applyExperimentConfig(c);
    Q_EMIT page->resetRequested(QStringLiteral("three layers"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->lastRendered() && page->lastRendered()->hiddenLayers == 3; }, 10000));
    run(2);
    page->tabs()->setCurrentWidget(page->shiftView());
    auto* layer = page->shiftView()->findChild<QComboBox*>(QStringLiteral("shiftLayer"));
    ASSERT_NE(layer, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return layer->count() == 3; }, 5000)) << layer->count();
    layer->setCurrentIndex(0);  // layer 1 of 3
    QSpinBox* unit = page->sigmoidView()->unitBox();
    unit->setValue(5);
    Q_EMIT page->sigmoidView()->trackedUnitRequested(5);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->lastRendered() && page->lastRendered()->config.trackedUnit == 5; },
        10000));
    const QByteArray saved = page->experimentConfig()->toJson();
    const ExperimentConfig file = ExperimentConfig::fromJson(saved);
    EXPECT_EQ(file.view.value("view_tab").toString(), "shift");
    EXPECT_EQ(file.view.value("shift_layer").toInt(), 1);
    EXPECT_EQ(file.view.value("tracked_unit").toInt(), 5);

    // A new window shows the same view, layer and unit, and saves the same
    // bytes before and after its first run is drawn.
    auto* reopened = new BatchNormPage;
    reopened->applyExperimentConfig(file);
    EXPECT_EQ(reopened->tabs()->currentWidget(), reopened->shiftView());
    EXPECT_EQ(reopened->sigmoidView()->unitBox()->value(), 5);
    EXPECT_EQ(reopened->experimentConfig()->toJson(), saved);
    MainWindow second(QList<normlab::app::LabPage*>{reopened});
    second.show();
    second.currentSession()->step(2);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return reopened->lastRendered() && reopened->lastRendered()->step >= 2; }, 10000));
    EXPECT_EQ(reopened->lastRendered()->config.trackedUnit, 5);
    auto* reopenedLayer = reopened->shiftView()->findChild<QComboBox*>(QStringLiteral("shiftLayer"));
    EXPECT_EQ(reopenedLayer->currentIndex(), 0);
    EXPECT_EQ(reopened->experimentConfig()->toJson(), saved);
}

TEST_F(BatchNormPageTest, FrozenGammaBetaKeepBnUnitInputNearMinusOneToOne) {
    choose("affine", "frozen");
    run(60);
    const auto& probes = page->lastRendered()->models[TwinTrainer::kBn].probes;
    for (std::size_t i = 0; i < probes.size(); ++i) {
        // With gamma 1, beta 0 the BN output has batch mean 0 and std 1.
        EXPECT_GT(probes[i].unit.p15, -1.6) << "step " << probes[i].step;
        EXPECT_LT(probes[i].unit.p85, 1.6) << "step " << probes[i].step;
        EXPECT_LT(probes[i].unit.p15, 0.0);
        EXPECT_GT(probes[i].unit.p85, 0.0);
    }
    const auto& affine = page->lastRendered()->models[TwinTrainer::kBn].affine.back();
    EXPECT_DOUBLE_EQ(affine.gamma.back().min, 1.0);
    EXPECT_DOUBLE_EQ(affine.beta.back().max, 0.0);
}

TEST_F(BatchNormPageTest, BadDataFileSaysWhyAndKeepsTheLab) {
    run(5);
    QTemporaryDir dir;
    const QString bad = dir.filePath("broken.csv");
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("a,b,label\n1,2\n");
    f.close();
    const QString before = page->experimentConfig()->toJson();
    QString error;
    // Read off the GUI thread: the problem is said in the status line once found.
    EXPECT_TRUE(page->openDataset(bad, &error)) << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->statusText().contains("broken.csv"); }, 10000))
        << page->statusText().toStdString();
    EXPECT_EQ(page->experimentConfig()->toJson(), before);
    // A file that is not there is refused at once.
    EXPECT_FALSE(page->openDataset(dir.filePath("train-images-idx3-ubyte"), &error));
    EXPECT_TRUE(error.contains("train-images-idx3-ubyte")) << error.toStdString();
    EXPECT_EQ(page->experimentConfig()->toJson(), before);
    run(3);  // the run goes on
    EXPECT_EQ(page->lastRendered()->config.network.hidden.size(), 2u);
}

TEST_F(BatchNormPageTest, MissingFashionMnistNamesTheDebianPackage) {
    ExperimentConfig c = smallTwinConfig();
    c.setValue("dataset", "fashion-mnist");
    c.setValue("data_path", "/nonexistent/fashion-mnist");
    page->applyExperimentConfig(c);
    window->currentSession();
    Q_EMIT page->resetRequested("test");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return page->statusText().contains("dataset-fashion-mnist"); }, 5000))
        << page->statusText().toStdString();
}

TEST_F(BatchNormPageTest, CnnRunsOnAnIdxFolderWithPerChannelStatistics) {
    QTemporaryDir dir;
    writeIdxFolder(dir.path(), 240, 12);
    QString error;
    ASSERT_TRUE(page->openDataset(dir.filePath("train-images-idx3-ubyte"), &error))
        << error.toStdString();
    choose("model", "cnn");
    ASSERT_TRUE(stepUntil([&] {
        return page->lastRendered() &&
               page->lastRendered()->config.network.model == normlab::core::ModelType::Cnn;
    }));
    run(20);
    // The sigmoid view redraws only while shown: show it before comparing.
    page->tabs()->setCurrentWidget(page->sigmoidView());
    const auto& s = *page->lastRendered();
    EXPECT_EQ(s.hiddenLayers, 2);
    EXPECT_FALSE(s.models[TwinTrainer::kBn].probes.empty());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return page->sigmoidView()->chart(TwinTrainer::kBn)->bandPointCount(0) ==
                   static_cast<int>(s.models[TwinTrainer::kBn].probes.size());
        },
        5000));
}

TEST_F(BatchNormPageTest, LandscapeProbesAreOffUntilSwitchedOnAndShowTheirCost) {
    run(12);
    EXPECT_TRUE(page->lastRendered()->models[TwinTrainer::kBn].landscape.empty());
    page->landscapeView()->enableBox()->setChecked(true);
    run(20);
    const auto& s = *page->lastRendered();
    EXPECT_FALSE(s.models[TwinTrainer::kBn].landscape.empty());
    EXPECT_GT(s.landscapeSeconds, 0.0);
    // The view draws the latest snapshot once it is in front, which may be a
    // frame after the snapshot arrived.
    auto* view = page->landscapeView();
    page->tabs()->setCurrentWidget(view);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return view->icsChart()->points(view->icsSeries(0)).size() > 0; }, 5000));
}

TEST_F(BatchNormPageTest, UnitRangeFollowsTheNetworkAndARefusedUnitKeepsTheLabRunning) {
    QSpinBox* unit = page->sigmoidView()->unitBox();
    EXPECT_EQ(unit->maximum(), 15);  // width 16, before any run has been drawn
    run(2);
    page->tabs()->setCurrentWidget(page->sigmoidView());
    EXPECT_EQ(unit->maximum(), 15);
    // Any unit of the layer is accepted (unit 2 used to fail the run).
    Q_EMIT page->sigmoidView()->trackedUnitRequested(12);
    ASSERT_TRUE(stepUntil(
        [&] { return page->lastRendered() && page->lastRendered()->config.trackedUnit == 12; }));
    // A unit the layer does not have: refused, said so, the run goes on.
    Q_EMIT page->sigmoidView()->trackedUnitRequested(40);
    EXPECT_TRUE(page->statusText().contains("40")) << page->statusText().toStdString();
    run(3);
    EXPECT_EQ(page->lastRendered()->config.trackedUnit, 12);
    // A narrower network: the range follows it.
    field("width")->spinBox()->setValue(8);
    EXPECT_EQ(unit->maximum(), 7);  // at once, not a run later
    ASSERT_TRUE(stepUntil([&] {
        return page->lastRendered() && page->lastRendered()->config.network.hidden.back() == 8;
    }));
    EXPECT_EQ(unit->maximum(), 7);
    EXPECT_EQ(page->lastRendered()->config.trackedUnit, 7);  // the last unit it has
}

TEST_F(BatchNormPageTest, SwitchingToCnnAppliesItsPresetAndSaysSo) {
    run(2);
    QTemporaryDir dir;
    writeIdxFolder(dir.path(), 240, 12);
    QString error;
    ASSERT_TRUE(page->openDataset(dir.filePath("train-images-idx3-ubyte"), &error))
        << error.toStdString();
    choose("model", "cnn");
    const ExperimentConfig cnn = page->controls()->config();
    const ExperimentConfig preset = normlab::session::loadPreset("bn-cnn");
    for (const char* key : {"lr", "init", "optimizer", "steps"})
        EXPECT_EQ(cnn.valueText(key), preset.valueText(key)) << key;
    // The restart, with its reason, follows once the opened folder has loaded.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window->statusBar()->currentMessage().contains("bn-cnn"); }, 10000))
        << window->statusBar()->currentMessage().toStdString();
    // And back: the MLP's own preset.
    choose("model", "mlp");
    const ExperimentConfig mlp = normlab::session::loadPreset("bn-covariate-shift");
    EXPECT_EQ(page->controls()->config().valueText("lr"), mlp.valueText("lr"));
    EXPECT_EQ(page->controls()->config().valueText("init_std"), mlp.valueText("init_std"));
}

TEST_F(BatchNormPageTest, MeasureStaysOnThroughRestartsAndInSavedFiles) {
    run(2);
    page->landscapeView()->enableBox()->setChecked(true);
    run(12);
    ASSERT_FALSE(page->lastRendered()->models[TwinTrainer::kBn].landscape.empty());
    // A restart (a new seed) keeps measuring.
    field("seed")->spinBox()->setValue(7);
    ASSERT_TRUE(
        stepUntil([&] { return page->lastRendered() && page->lastRendered()->config.seed == 7; }));
    EXPECT_TRUE(page->lastRendered()->config.landscapeProbes);
    EXPECT_TRUE(page->landscapeView()->enableBox()->isChecked());
    EXPECT_TRUE(page->experimentConfig()->getBool("ics_probe"));
    // A file without it switches it off, one with it on.
    ExperimentConfig c = smallTwinConfig();
    page->applyExperimentConfig(c);
    EXPECT_FALSE(page->landscapeView()->enableBox()->isChecked());
    c.setValue("ics_probe", true);
    page->applyExperimentConfig(c);
    EXPECT_TRUE(page->experimentConfig()->getBool("ics_probe"));
    // The relative change beside the absolute one.
    run(12);
    page->tabs()->setCurrentWidget(page->landscapeView());
    auto* view = page->landscapeView();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return view->relativeChart()->points(view->relativeSeries(0)).size() > 0; }, 5000));
}

TEST_F(BatchNormPageTest, ExperimentConfigRoundTrips) {
    ExperimentConfig c = smallTwinConfig();
    c.setValue("activation", "tanh");
    c.setValue("init_std", 0.03);
    c.setValue("bn_placement", "after");
    page->applyExperimentConfig(c);
    const ExperimentConfig back = *page->experimentConfig();
    EXPECT_EQ(back.getString("activation"), "tanh");
    EXPECT_DOUBLE_EQ(back.getDouble("init_std"), 0.03);
    EXPECT_EQ(back.getString("bn_placement"), "after");
    EXPECT_EQ(back.getInt("eval_interval"), 10);
}

TEST_F(BatchNormPageTest, NoisyBnRunsBesideTheTwinsAndItsViewStatesTheMeasuredNumbers) {
    run(1);
    field("noisy_bn")->checkBox()->setChecked(true);  // a new run with three networks
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->lastRendered() && page->lastRendered()->models.size() == 3; }, 10000));
    // The strength is a live change: it reaches the running networks.
    field("bn_noise")->spinBox()->setValue(2.5);
    run(40);
    const auto& s = *page->lastRendered();
    EXPECT_EQ(s.config.noiseStrength, 2.5);
    ASSERT_EQ(s.models.size(), 3u);
    const auto& noisy = s.models[TwinTrainer::kNoisy];
    EXPECT_EQ(noisy.evals.size(), s.models[TwinTrainer::kBn].evals.size());
    page->tabs()->setCurrentWidget(page->noisyView());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return page->noisyView()
                       ->shiftChart()
                       ->points(page->noisyView()->shiftSeries(TwinTrainer::kNoisy))
                       .size() > 0;
        },
        5000));
    // The read-out is this run's numbers, not a sentence written in advance.
    const QString verdict = page->noisyView()->verdict();
    EXPECT_TRUE(verdict.contains(QString::number(noisy.meanDrift.back().median, 'f', 2)))
        << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QString::number(noisy.meanDrift.back().band, 'f', 2)));
    EXPECT_TRUE(verdict.contains(QStringLiteral("all %1 steps").arg(s.step)));
    // Saved with the run's settings, and the legend names the third network.
    EXPECT_TRUE(page->experimentConfig()->getBool("noisy_bn"));
    EXPECT_EQ(page->experimentConfig()->getDouble("bn_noise"), 2.5);
    page->tabs()->setCurrentWidget(page->curvesView());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return page->curvesView()
                       ->accuracyChart()
                       ->points(page->curvesView()->testAccuracySeries(TwinTrainer::kNoisy))
                       .size() == static_cast<qsizetype>(noisy.evals.size());
        },
        5000));
}

TEST_F(BatchNormPageTest, SaveOpenSaveGivesByteIdenticalJson) {
    ExperimentConfig c = smallTwinConfig();
    c.setValue("noisy_bn", true);
    c.setValue("bn_noise", 1.37);
    c.setValue("lr", 0.0123);
    c.setValue("init_std", 0.037);
    c.setValue("ics_probe", true);
    page->applyExperimentConfig(c);
    const QByteArray saved = page->experimentConfig()->toJson();
    BatchNormPage reopened;
    reopened.applyExperimentConfig(ExperimentConfig::fromJson(saved));
    EXPECT_EQ(reopened.experimentConfig()->toJson(), saved);
    // And nothing the file said was lost on the way.
    const ExperimentConfig back = *reopened.experimentConfig();
    EXPECT_TRUE(back.getBool("noisy_bn"));
    EXPECT_EQ(back.getDouble("bn_noise"), 1.37);
    EXPECT_TRUE(back.getBool("ics_probe"));
}

TEST_F(BatchNormPageTest, ATypedValueOutsideTheSchemaIsRefusedAndTheRunKeepsItsRate) {
    run(2);
    FieldBinding* lr = field("lr");
    const double before = lr->value().toDouble();
    lr->spinBox()->setValue(20.0);  // the schema allows up to 10
    EXPECT_EQ(lr->value().toDouble(), before);
    EXPECT_EQ(lr->spinBox()->value(), before) << "the box shows the value in use";
    EXPECT_TRUE(lr->error().contains(QStringLiteral("lr"))) << lr->error().toStdString();
    EXPECT_FALSE(lr->errorLabel()->isHidden());
    EXPECT_EQ(page->experimentConfig()->getDouble("lr"), before);
    run(2);
    EXPECT_EQ(page->lastRendered()->config.optimizer.learningRate, before);
    // Every control of the column is bound to its schema field and loads exactly.
    ExperimentConfig c = smallTwinConfig();
    c.setValue("bn_momentum", 0.0137);
    c.setValue("bn_eps", 3.3e-7);
    c.setValue("momentum", 0.8765);
    c.setValue("batch_size", 37);
    c.setValue("train_samples", 333);
    page->applyExperimentConfig(c);
    for (const char* key : {"bn_momentum", "bn_eps", "momentum", "batch_size", "train_samples"})
        EXPECT_EQ(field(key)->value(), c.value(QString::fromLatin1(key))) << key;
}

TEST_F(BatchNormPageTest, SmoothnessIsMeasuredForAllThreeNetworksOnACosineAxisOfMinusOneToOne) {
    page->landscapeView()->enableBox()->setChecked(true);
    field("noisy_bn")->checkBox()->setChecked(true);  // a new run with three networks
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->lastRendered() && page->lastRendered()->models.size() == 3; }, 10000));
    run(25 - page->lastRendered()->step);
    const auto& s = *page->lastRendered();
    ASSERT_EQ(s.models.size(), 3u);
    for (const auto& model : s.models) EXPECT_EQ(model.landscape.size(), 2u) << model.name;
    auto* view = page->landscapeView();
    page->tabs()->setCurrentWidget(view);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return view->lossChart()->bandPointCount(view->lossBand(TwinTrainer::kNoisy)) > 0; },
        5000));
    // A cosine's whole range and no more.
    const QValueAxis* cosine = view->cosineChart()->valueAxis(Qt::Vertical);
    ASSERT_NE(cosine, nullptr);
    EXPECT_EQ(cosine->min(), -1.0);
    EXPECT_EQ(cosine->max(), 1.0);
    // One legend for the five charts names every network the run trains.
    for (int m : normlab::app::kAllModels)
        EXPECT_TRUE(view->legend()->text().contains(normlab::app::modelName(m).toHtmlEscaped()))
            << view->legend()->text().toStdString();
}

TEST_F(BatchNormPageTest, TheViewsNeedOnlyTheRoomOfTheViewInFront) {
    // The widest view does not force its width on the others: with the
    // lesson in front the views' stack may be narrower than the ICS charts.
    page->tabs()->setCurrentWidget(page->landscapeView());
    const int landscapeWidth = page->tabs()->minimumSizeHint().width();
    page->tabs()->setCurrentIndex(page->tabs()->count() - 1);  // the lesson
    EXPECT_LT(page->tabs()->minimumSizeHint().width(), landscapeWidth);
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool sweepIdle(const InitSweepPanel* panel) {
    return !panel->isRunning() && panel->shownSweep() && panel->shownSweep()->idle;
}

// A finished init sweep is saved with its points and reopens drawing them,
// without running; saving the reopened lab writes the same bytes.
TEST_F(BatchNormPageTest, AFinishedInitSweepIsSavedAndReopensDrawnWithoutRunning) {
    ASSERT_TRUE(page->showView(QStringLiteral("init-sweep")));
    InitSweepPanel* panel = page->initSweepView()->panel();
    ASSERT_TRUE(panel->field("init_stds")->setValue(QJsonArray{0.05, 0.5, 2.0}).isEmpty());
    ASSERT_TRUE(panel->field("steps")->setValue(40).isEmpty());
    ASSERT_TRUE(panel->run());
    ASSERT_TRUE(QTest::qWaitFor([&] { return sweepIdle(panel); }, 30000));
    ASSERT_EQ(panel->shownSweep()->count(SweepPointState::Finished), 3);
    const QList<QPointF> bn = panel->chart()->points(panel->bnSeries());
    const QList<QPointF> plain = panel->chart()->points(panel->plainSeries());
    ASSERT_EQ(bn.size(), 3);
    QTemporaryDir dir;
    const QString path = dir.filePath("init_sweep.json");
    QString error;
    ASSERT_TRUE(window->saveExperimentFile(path, &error)) << error.toStdString();
    const QByteArray saved = readFile(path);
    ASSERT_TRUE(saved.contains("\"init_sweep\"")) << saved.toStdString();

    auto* reopened = new BatchNormPage;
    MainWindow second(QList<normlab::app::LabPage*>{reopened});
    QString warning;
    ASSERT_TRUE(second.openExperimentFile(path, &error, &warning)) << error.toStdString();
    EXPECT_TRUE(warning.isEmpty()) << warning.toStdString();
    InitSweepPanel* shown = reopened->initSweepView()->panel();
    EXPECT_EQ(reopened->tabs()->currentWidget(), reopened->initSweepView());
    EXPECT_FALSE(shown->isRunning());
    ASSERT_NE(shown->shownSweep(), nullptr);
    EXPECT_EQ(shown->shownSweep()->count(SweepPointState::Finished), 3);
    EXPECT_EQ(shown->chart()->points(shown->bnSeries()), bn);
    EXPECT_EQ(shown->chart()->points(shown->plainSeries()), plain);
    EXPECT_EQ(shown->resultsCsv(), panel->resultsCsv());
    const QString again = dir.filePath("again.json");
    ASSERT_TRUE(second.saveExperimentFile(again, &error)) << error.toStdString();
    EXPECT_EQ(readFile(again), saved);
}

// A bad init-sweep results block: the settings open, the points do not, and
// the message names the field.
TEST_F(BatchNormPageTest, ABadInitSweepResultsBlockIsRefusedByItsFieldAndTheSettingsOpen) {
    InitSweepPanel* panel = page->initSweepView()->panel();
    ExperimentConfig file = panel->sweepConfig();
    file.setValue("init_stds", QJsonArray{0.02, 0.2});
    const QJsonObject point{{"init_std", 0.02},         {"seed", 1},
                            {"steps", 40},              {"bn_test_accuracy", QStringLiteral("lost")},
                            {"plain_test_accuracy", 0.5}, {"bn_diverged", false},
                            {"plain_diverged", false},  {"wall_seconds", 0.1}};
    file.results = {{"init_sweep", QJsonObject{{"runs", QJsonArray{point}}}}};
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.json");
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(file.toJson());
    out.close();
    QString error, warning;
    ASSERT_TRUE(window->openExperimentFile(path, &error, &warning)) << error.toStdString();
    EXPECT_TRUE(warning.contains(path)) << warning.toStdString();
    EXPECT_TRUE(warning.contains("results.init_sweep.runs[0].bn_test_accuracy"))
        << warning.toStdString();
    EXPECT_EQ(panel->stds(), (QList<double>{0.02, 0.2}));
    EXPECT_FALSE(panel->isRunning());
    EXPECT_TRUE(!panel->shownSweep() || panel->shownSweep()->size() == 0);
}

TEST(BatchNormRunText, FlagsANetworkThatStaysAtChance) {
    normlab::core::TwinSnapshot s;
    s.config.network.outputs = 10;
    s.models.resize(2);
    const auto evaluate = [](normlab::core::TwinModelState& model, double accuracy, int count) {
        for (int i = 0; i < count; ++i) {
            normlab::core::EvalRecord record;
            record.step = 100 * (i + 1);
            record.testAccuracy = accuracy;
            model.evals.push(record);
        }
    };
    evaluate(s.models[TwinTrainer::kBn], 0.80, 3);
    evaluate(s.models[TwinTrainer::kPlain], 0.11, 2);
    // Two evaluations are not yet "the first three".
    EXPECT_TRUE(normlab::app::TwinRunText::chanceWarning(s, 3, 0.02).isEmpty());
    evaluate(s.models[TwinTrainer::kPlain], 0.105, 1);
    const QString warning = normlab::app::TwinRunText::chanceWarning(s, 3, 0.02);
    EXPECT_TRUE(warning.contains(normlab::app::modelName(TwinTrainer::kPlain))) << warning.toStdString();
    EXPECT_FALSE(warning.contains(normlab::app::modelName(TwinTrainer::kBn)));
    EXPECT_TRUE(warning.contains("10%")) << warning.toStdString();
    // Above chance plus the margin: not flagged.
    s.models[TwinTrainer::kPlain].evals.clear();
    evaluate(s.models[TwinTrainer::kPlain], 0.13, 3);
    EXPECT_TRUE(normlab::app::TwinRunText::chanceWarning(s, 3, 0.02).isEmpty());
}

TEST(BatchNormLesson, WritesTheNormalisedInputWithASubscriptNotACombiningHat) {
    // U+0302 after an x renders as a floating caret in some fonts.
    const QString lesson = normlab::app::batchNormLesson();
    EXPECT_TRUE(lesson.contains(QStringLiteral("x<sub>norm</sub>")));
    EXPECT_FALSE(lesson.contains(QChar(0x0302)));
}

}  // namespace


namespace {

TEST(BnChartTicks, ANarrowChartShowsFewerRoundLabelsOfTheSameRange) {
    normlab::app::BnChart chart;
    chart.setFixedSize(900, 300);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.setNiceXRange(0, 200);
    const QValueAxis* axis = chart.valueAxis(Qt::Horizontal);
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->tickCount(), 5);  // 0, 50, ..., 200
    // Too narrow for five labels: every other tick, the range unchanged.
    chart.setMinimumSize(0, 0);
    chart.setFixedSize(150, 300);
    ASSERT_TRUE(QTest::qWaitFor([&] { return axis->tickCount() < 5; }, 2000))
        << "width " << chart.width() << ", ticks " << axis->tickCount();
    EXPECT_EQ(axis->min(), 0.0);
    EXPECT_EQ(axis->max(), 200.0);
    EXPECT_EQ(4 % (axis->tickCount() - 1), 0) << axis->tickCount();
    chart.setFixedSize(900, 300);
    ASSERT_TRUE(QTest::qWaitFor([&] { return axis->tickCount() == 5; }, 2000));
}

}  // namespace
