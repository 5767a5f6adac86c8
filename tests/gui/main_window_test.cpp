// The window driving real training sessions through its real widgets.

#include "app/main_window.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QClipboard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <atomic>
#include <cmath>
#include <memory>

#include "app/chart_view.h"
#include "app/gif/gif_recorder.h"
#include "app/gif/gif_recording.h"
#include "app/labs/batch_norm_page.h"
#include "app/labs/feature_scaling/feature_scaling_page.h"
#include "core/lab/scaling_comparison.h"
#include "descent_demo_experiment.h"
#include "descent_demo_page.h"
#include "upcoming_lab_page.h"

namespace {

using normlab::app::DescentDemoPage;
using normlab::app::DescentDemoSnapshot;
using normlab::app::MainWindow;

class MainWindowTest : public ::testing::Test {
  protected:
    void SetUp() override {
        demo = new DescentDemoPage;
        window = std::make_unique<MainWindow>(
            QList<normlab::app::LabPage*>{demo, new normlab::app::FeatureScalingPage});
        window->resize(1100, 700);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override { window.reset(); }

    QAction* action(const char* name) const { return window->findChild<QAction*>(name); }
    const DescentDemoSnapshot* shown() const {
        return dynamic_cast<const DescentDemoSnapshot*>(demo->lastRendered().get());
    }
    std::int64_t shownStep() const { return shown() ? shown()->step : -1; }
    // The worker's own step count, as the command log records it for a
    // command applied between two steps (the rate the demo already has): a
    // barrier, so "no step since" needs no waiting for time to pass.
    std::int64_t workerStep() const {
        normlab::session::TrainingSession* session = window->currentSession();
        const std::size_t before = session->commandLog().size();
        session->post(normlab::core::LabCommand{normlab::core::ScalingCommand{
            normlab::core::ScalingRate{normlab::core::LearningRateMode::SameForAll,
                                       demo->learningRateBox()->value()}}});
        EXPECT_TRUE(QTest::qWaitFor([&] { return session->commandLog().size() > before; }, 3000));
        const normlab::session::CommandLog log = session->commandLog();
        return log.empty() ? -1 : log.back().step;
    }

    DescentDemoPage* demo = nullptr;
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
};

TEST_F(MainWindowTest, TransportControlsDriveARealSession) {
    action("actionStep")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 1; }, 3000));
    action("actionStepEpoch")->trigger();  // 512 samples / 16 per batch
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 33; }, 3000));

    window->setStepsPerFrame(5);
    action("actionPlayPause")->trigger();
    EXPECT_TRUE(window->currentSession()->isPlaying());
    EXPECT_TRUE(action("actionPlayPause")->isChecked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() > 60; }, 3000));
    action("actionPlayPause")->trigger();
    EXPECT_FALSE(window->currentSession()->isPlaying());
    // Paused: no step between two barriers, and the last frame shows where it stopped.
    const std::int64_t paused = workerStep();
    EXPECT_EQ(workerStep(), paused);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == paused; }, 3000));

    action("actionReset")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 0; }, 3000));
}

TEST_F(MainWindowTest, SpaceKeyTogglesPlay) {
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_TRUE(window->currentSession()->isPlaying());
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_FALSE(window->currentSession()->isPlaying());
}

TEST_F(MainWindowTest, ControlChangedMidRunReachesTheWorker) {
    window->setStepsPerFrame(1);
    action("actionPlayPause")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() > 0; }, 3000));
    demo->learningRateBox()->setValue(0.0375);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown() && shown()->learningRate == 0.0375; }, 3000));
    EXPECT_TRUE(window->currentSession()->isPlaying());  // a live change, no restart
}

TEST_F(MainWindowTest, ShapeChangeRestartsTheRunAndSaysSo) {
    window->currentSession()->step(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 20; }, 3000));
    demo->batchSizeBox()->setValue(32);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown() && shown()->batchSize == 32; }, 3000));
    EXPECT_EQ(shownStep(), 0);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains("starts again"));
}

