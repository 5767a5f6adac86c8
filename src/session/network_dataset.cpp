#include "session/network_dataset.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>
#include <numeric>
#include <utility>

#include "core/data/classification_set.h"
#include "core/data/csv_loader.h"
#include "core/data/idx_loader.h"
#include "session/bad_input.h"

namespace normlab::session {

namespace {

std::vector<int> firstRowIndices(int n) {
    std::vector<int> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

// The first `n` rows (0 = all): the loaders already shuffled where needed.
// Taken by value so that keeping every row moves the split, not copies it
// (a copy of Fashion-MNIST's 55 MB, briefly held twice).
core::Split firstRows(core::Split split, int n) {
    if (n <= 0 || n >= split.size()) return split;
    return split.subset(firstRowIndices(n));
}

// The same rows of a split another set keeps: a copy of only those.
core::Split firstRowsOf(const core::Split& split, int n) {
    if (n <= 0 || n >= split.size()) return split;
    return split.subset(firstRowIndices(n));
}

// An empty split (a tiny CSV) would train or evaluate on nothing and report
// nan as a result: refuse it, saying what each split got and what is needed.
void checkSplitSizes(const core::Dataset& data, const ExperimentConfig& config,
                     const QString& source) {
    const int minTrain = config.has("batch_size") ? config.getInt("batch_size") : 1;
    const int train = data.train.size();
    const int test = data.test.size();
    if (train >= minTrain && train >= 1 && test >= 1) return;
    const QString need = config.has("batch_size")
                             ? QStringLiteral("at least batch_size = %1 rows for training and 1 "
                                              "for testing")
                                   .arg(minTrain)
                             : QStringLiteral("at least 1 row in each split");
    throw ConfigError(QStringLiteral("%1: %2 rows for training and %3 for testing (test_fraction "
                                     "%4, train_samples %5, test_samples %6); needs %7")
                          .arg(source)
                          .arg(train)
                          .arg(test)
                          .arg(config.getDouble("test_fraction"))
                          .arg(config.getInt("train_samples"))
                          .arg(config.getInt("test_samples"))
                          .arg(need));
}

core::Dataset loadFile(const ExperimentConfig& config, const core::LoadMonitor& monitor) {
    const QString dataset = config.getString("dataset");
    const std::string path = config.getString("data_path").toStdString();
    if (dataset == "csv") {
        core::CsvLoadOptions options;
        const QString target = config.getString("csv_target");
        if (!target.isEmpty()) options.targetColumn = core::CsvColumn(target.toStdString());
        options.testFraction = config.getDouble("test_fraction");
        options.seed = static_cast<std::uint64_t>(config.getInt("seed"));
        options.monitor = monitor;
        return core::loadCsv(path, options);
    }
    core::Dataset data = core::loadFashionMnist(
        path.empty() ? core::kFashionMnistDefaultDir : path, datasetCacheDir(), monitor);
    if (dataset == "idx") data.name = "IDX: " + path;
    return data;
}

}  // namespace

std::string datasetCacheDir() {
    const QString custom = qEnvironmentVariable("NORMLAB_CACHE_DIR");
    if (custom == QLatin1String("off")) return {};
    if (!custom.isEmpty()) return QDir(custom).absolutePath().toStdString();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty()) return {};
    return QDir(base).filePath(QStringLiteral("normlab/datasets")).toStdString();
}

std::shared_ptr<const core::Dataset> loadNetworkDataset(const ExperimentConfig& config,
                                                        const core::LoadMonitor& monitor) {
    const QString dataset = config.getString("dataset");
    const std::string path = config.getString("data_path").toStdString();
    auto data = std::make_shared<core::Dataset>();
    if (cutsRowsOfFiles(config)) {
        *data = loadAsUserInput([&] { return loadFile(config, monitor); });
        data->train = firstRows(std::move(data->train), config.getInt("train_samples"));
        data->test = firstRows(std::move(data->test), config.getInt("test_samples"));
    } else {  // train_samples sets the size of a synthetic set
        core::ClassificationParams params;
        const int samples = config.getInt("train_samples");
        params.samples = samples > 0 ? samples : 1000;
        params.noise = config.getDouble("synthetic_noise");
        params.testFraction = config.getDouble("test_fraction");
        params.classes = dataset == "spirals" || dataset == "blobs" ? 3 : 2;
        *data = core::makeClassificationSet(core::fromName<core::ClassificationKind>(dataset.toStdString()),
                                            params, static_cast<std::uint64_t>(config.getInt("seed")));
    }
    checkSplitSizes(*data, config, path.empty() ? dataset : QString::fromStdString(path));
    return data;
}

bool cutsRowsOfFiles(const ExperimentConfig& config) {
    const QString dataset = config.getString("dataset");
    return dataset == "fashion-mnist" || dataset == "idx" || dataset == "csv";
}

std::shared_ptr<const core::Dataset> cutNetworkDataset(const core::Dataset& whole,
                                                       const ExperimentConfig& config) {
    auto data = std::make_shared<core::Dataset>();
    data->name = whole.name;
    data->shape = whole.shape;
    data->numClasses = whole.numClasses;
    data->classNames = whole.classNames;
    data->train = firstRowsOf(whole.train, config.getInt("train_samples"));
    data->test = firstRowsOf(whole.test, config.getInt("test_samples"));
    const QString path = config.getString("data_path");
    checkSplitSizes(*data, config, path.isEmpty() ? config.getString("dataset") : path);
    return data;
}

std::shared_ptr<const core::Dataset> loadNetworkDatasetTimed(const ExperimentConfig& config,
                                                             core::RunProfile* profile) {
    const core::PhaseTimer timer(profile, core::RunPhase::DataLoading);
    return loadNetworkDataset(config);
}

}  // namespace normlab::session
