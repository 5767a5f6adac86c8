#include "session/feature_scaling_config.h"

#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <stdexcept>

#include "core/data/csv_loader.h"
#include "session/bad_input.h"

namespace normlab::session {

namespace {

int columnIndex(const core::CsvTable& table, const QString& path, const QString& role,
                const QString& name) {
    const int index = table.findColumn(name.trimmed().toStdString());
    if (index >= 0) return index;
    QStringList known;
    for (const std::string& h : table.header) known << QString::fromStdString(h);
    // Bad input, not a failed run: the message names the config field to fix.
    throw ConfigError(QStringLiteral("%1: no column \"%2\" for the %3; the columns are %4%5")
                          .arg(path, name, role, QString::fromStdString(table.columnList()),
                               didYouMean(name, known)));
}

}  // namespace

void loadCsvRegression(const QString& path, const CsvRegressionColumns& columns,
                       core::ScalingComparisonConfig& config) {
    loadCsvRegression(core::readCsvTable(path.toStdString()), path, columns, config);
}

void loadCsvRegression(const core::CsvTable& table, const QString& path,
                       const CsvRegressionColumns& columns, core::ScalingComparisonConfig& config) {
    const std::array<int, 3> index{
        columnIndex(table, path, QStringLiteral("feature 1"), columns.feature1),
        columnIndex(table, path, QStringLiteral("feature 2"), columns.feature2),
        columnIndex(table, path, QStringLiteral("target"), columns.target)};
    if (index[0] == index[1])
        throw std::runtime_error(
            QStringLiteral("%1: feature 1 and feature 2 are the same column \"%2\"; pick two")
                .arg(path, columns.feature1)
                .toStdString());
    const auto rows = static_cast<Eigen::Index>(table.rowCount());
    if (rows < 2)
        throw std::runtime_error(QStringLiteral("%1: %2 data rows, at least 2 are needed")
                                     .arg(path)
                                     .arg(rows)
                                     .toStdString());
    config.userX.resize(rows, 2);
    config.userY.resize(rows);
    std::vector<std::string_view> fields;
    for (Eigen::Index r = 0; r < rows; ++r) {
        table.row(static_cast<std::size_t>(r), fields);
        for (int k = 0; k < 3; ++k) {
            const auto c = static_cast<std::size_t>(index[k]);
            // Checked as float, the type the engine computes in.
            const float v = table.number(static_cast<std::size_t>(r), c, fields[c]);
            if (k < 2)
                config.userX(r, k) = v;
            else
                config.userY(r) = v;
        }
    }
    config.userFeatureNames = {columns.feature1.toStdString(), columns.feature2.toStdString()};
    config.userTargetName = columns.target.toStdString();
    config.userDataName = QFileInfo(path).fileName().toStdString();
}

core::ScalingComparisonConfig scalingComparisonConfigFrom(const ExperimentConfig& config,
                                                          const core::CsvTable* parsedCsv) {
    core::ScalingComparisonConfig c;
    if (config.getString("dataset") == QLatin1String("csv")) {
        loadAsUserInput([&] {
            const QString path = config.getString("data_path");
            const CsvRegressionColumns columns{config.getString("csv_feature1"),
                                               config.getString("csv_feature2"),
                                               config.getString("csv_target")};
            if (parsedCsv)
                loadCsvRegression(*parsedCsv, path, columns, c);
            else
                loadCsvRegression(path, columns, c);
        });
    } else {
        core::RegressionSetParams& d = c.data;
        d.samples = config.getInt("n_samples");
        d.features[0].stddev = config.getDouble("feature1_scale");
        d.features[0].mean = config.getDouble("feature1_mean");
        d.features[1].stddev = config.getDouble("feature2_scale");
        d.features[1].mean = config.getDouble("feature2_mean");
        d.correlation = config.getDouble("correlation");
        d.weights = {config.getDouble("true_w1"), config.getDouble("true_w2")};
        d.bias = config.getDouble("true_bias");
        d.noiseStd = config.getDouble("noise");
        d.seed = static_cast<std::uint64_t>(config.getInt("seed"));
    }
    c.intercept = config.getBool("intercept");
    c.optimizer = core::fromName<core::DescentKind>(config.getString("optimizer").toStdString());
    c.momentum = config.getDouble("momentum");
    c.learningRateMode =
        core::fromName<core::LearningRateMode>(config.getString("lr_mode").toStdString());
    c.learningRate = c.learningRateMode == core::LearningRateMode::SameForAll
                         ? config.getDouble("lr")
                         : config.getDouble("fraction");
    c.batchSize = config.getInt("batch_size");
    c.start = {config.getDouble("start_w1"), config.getDouble("start_w2")};
    c.tolerance = config.getDouble("tolerance");
    c.gridSize = config.getInt("grid");
    c.levels = config.getInt("levels");
    c.seed = static_cast<std::uint64_t>(config.getInt("seed"));
    core::validate(c);
    return c;
}

}  // namespace normlab::session