TEST_F(MainWindowTest, DivergencePausesShowsABannerAndDrawsNothingNonFinite) {
    demo->learningRateBox()->setValue(3.0);  // far above 2 / 9
    window->setStepsPerFrame(0);
    action("actionPlayPause")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->divergenceMessage().isEmpty(); }, 5000));
    EXPECT_FALSE(window->currentSession()->isPlaying());
    EXPECT_TRUE(window->divergenceMessage().contains("diverged"));
    EXPECT_TRUE(window->divergenceMessage().contains("Gradient descent (demo)"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown() && shown()->diverged; }, 3000));
    for (auto* chart : demo->charts())
        for (int s = 0; s < chart->seriesCount(); ++s)
            for (const QPointF& p : chart->points(s))
                ASSERT_TRUE(std::isfinite(p.x()) && std::isfinite(p.y()));

    demo->learningRateBox()->setValue(0.02);
    action("actionReset")->trigger();
    EXPECT_TRUE(window->divergenceMessage().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 0 && !shown()->diverged; }, 3000));
}

TEST_F(MainWindowTest, ChartDrawsTheCurrentPointWhereTheAxesSayItIs) {
    window->currentSession()->step(40);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 40; }, 3000));
    normlab::app::ChartView* chart = demo->pathChart();
    // The marker is green (0x2ca02c); the background is white. Waits for the
    // chart to have laid out the frame, not for a time.
    const auto markerIsGreen = [chart] {
        const QPointF last = chart->points(1).last();
        const QPoint at = chart->mapToWidget(last, 1).toPoint();
        const QImage image = chart->grab().toImage();
        const QColor pixel = image.pixelColor(at * image.devicePixelRatio());
        return pixel.green() > pixel.red() + 40 && pixel.green() > pixel.blue() + 40;
    };
    EXPECT_TRUE(QTest::qWaitFor(markerIsGreen, 3000));
}

TEST_F(MainWindowTest, ExportsPngAtScaleSvgAndCsvAtomically) {
    window->currentSession()->step(10);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 10; }, 3000));
    normlab::app::ChartView* chart = demo->lossChart();
    QString error;
    const QString png = dir.filePath("loss.png");
    ASSERT_TRUE(chart->exportPng(png, 2, &error)) << error.toStdString();
    const QImage image(png);
    const QImage reference = chart->renderImage(1);
    EXPECT_EQ(image.width(), 2 * reference.width());
    EXPECT_EQ(image.height(), 2 * reference.height());

    const QString svg = dir.filePath("loss.svg");
    ASSERT_TRUE(chart->exportSvg(svg, &error)) << error.toStdString();
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains("<svg"));

    const QString csv = dir.filePath("metrics.csv");
    ASSERT_TRUE(window->exportMetricsCsv(csv, &error)) << error.toStdString();
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    EXPECT_EQ(lines.first(), "step,batch_loss,w1,w2");
    EXPECT_TRUE(lines.last().isEmpty());
    EXPECT_GE(lines.size(), 3);

    // A path that cannot be written: an error naming it, and no file.
    const QString bad = dir.filePath("missing-folder/loss.png");
    EXPECT_FALSE(chart->exportPng(bad, 1, &error));
    EXPECT_TRUE(error.contains(bad));
    EXPECT_FALSE(QFile::exists(bad));
}

TEST_F(MainWindowTest, CtrlCCopiesTheChartInFrontToTheClipboard) {
    window->currentSession()->step(10);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 10; }, 3000));
    QApplication::clipboard()->clear();
    ASSERT_EQ(window->chartInFront(), demo->lossChart());
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([] { return !QApplication::clipboard()->image().isNull(); }, 3000));
    const QImage copied = QApplication::clipboard()->image();
    const QImage reference = demo->lossChart()->renderImage(1);
    EXPECT_EQ(copied.width(), 2 * reference.width());
    EXPECT_EQ(copied.height(), 2 * reference.height());
}

