#pragma once
// The lr x B map read as "tuned learning rate per batch size": for each batch
// size the rate of the map that gave its best mean test accuracy, and the
// rates at which every run trained (none diverged or stayed near chance).
// The lesson's sentence about it names only these measured numbers.

#include <QList>
#include <QString>

namespace normlab::app {

// One cell of the map: one batch size at one learning rate, its seeds.
struct LrCell {
    int batchSize = 0;
    double learningRate = 0;
    QList<double> accuracies;  // % test accuracy of the runs that did not diverge
    int diverged = 0;
    int underTrained = 0;      // among `accuracies`: training stayed near chance
    // Every run of the cell trained: none diverged or stayed near chance.
    [[nodiscard]] bool trained() const {
        return diverged == 0 && underTrained == 0 && !accuracies.isEmpty();
    }
};

struct TunedBatchSize {
    int batchSize = 0;
    double bestLearningRate = 0;
    double bestAccuracy = 0;  // mean over the best cell's seeds, %
    int rates = 0;            // cells of this batch size in the map
    int trainedRates = 0;     // of them, cells where every run trained
    double lowestTrainedRate = 0;
    double highestTrainedRate = 0;
};

// In ascending batch size; a batch size none of whose cells trained is left out.
[[nodiscard]] QList<TunedBatchSize> tunedByBatchSize(const QList<LrCell>& cells);

// Sentences about the tuned accuracies: the best batch size, the best of
// B = 8-32 against the largest batch, and how the trained range of rates
// changes with B. Empty when fewer than two batch sizes trained.
[[nodiscard]] QString tunedLrText(const QList<TunedBatchSize>& tuned);

}  // namespace normlab::app
