// The initialisation-sensitivity panel on a small synthetic set: its chart
// fills with both models, cancel stops every thread and keeps what finished.

#include "app/labs/init_sweep_panel.h"

#include <gtest/gtest.h>

#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <cmath>

#include "app/charts/labelled_axis_chart.h"
#include "app/charts/model_palette.h"
#include "app/widgets/field_binding.h"
#include "session/experiment_config.h"
#include "session/sweep_session.h"

namespace {

using normlab::app::FieldBinding;
using normlab::app::InitSweepPanel;
using normlab::core::InitSweepResult;
using normlab::session::ExperimentConfig;
using normlab::session::SweepPointState;

ExperimentConfig smallTwin() {
    ExperimentConfig c = ExperimentConfig::defaults(QStringLiteral("bn-twin"));
    c.setValue(QStringLiteral("dataset"), QStringLiteral("moons"));
    c.setValue(QStringLiteral("train_samples"), 400);
    c.setValue(QStringLiteral("depth"), 2);
    c.setValue(QStringLiteral("width"), 16);
    c.setValue(QStringLiteral("batch_size"), 32);
    return c;
}

class InitSweepPanelTest : public ::testing::Test {
  protected:
    void SetUp() override {
        panel = std::make_unique<InitSweepPanel>();
        panel->resize(1100, 600);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        panel->setBaseConfig(smallTwin());
    }
    template <typename T>
    T* child(const char* name) const {
        auto* w = panel->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    // Idle, and the chart shows the idle sweep.
    bool waitIdle(int ms = 30000) {
        return QTest::qWaitFor(
            [&] { return !panel->isRunning() && panel->shownSweep() && panel->shownSweep()->idle; },
            ms);
    }
    std::unique_ptr<InitSweepPanel> panel;
};

TEST_F(InitSweepPanelTest, ChartFillsWithBothModelsPerStd) {
    child<QDoubleSpinBox>("initStdMin")->setValue(0.01);
    child<QDoubleSpinBox>("initStdMax")->setValue(1.0);
    child<QDoubleSpinBox>("initStdCount")->setValue(3);
    child<QDoubleSpinBox>("steps")->setValue(150);
    EXPECT_EQ(panel->stds(), (QList<double>{0.01, 0.1, 1.0}));
    child<QPushButton>("initSweepRunButton")->click();
    ASSERT_TRUE(panel->isRunning());
    ASSERT_TRUE(waitIdle());

    const QList<QPointF> bn = panel->chart()->points(panel->bnSeries());
    const QList<QPointF> plain = panel->chart()->points(panel->plainSeries());
    ASSERT_EQ(bn.size(), 3);
    ASSERT_EQ(plain.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const InitSweepResult& r = *panel->shownSweep()->initResult(i);
        EXPECT_NEAR(bn[i].x(), std::log10(r.initStd), 1e-12);
        EXPECT_NEAR(bn[i].y(), 100.0 * r.bnTestAccuracy, 1e-9);
        EXPECT_NEAR(plain[i].y(), 100.0 * r.plainTestAccuracy, 1e-9);
    }
    const QImage image = panel->chart()->grab().toImage();
    const QPoint at = panel->chart()->mapToWidget(bn[1], panel->bnSeries()).toPoint();
    bool found = false;
    for (int dy = -3; dy <= 3 && !found; ++dy)
        for (int dx = -3; dx <= 3 && !found; ++dx) {
            const QColor c = image.pixelColor(at + QPoint(dx, dy));
            // BN in the colour it has in every other view of the lab.
            const QColor bn = normlab::app::bnColor();
            found = std::abs(c.red() - bn.red()) + std::abs(c.green() - bn.green()) +
                        std::abs(c.blue() - bn.blue()) <
                    40;
        }
    EXPECT_TRUE(found);
    // Two rows (bn, plain) per std after the header.
    EXPECT_EQ(panel->resultsCsv().count(QLatin1Char('\n')), 7);
}

TEST_F(InitSweepPanelTest, CancelStopsEveryThreadAndKeepsFinishedPoints) {
    child<QDoubleSpinBox>("initStdCount")->setValue(4);
    child<QDoubleSpinBox>("steps")->setValue(20);
    ASSERT_TRUE(panel->run());
    ASSERT_TRUE(waitIdle(10000));
    const QString finished = panel->resultsCsv();

    // Longer runs this time; the first finished sweep is replaced by a new one.
    child<QDoubleSpinBox>("steps")->setValue(100000);
    ASSERT_TRUE(panel->run());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return panel->shownSweep()->size() > 0 &&
                   panel->shownSweep()->points[0].state == SweepPointState::Running;
        },
        5000));
    child<QPushButton>("initSweepCancelButton")->click();
    ASSERT_TRUE(waitIdle(5000));
    panel->sweep()->wait();
    EXPECT_EQ(panel->sweep()->runner().activeWorkers(), 0);
    for (const auto& p : panel->shownSweep()->points)
        EXPECT_EQ(p.state, SweepPointState::Cancelled);
    EXPECT_TRUE(child<QPushButton>("initSweepRunButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("initSweepCancelButton")->isEnabled());
    // Nothing of the cancelled sweep finished, so nothing is drawn or exported.
    EXPECT_EQ(finished.count(QLatin1Char('\n')), 9);
    EXPECT_TRUE(panel->chart()->points(panel->bnSeries()).isEmpty());
    EXPECT_TRUE(panel->resultsCsv().isEmpty());
}

TEST_F(InitSweepPanelTest, SweepConfigSaveOpenSaveIsByteIdenticalAndKeepsTypedStds) {
    // A list no log spacing makes, typed as a user would.
    QLineEdit* list = panel->field(QStringLiteral("init_stds"))->lineEdit();
    list->setText(QStringLiteral("0.0137, 0.5, 2.71828"));
    Q_EMIT list->editingFinished();
    child<QDoubleSpinBox>("steps")->setValue(123);
    child<QDoubleSpinBox>("seeds")->setValue(2);
    EXPECT_EQ(panel->stds(), (QList<double>{0.0137, 0.5, 2.71828}));
    // The boxes that fill the list show its ends and length.
    EXPECT_EQ(child<QDoubleSpinBox>("initStdMin")->value(), 0.0137);
    EXPECT_EQ(child<QDoubleSpinBox>("initStdMax")->value(), 2.71828);
    EXPECT_EQ(child<QDoubleSpinBox>("initStdCount")->value(), 3.0);

    const ExperimentConfig saved = panel->sweepConfig();
    EXPECT_EQ(saved.kind, QStringLiteral("init-sweep"));
    EXPECT_NO_THROW(saved.validate());
    EXPECT_EQ(saved.getInt(QStringLiteral("width")), 16) << "the BN lab's network";
    const QByteArray json = saved.toJson();
    InitSweepPanel reopened;
    reopened.setBaseConfig(smallTwin());
    reopened.openConfig(ExperimentConfig::fromJson(json));
    EXPECT_EQ(reopened.sweepConfig().toJson(), json);
    EXPECT_EQ(reopened.stds(), panel->stds());
}

TEST_F(InitSweepPanelTest, AStdOrCountOutsideTheSchemaIsRefusedWithItsMessage) {
    const QList<double> before = panel->stds();
    child<QDoubleSpinBox>("initStdMin")->setValue(1e-6);  // the schema allows 1e-4 and up
    EXPECT_EQ(panel->stds(), before);
    FieldBinding* list = panel->field(QStringLiteral("init_stds"));
    EXPECT_TRUE(list->error().contains(QStringLiteral("init_stds"))) << list->error().toStdString();
    EXPECT_FALSE(list->errorLabel()->isHidden());
    EXPECT_EQ(child<QDoubleSpinBox>("initStdMin")->value(), before.first()) << "back to the list";
    child<QDoubleSpinBox>("initStdCount")->setValue(40);
    EXPECT_EQ(panel->stds(), before);
    EXPECT_FALSE(child<QLabel>("initStdCountError")->isHidden());
    // A value the schema accepts is applied and clears the refusal.
    child<QDoubleSpinBox>("initStdMin")->setValue(0.01);
    EXPECT_EQ(panel->stds().first(), 0.01);
    EXPECT_TRUE(list->errorLabel()->isHidden());
}

}  // namespace