TEST_F(MainWindowTest, RecordsTheViewInFrontAsAnAnimatedGif) {
    normlab::app::GifRecording* recording = window->gifRecording();
    normlab::app::GifRecorder* recorder = recording->recorder();
    const QString path = dir.filePath("run.gif");
    recording->setPathChooser([&] { return path; });
    ASSERT_EQ(window->viewInFront(), demo->lossChart());
    action("actionRecordGif")->trigger();
    ASSERT_TRUE(recorder->isRecording());
    // Frames taken when the run has moved on (the timer takes more on its own).
    for (int i = 1; i <= 3; ++i) {
        window->currentSession()->step(10);
        ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 10 * i; }, 3000));
        QApplication::processEvents();
        recorder->captureFrame();
    }
    const QImage last = demo->lossChart()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QSignalSpy ended(recording, &normlab::app::GifRecording::writingEnded);
    action("actionRecordGif")->trigger();  // stops and writes the file on a worker
    EXPECT_FALSE(recorder->isRecording());
    ASSERT_TRUE(ended.wait(10000));
    EXPECT_TRUE(recording->lastMessage().contains(path));
    EXPECT_TRUE(action("actionRecordGif")->isEnabled());

    QImageReader reader(path);
    ASSERT_TRUE(reader.canRead()) << reader.errorString().toStdString();
    EXPECT_EQ(reader.loopCount(), -1);
    QImage frame, lastRead;
    int frames = 0;
    while (!(frame = reader.read()).isNull()) {
        ++frames;
        lastRead = frame.convertToFormat(QImage::Format_RGB32);
    }
    EXPECT_GE(frames, 2);  // the loss curve grew between the frames
    ASSERT_EQ(lastRead.size(), recorder->frameSize());
    ASSERT_EQ(lastRead.size(), last.size());
    // The last frame is the chart as it was shown, up to palette rounding.
    int close = 0;
    for (int y = 0; y < last.height(); ++y)
        for (int x = 0; x < last.width(); ++x) {
            const QRgb a = last.pixel(x, y), b = lastRead.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                    std::abs(qBlue(a) - qBlue(b)) <= 60)
                ++close;
        }
    EXPECT_GE(close, 0.98 * last.width() * last.height());

    // A long recording: while it is written the action waits; the dialog's
    // Cancel stops the encoding and no file is left.
    const QString cancelled = dir.filePath("cancelled.gif");
    recording->setPathChooser([&] { return cancelled; });
    action("actionRecordGif")->trigger();
    ASSERT_TRUE(recorder->isRecording());
    for (int i = 0; i < 150; ++i) recorder->captureFrame();
    ended.clear();
    action("actionRecordGif")->trigger();
    ASSERT_NE(recording->progressDialog(), nullptr);
    EXPECT_FALSE(action("actionRecordGif")->isEnabled());
    auto* cancelButton = recording->progressDialog()->findChild<QPushButton*>();
    ASSERT_NE(cancelButton, nullptr);
    cancelButton->click();
    ASSERT_TRUE(ended.wait(10000));
    EXPECT_FALSE(recording->lastMessage().contains(cancelled));
    EXPECT_FALSE(QFile::exists(cancelled));
    EXPECT_TRUE(action("actionRecordGif")->isEnabled());
    EXPECT_EQ(recording->progressDialog(), nullptr);
}

TEST_F(MainWindowTest, SavedExperimentLoadsBackIntoTheControls) {
    demo->learningRateBox()->setValue(0.0425);
    demo->batchSizeBox()->setValue(64);
    const QString path = dir.filePath("demo.json");
    QString error;
    ASSERT_TRUE(window->saveExperimentFile(path, &error)) << error.toStdString();

    demo->learningRateBox()->setValue(0.3);
    demo->batchSizeBox()->setValue(8);
    ASSERT_TRUE(window->openExperimentFile(path, &error)) << error.toStdString();
    EXPECT_DOUBLE_EQ(demo->learningRateBox()->value(), 0.0425);
    EXPECT_EQ(demo->batchSizeBox()->value(), 64);
    // The run restarted with the loaded settings.
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown() && shown()->batchSize == 64; }, 3000));
    EXPECT_EQ(shown()->learningRate, 0.0425);
}

