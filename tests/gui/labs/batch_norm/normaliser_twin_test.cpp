// The batch-normalization lab with layer or group norm as the normalised
// twin: the control, the saved file, what the views call the network, and
// that layer norm's inputs also stay in the sigmoid's linear band.

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include "app/chart_view.h"
#include "app/labs/batch_norm/bn_chart.h"
#include "app/labs/batch_norm/bn_controls.h"
#include "app/labs/batch_norm/linear_region_view.h"
#include "app/labs/batch_norm/sigmoid_input_view.h"
#include "app/labs/batch_norm_page.h"
#include "app/main_window.h"
#include "app/widgets/bound_form.h"
#include "app/widgets/field_binding.h"
#include "../../batch_norm_page_fixture.h"

namespace {

using normlab::app::BatchNormPage;
using normlab::app::MainWindow;
using normlab::core::NormKind;
using normlab::core::TwinTrainer;
using normlab::session::ExperimentConfig;

using normlab::app::test::BatchNormPageFixture;
using normlab::app::test::smallTwinConfig;

class NormaliserTwinTest : public BatchNormPageFixture {
  protected:
    QComboBox* normaliserCombo() const {
        return page->controls()->field("normaliser")->comboBox();
    }
    // Steps the current session until a frame of a run with `kind` at `steps` is shown.
    void runUntil(NormKind kind, qint64 steps) {
        window->currentSession()->step(steps);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto s = page->lastRendered();
                return s && s->config.normaliser == kind && s->step >= steps;
            },
            10000));
    }
};

TEST_F(NormaliserTwinTest, ChoosingLayerNormStartsANewRunAndTheViewsNameIt) {
    QSignalSpy restart(page->controls(), &normlab::app::BnControls::restartNeeded);
    normaliserCombo()->setCurrentIndex(normaliserCombo()->findData("layer"));
    ASSERT_EQ(restart.count(), 1);
    EXPECT_TRUE(restart.first().first().toString().contains("Layer norm"));
    EXPECT_EQ(page->controls()->config().getString("normaliser"), "layer");
    // The groups row is group norm's alone.
    EXPECT_FALSE(page->controls()->field("groups")->widget()->isVisible());
    runUntil(NormKind::Layer, 20);
    const auto s = page->lastRendered();
    EXPECT_EQ(s->models[TwinTrainer::kBn].normaliser, NormKind::Layer);

    page->tabs()->setCurrentWidget(page->sigmoidView());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return page->sigmoidView()->chart(TwinTrainer::kBn)->title() == "With LN"; }, 5000))
        << page->sigmoidView()->chart(TwinTrainer::kBn)->title().toStdString();
    EXPECT_EQ(page->sigmoidView()->chart(TwinTrainer::kPlain)->title(), QString("Plain (no LN)"));

    // Layer norm keeps the sigmoid inputs in the linear band too, each
    // example by its own statistics; the N(0, 1) plain twin does not.
    page->tabs()->setCurrentWidget(page->regionView());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->regionView()->readout(TwinTrainer::kBn).linear > 0; }, 5000));
    EXPECT_GT(page->regionView()->readout(TwinTrainer::kBn).linear,
              page->regionView()->readout(TwinTrainer::kPlain).linear + 0.2);
    bool saysPerExample = false;
    for (const QLabel* label : page->regionView()->findChildren<QLabel*>())
        saysPerExample |= label->text().contains("LN with γ = 1");
    EXPECT_TRUE(saysPerExample);
}

TEST_F(NormaliserTwinTest, GroupNormShowsItsGroupsAndTheNoisyNetworkIsBatchNormsOnly) {
    normaliserCombo()->setCurrentIndex(normaliserCombo()->findData("group"));
    EXPECT_TRUE(page->controls()->field("groups")->widget()->isVisible());
    EXPECT_FALSE(page->controls()->field("noisy_bn")->checkBox()->isEnabled());
    page->controls()->field("noisy_bn")->checkBox()->setChecked(true);
    EXPECT_FALSE(page->controls()->config().getBool("noisy_bn"));
    EXPECT_NO_THROW(page->controls()->config().validate());
    normaliserCombo()->setCurrentIndex(normaliserCombo()->findData("batch"));
    EXPECT_TRUE(page->controls()->field("noisy_bn")->checkBox()->isEnabled());
    EXPECT_TRUE(page->controls()->config().getBool("noisy_bn"));
}

TEST_F(NormaliserTwinTest, GroupNormRunsAndTheViewsNameIt) {
    ExperimentConfig c = smallTwinConfig();
    c.setValue("normaliser", "group");
    c.setValue("groups", 4);
    page->applyExperimentConfig(c);
    window->restartRun(page);
    runUntil(NormKind::Group, 20);
    EXPECT_GE(page->lastRendered()->models[TwinTrainer::kBn].affine.size(), 2u);  // GN γ, β recorded
    page->tabs()->setCurrentWidget(page->sigmoidView());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return page->sigmoidView()->chart(TwinTrainer::kBn)->title() == "With GN"; }, 5000))
        << page->sigmoidView()->chart(TwinTrainer::kBn)->title().toStdString();
}

TEST_F(NormaliserTwinTest, TheNormaliserIsSavedAndOpenedLosslessly) {
    ExperimentConfig c = smallTwinConfig();
    c.setValue("normaliser", "group");
    c.setValue("groups", 8);
    page->applyExperimentConfig(c);
    const QByteArray saved = page->experimentConfig()->toJson();
    EXPECT_TRUE(saved.contains("\"normaliser\": \"group\""));
    BatchNormPage reopened;
    reopened.applyExperimentConfig(ExperimentConfig::fromJson(saved));
    EXPECT_EQ(reopened.experimentConfig()->toJson(), saved);
    EXPECT_EQ(reopened.experimentConfig()->getInt("groups"), 8);
}

}  // namespace
