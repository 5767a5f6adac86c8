#pragma once
// The feature-scaling config (see config_schema.cpp) as the engine's
// ScalingComparisonConfig: the synthetic set from its sliders, or three named
// columns of a CSV file. Shared by the headless runner and the lab page, so
// both run exactly the same experiment for the same file.

#include <QString>
#include <array>

#include "core/data/csv_loader.h"
#include "core/lab/scaling_comparison.h"
#include "session/experiment_config.h"

namespace normlab::session {

struct CsvRegressionColumns {
    QString feature1;
    QString feature2;
    QString target;
};

// Reads two feature columns and a target column of `path` into config.userX
// / userY (and their names). Throws ConfigError naming the file and a missing
// column (listing the columns it has), std::runtime_error naming the line and
// column of a value that is not a finite number.
void loadCsvRegression(const QString& path, const CsvRegressionColumns& columns,
                       core::ScalingComparisonConfig& config);
// The same from a table already parsed from `path`.
void loadCsvRegression(const core::CsvTable& table, const QString& path,
                       const CsvRegressionColumns& columns, core::ScalingComparisonConfig& config);

// Throws ConfigError / std::runtime_error with a one-line message. `parsedCsv`,
// when given, is data_path already parsed, so the file is not read again.
[[nodiscard]] core::ScalingComparisonConfig scalingComparisonConfigFrom(
    const ExperimentConfig& config, const core::CsvTable* parsedCsv = nullptr);

}  // namespace normlab::session