TEST_F(MainWindowTest, BadExperimentFileLeavesTheSessionUntouched) {
    window->currentSession()->step(12);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 12; }, 3000));
    demo->learningRateBox()->setValue(0.05);
    const QString path = dir.filePath("bad.json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "normlab-experiment", "version": 1, "kind": "feature-scaling",
                  "params": {"lr": -4}})");
    file.close();
    QString error;
    EXPECT_FALSE(window->openExperimentFile(path, &error));
    EXPECT_TRUE(error.contains("lr")) << error.toStdString();
    EXPECT_FALSE(window->openExperimentFile(dir.filePath("nope.json"), &error));
    EXPECT_FALSE(error.isEmpty());
    // Valid settings, but the data file they name is gone.
    const QString gone = dir.filePath("gone.json");
    QFile goneFile(gone);
    ASSERT_TRUE(goneFile.open(QIODevice::WriteOnly));
    goneFile.write(R"({"format": "normlab-experiment", "version": 1, "kind": "feature-scaling",
                      "params": {"dataset": "csv", "data_path": "/nonexistent/houses.csv",
                                 "csv_feature1": "a", "csv_feature2": "b", "csv_target": "y"}})");
    goneFile.close();
    EXPECT_FALSE(window->openExperimentFile(gone, &error));
    EXPECT_TRUE(error.contains("/nonexistent/houses.csv")) << error.toStdString();
    EXPECT_EQ(window->currentPage(), demo);
    EXPECT_EQ(workerStep(), 12);  // not rebuilt: the run is where it was
    EXPECT_EQ(shownStep(), 12);
    EXPECT_DOUBLE_EQ(demo->learningRateBox()->value(), 0.05);
    window->currentSession()->step(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() == 13; }, 3000));
}

TEST_F(MainWindowTest, SettingsRoundTripControlsTabAndSpeed) {
    demo->learningRateBox()->setValue(0.0625);
    window->setStepsPerFrame(50);
    window->setCurrentPage(window->pages()[1]);
    QSettings settings(dir.filePath("normlab.ini"), QSettings::IniFormat);
    window->saveSettings(settings);
    settings.sync();

    auto* demo2 = new DescentDemoPage;
    MainWindow restored({demo2, new normlab::app::FeatureScalingPage});
    QSettings read(dir.filePath("normlab.ini"), QSettings::IniFormat);
    restored.restoreSettings(read);
    EXPECT_DOUBLE_EQ(demo2->learningRateBox()->value(), 0.0625);
    EXPECT_EQ(restored.stepsPerFrame(), 50);
    EXPECT_EQ(restored.currentPage(), restored.pages()[1]);
}

// A lab whose engine is not wired in yet, as every placeholder page is built.
class PlaceholderPage : public normlab::app::UpcomingLabPage {
  public:
    PlaceholderPage() {
        QLabel* label = nullptr;
        addDoubleSpinBox(QStringLiteral("learningRate"), 0.001, 1.0, 0.1, 3, &label);
        label->setText(QStringLiteral("Learning rate:"));
        setNotice(QStringLiteral("Coming in the next build"), QStringLiteral("Soon: a lab."));
    }
    [[nodiscard]] QString labId() const override { return QStringLiteral("placeholder"); }
    [[nodiscard]] QString title() const override { return QStringLiteral("Placeholder"); }
};

