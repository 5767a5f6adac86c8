// The batch-size lab's small-batch view driven through its buttons on a
// small synthetic set: a norm-vs-batch sweep run in the window, the charts
// it fills, the statement computed from it, cancel and refusals.

#include "app/labs/batch_size/small_batch_view.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <iostream>

#include "app/charts/labelled_axis_chart.h"
#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/batch_size/run_table_view.h"
#include "app/main_window.h"
#include "app/widgets/bound_form.h"
#include "app/widgets/field_binding.h"
#include "session/sweep_session.h"

namespace {

using normlab::app::SmallBatchView;
using normlab::core::NormSeries;
using normlab::session::ExperimentConfig;

// Two moons, a 16-unit MLP: each run takes a fraction of a second.
ExperimentConfig smallConfig() {
    ExperimentConfig c = ExperimentConfig::defaults(QStringLiteral("norm-vs-batch"));
    c.setValue("dataset", "moons");
    c.setValue("train_samples", 300);
    c.setValue("model", "mlp");
    c.setValue("depth", 2);
    c.setValue("width", 16);
    c.setValue("normalisers", "batch,group,none");
    c.setValue("groups", 4);
    c.setValue("batch_sizes", QJsonArray{2, 16});
    c.setValue("epochs", 2.0);
    c.setValue("base_lr", 0.01);
    c.setValue("gap_batches", 5);
    c.setValue("seeds", 2);
    return c;
}

class SmallBatchViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        view = std::make_unique<SmallBatchView>();
        view->resize(1100, 700);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        view->apply(smallConfig());
    }
    void TearDown() override { view.reset(); }
    QPushButton* button(const char* name) const {
        return view->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    void runToEnd() {
        button("smallBatchRunButton")->click();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !view->isRunning() && view->shownSweep() && view->shownSweep()->idle &&
                         view->shownSweep()->size() > 0; },
            60000));
        view->sweep()->publishNow();
        QCoreApplication::processEvents();
    }
    std::unique_ptr<SmallBatchView> view;
};

TEST_F(SmallBatchViewTest, OpensOnTheShippedPresetWithNothingMeasured) {
    SmallBatchView fresh;
    EXPECT_EQ(fresh.config().getString("normalisers"), "none,batch,layer,group");
    EXPECT_EQ(fresh.config().getString("model"), "cnn");
    EXPECT_TRUE(fresh.verdictText().contains("No measurement yet"));
}

TEST_F(SmallBatchViewTest, ASweepFillsBothChartsAndTheStatementIsComputedFromIt) {
    runToEnd();
    const auto& summary = view->summary();
    // 3 normalisers x 2 sizes x 2 seeds, BN also with batch statistics.
    EXPECT_EQ(view->shownSweep()->size(), 12);
    for (NormSeries s : {NormSeries::BatchRunning, NormSeries::BatchBatchStats, NormSeries::Group,
                         NormSeries::None})
        for (int b : {2, 16}) {
            ASSERT_NE(summary.at(s, b), nullptr);
            EXPECT_EQ(summary.at(s, b)->count, 2);
        }
    EXPECT_EQ(summary.runningGap.size(), 2u);  // both hidden layers carry batch norm
    const auto& v = summary.verdict;
    ASSERT_TRUE(v.valid);
    EXPECT_EQ(v.smallBatch, 2);
    EXPECT_EQ(v.largeBatch, 16);
    const QString text = view->verdictText();
    EXPECT_TRUE(text.contains("Measured at B = 2")) << text.toStdString();
    EXPECT_TRUE(text.contains(view->seriesName(v.leader))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::number(100.0 * v.margin, 'f', 1))) << text.toStdString();
    EXPECT_TRUE(text.contains(v.beyondSpread() ? "larger than the seed spread"
                                               : "within the seed spread"))
        << text.toStdString();
    EXPECT_TRUE(text.contains("running standard deviations")) << text.toStdString();
    EXPECT_TRUE(button("smallBatchRunButton")->isEnabled());
}

