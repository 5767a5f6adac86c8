#pragma once
// A tiny, fast experiment owned by the app for its measurement mode and GUI
// tests: mini-batch SGD on a two-weight linear regression whose features
// differ in scale. It steps in well under a microsecond, so it drives the
// session at full speed and shows what the display pipeline costs.

#include <cstdint>
#include <random>
#include <vector>

#include "core/lab/experiment.h"

namespace normlab::app {

struct DescentDemoSnapshot : core::Snapshot {
    double loss = 0.0;
    double learningRate = 0.0;
    int batchSize = 0;
    // Thinned histories: (step, batch loss) and the weights' path.
    std::vector<double> historySteps;
    std::vector<double> historyLoss;
    std::vector<double> pathW1;
    std::vector<double> pathW2;
};

class DescentDemoExperiment : public core::Experiment {
  public:
    DescentDemoExperiment(double learningRate, int batchSize, std::uint32_t seed = 7);

    void step() override;
    [[nodiscard]] std::int64_t stepsPerEpoch() const override;
    [[nodiscard]] std::shared_ptr<const core::Snapshot> snapshot() const override;
    [[nodiscard]] std::string datasetName() const override;

    // Takes the feature-scaling lab's rate command (same rate for all); refuses a rate <= 0.
    [[nodiscard]] std::optional<core::CommandRefusal> apply(const core::LabCommand& command) override;
    void setLearningRate(double learningRate) { learningRate_ = learningRate; }
    [[nodiscard]] double learningRate() const { return learningRate_; }

  private:
    void record(double loss);

    static constexpr int kSamples = 512;
    static constexpr std::size_t kHistoryCap = 2000;
    std::vector<double> x1_, x2_, y_;
    std::mt19937 rng_;
    double w1_ = -3.0;
    double w2_ = 3.0;
    double learningRate_;
    int batchSize_;
    std::int64_t step_ = 0;
    double lastLoss_ = 0.0;
    std::int64_t recordStride_ = 1;
    std::vector<double> historySteps_, historyLoss_, pathW1_, pathW2_;
};

}  // namespace normlab::app