TEST_F(MainWindowTest, UnbuiltLabShowsDisabledControlsAndANotice) {
    auto* placeholder = new PlaceholderPage;
    MainWindow withPlaceholder({new DescentDemoPage, placeholder});
    withPlaceholder.show();
    withPlaceholder.setCurrentPage(placeholder);
    EXPECT_FALSE(withPlaceholder.findChild<QAction*>("actionPlayPause")->isEnabled());
    EXPECT_EQ(withPlaceholder.currentSession(), nullptr);
    bool hasNotice = false;
    for (const QLabel* label : placeholder->findChildren<QLabel*>())
        hasNotice = hasNotice || label->text().contains("Coming");
    EXPECT_TRUE(hasNotice);
    for (QWidget* w : placeholder->findChildren<QWidget*>()) {
        if (w->objectName() == "learningRate") {
            EXPECT_FALSE(w->isEnabled());
        }
    }
}

TEST_F(MainWindowTest, PresentationModeScalesFontsAndReturns) {
    const qreal normal = QApplication::font().pointSizeF();
    window->setPresentationMode(true);
    QApplication::processEvents();
    EXPECT_NEAR(QApplication::font().pointSizeF(), normal * 1.5, 0.01);
    EXPECT_NEAR(demo->learningRateBox()->font().pointSizeF(), normal * 1.5, 0.01);
    window->setPresentationMode(false);
    EXPECT_NEAR(QApplication::font().pointSizeF(), normal, 0.01);
}

TEST(MainWindowStartup, PresentationModeAtStartLaysOutEveryBarForTheLargerFont) {
    // As when the last session ended in presentation mode: the mode is set
    // while the window is first shown, at the screen's size, so no later
    // resize comes to lay the bars out again for the larger font.
    MainWindow window;
    window.resize(window.screen()->size());
    window.show();
    window.setPresentationMode(true);
    // A plain event loop, as in the app: QTest's waits lay out pending
    // widgets themselves and would hide the fault.
    QEventLoop loop;
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_GE(window.menuBar()->height(), window.menuBar()->sizeHint().height());
    bool sawSpeed = false;
    for (const QLabel* label : window.findChildren<QToolBar*>().first()->findChildren<QLabel*>()) {
        if (!label->text().contains("Speed")) continue;
        sawSpeed = true;
        EXPECT_GE(label->width(), label->sizeHint().width());
    }
    EXPECT_TRUE(sawSpeed);
    window.setPresentationMode(false);
}

TEST_F(MainWindowTest, KoreanTranslationRetranslatesTheShell) {
    ASSERT_TRUE(window->setLanguage("ko"));
    QApplication::processEvents();
    EXPECT_NE(action("actionQuit")->text(), QStringLiteral("&Quit"));
    EXPECT_NE(window->pages()[1]->title(), QStringLiteral("Feature scaling"));
    ASSERT_TRUE(window->setLanguage("en"));
    QApplication::processEvents();
    EXPECT_EQ(action("actionQuit")->text(), QStringLiteral("&Quit"));
}

TEST_F(MainWindowTest, AStatusMessageShownBeforeALanguageSwitchIsShownInTheNewLanguage) {
    const QString path = dir.filePath("demo.json");
    QString error;
    ASSERT_TRUE(window->saveExperimentFile(path, &error)) << error.toStdString();
    const QString english = window->statusBar()->currentMessage();
    EXPECT_EQ(english, MainWindow::tr("Saved %1").arg(path));
    ASSERT_TRUE(window->setLanguage("ko"));
    const QString korean = MainWindow::tr("Saved %1").arg(path);
    EXPECT_NE(korean, english) << "no Korean translation for the message";
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->statusBar()->currentMessage() == korean; },
                                3000))
        << window->statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(window->setLanguage("en"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->statusBar()->currentMessage() == english; },
                                3000));
}

TEST_F(MainWindowTest, ClosingMidRunStopsWithinASecond) {
    window->setStepsPerFrame(0);
    action("actionPlayPause")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownStep() > 100; }, 3000));
    QElapsedTimer clock;
    clock.start();
    EXPECT_TRUE(window->close());
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_TRUE(window->currentSession()->isStopped());
    clock.restart();
    window.reset();
    EXPECT_LT(clock.elapsed(), 1000);
}

}  // namespace
