#pragma once
// The tables a sweep writes, one definition for the command line's files and
// the window's CSV export: sweep.csv (one row per batch-size run), curves.csv
// (their learning curves), lr_map.csv (one cell per batch size and lr) and
// init_sweep.csv (BN and plain per init std and seed).

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <vector>

#include "session/sweep_snapshot.h"

namespace normlab::session {

struct CsvTable {
    QStringList header;
    QList<QVariantList> rows;
};

// The results of the snapshot's points: finished ones, and with
// `partialToo` also the partial results of cancelled ones (an interrupted
// command-line run writes what it has).
[[nodiscard]] std::vector<const core::BatchSizeResult*> batchResultsOf(const SweepSnapshot& s,
                                                                       bool partialToo);
[[nodiscard]] std::vector<const core::InitSweepResult*> initResultsOf(const SweepSnapshot& s,
                                                                      bool partialToo);

// The BN train-mode column only when some run uses batch norm.
[[nodiscard]] CsvTable batchSweepTable(const std::vector<const core::BatchSizeResult*>& runs);
[[nodiscard]] CsvTable batchCurvesTable(const std::vector<const core::BatchSizeResult*>& runs);
// One cell per (batch size, lr): flagged runs are counted, never averaged;
// each batch size's best cell is marked (the tuned-lr curve).
[[nodiscard]] CsvTable lrMapTable(const std::vector<const core::BatchSizeResult*>& runs);
[[nodiscard]] CsvTable initSweepTable(const std::vector<const core::InitSweepResult*>& runs);

// RFC 4180 text through CsvWriter's formatting; empty when there are no rows.
[[nodiscard]] QString csvText(const CsvTable& table);
// Throws std::runtime_error naming the file when it cannot be written.
void writeCsv(const QString& path, const CsvTable& table);

}  // namespace normlab::session
