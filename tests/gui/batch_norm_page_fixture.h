#pragma once
// The batch-normalization lab alone in a window, on two moons with small
// networks and a checkpoint every 10 steps, so a run takes about a second:
// the set-up of the tests of the lab's page and of its normalised twin.

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

    BatchNormPage* page = nullptr;  // owned by the window
    std::unique_ptr<MainWindow> window;
};

}  // namespace normlab::app::test