TEST_F(SmallBatchViewTest, ARefusedConfigSaysWhyAndRunsNothing) {
    ExperimentConfig c = smallConfig();
    c.setValue("normalisers", "batch,grup");
    view->apply(c);
    EXPECT_FALSE(view->run());
    EXPECT_TRUE(view->statusLine().contains("grup")) << view->statusLine().toStdString();
    EXPECT_TRUE(view->statusLine().contains("did you mean")) << view->statusLine().toStdString();
    EXPECT_FALSE(view->isRunning());
}

TEST_F(SmallBatchViewTest, CancelStopsTheSweepAndFreesTheRunButton) {
    ExperimentConfig c = smallConfig();
    c.setValue("epochs", 50.0);  // long enough to be cancelled mid-way
    view->apply(c);
    ASSERT_TRUE(view->run());
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->sweep()->snapshot()->count(
                                                 normlab::session::SweepPointState::Running) > 0; },
                                10000));
    button("smallBatchCancelButton")->click();
    // The buttons follow the session's idle signal.
    ASSERT_TRUE(QTest::qWaitFor([&] { return button("smallBatchRunButton")->isEnabled(); }, 20000));
    EXPECT_FALSE(view->isRunning());
    EXPECT_FALSE(button("smallBatchCancelButton")->isEnabled());
    EXPECT_TRUE(view->statusLine().startsWith("Cancel")) << view->statusLine().toStdString();
}

TEST(SmallBatchViewInPage, IsATabAndTakesNormVsBatchFiles) {
    normlab::app::BatchSizePage page;
    EXPECT_TRUE(page.experimentKinds().contains("norm-vs-batch"));
    ExperimentConfig c = smallConfig();
    c.setValue("seeds", 4);
    page.applyExperimentConfig(c);
    EXPECT_EQ(page.currentView(), "small-batch");
    EXPECT_EQ(page.smallBatchView()->config().getInt("seeds"), 4);
    EXPECT_TRUE(page.charts().contains(page.smallBatchView()->errorChart()));
    // The page's own controls keep their names for their own fields.
    EXPECT_NE(page.findChild<QWidget*>("smallBatch_seeds"), nullptr);
}


// At 1280x800 in presentation mode the view's charts get most of the window
// (below the menu, tool bar, two rows of tabs and the statement): the main
// sweep's controls and run table step aside while it is in front, and come
// back with the main sweep's views. With them beside it the charts were 440
// of 800 px high (and 500 of 1280 wide, with the lesson hidden).
TEST(SmallBatchViewInPage, ChartsTakeMostOfTheWindowInPresentationMode) {
    normlab::app::MainWindow window;
    window.setSavesSettingsOnClose(false);
    normlab::app::BatchSizePage* page = nullptr;
    for (auto* p : window.pages())
        if (auto* b = qobject_cast<normlab::app::BatchSizePage*>(p)) page = b;
    ASSERT_NE(page, nullptr);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.setPresentationMode(true);
    window.setCurrentPage(page);
    ASSERT_TRUE(page->showView(QStringLiteral("small-batch")));
    // From the error chart's top left to the gap chart's bottom right.
    const auto chartsSize = [&] {
        const QList<normlab::app::ChartView*> charts = page->smallBatchView()->charts();
        const QWidget* last = charts.last();
        const QPoint span = last->mapTo(&window, QPoint(last->width(), last->height())) -
                            charts.first()->mapTo(&window, QPoint(0, 0));
        return QSize(span.x(), span.y());
    };
    const auto large = [&] {
        return window.size() == QSize(1280, 800) && chartsSize().height() >= 0.6 * 800;
    };
    const bool tall = QTest::qWaitFor(large, 5000);
    const QString measured = QStringLiteral("small-batch charts at 1280x800, presentation: %1x%2 px")
                                 .arg(chartsSize().width())
                                 .arg(chartsSize().height());
    std::cout << measured.toStdString() << '\n';
    EXPECT_TRUE(tall) << measured.toStdString();
    EXPECT_FALSE(page->runTable()->isVisible());
    EXPECT_FALSE(page->controlsPanel()->isVisible());

    ASSERT_TRUE(page->showView(QStringLiteral("accuracy")));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return page->runTable()->isVisible() && page->controlsPanel()->isVisible(); }, 5000));
    window.setPresentationMode(false);
}

}  // namespace
