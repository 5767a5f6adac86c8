#pragma once
// The batch-normalization lab alone in a window, on two moons with small
// networks and a checkpoint every 10 steps, so a run takes about a second:
// the set-up of the tests of the lab's page and of its normalised twin, and
// their ways to run it.

#include <gtest/gtest.h>

#include <QList>
#include <QTest>
#include <memory>

#include "app/labs/batch_norm_page.h"
#include "app/main_window.h"
#include "session/experiment_config.h"

namespace normlab::app::test {

inline session::ExperimentConfig smallTwinConfig() {
    session::ExperimentConfig c = session::ExperimentConfig::defaults(QStringLiteral("bn-twin"));
    c.setValue("dataset", "moons");
    c.setValue("train_samples", 400);
    c.setValue("depth", 2);
    c.setValue("width", 16);
    c.setValue("batch_size", 32);
    c.setValue("eval_interval", 10);
    c.setValue("lr", 0.5);
    return c;
}

class BatchNormPageFixture : public ::testing::Test {
  protected:
    void SetUp() override {
        page = new BatchNormPage;
        page->applyExperimentConfig(smallTwinConfig());
        window = std::make_unique<MainWindow>(QList<LabPage*>{page});
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override { window.reset(); }

    // Runs `steps` more steps and waits until they are on screen.
    void run(qint64 steps) {
        const qint64 target = (page->lastRendered() ? page->lastRendered()->step : 0) + steps;
        window->currentSession()->step(steps);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return page->lastRendered() && page->lastRendered()->step >= target; }, 10000))
            << "only reached step " << (page->lastRendered() ? page->lastRendered()->step : -1);
    }

    // Steps one at a time, each waited for on screen, until `done` holds.
    template <typename Done>
    bool stepUntil(Done done, int maxSteps = 300) {
        for (int i = 0; i < maxSteps && !done(); ++i) {
            const auto before = page->lastRendered();
            window->currentSession()->step(1);
            if (!QTest::qWaitFor([&] { return page->lastRendered() != before; }, 5000)) break;
        }
        return done();
    }

    BatchNormPage* page = nullptr;  // owned by the window
    std::unique_ptr<MainWindow> window;
};

}  // namespace normlab::app::test
