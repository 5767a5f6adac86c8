#pragma once
// A finished same-loss comparison read back from the CSV files normlab-cli
// wrote (same_loss.csv, interpolation.csv, slice.csv): what the lab's Same training loss
// view draws, so a bundled result opens instantly and any rerun replaces it.

#include <QList>
#include <QString>

#include "core/lab/loss_slice.h"

namespace normlab::session {

struct SameLossModelRow {
    int seed = 0;
    bool large = false;
    int batchSize = 0;
    double lr = 0;
    double targetTrainLoss = 0;
    bool reachedTarget = false;
    double epochs = 0;
    qint64 updates = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
    double testLoss = 0;
    double testAccuracy = 0;
    double sharpness = 0;
    double trainSeconds = 0;
    double evalSeconds = 0;
};

struct SameLossLinePoint {
    int seed = 0;
    double alpha = 0;
    double trainLoss = 0;
    double testLoss = 0;
};

// One grid point of the 2-D filter-normalised slice around one model: the
// engine's slice point, with the seed and model it was measured around.
struct SameLossSlicePoint : core::SlicePoint {
    int seed = 0;
    bool large = false;
};

struct SameLossResult {
    QList<SameLossModelRow> models;  // small then large, per seed
    QList<SameLossLinePoint> line;
    // slice.csv: per seed and model slicePoints^2 points, b outer, a inner.
    // Empty (slicePoints 0) for a folder written before the slices existed.
    QList<SameLossSlicePoint> slice;
    int slicePoints = 0;
};

// Throws ConfigError naming the file and what is wrong with it.
[[nodiscard]] SameLossResult readSameLossResult(const QString& directory);

}  // namespace normlab::session
