#include "session/network_dataset.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>
#include <numeric>

#include "core/data/classification_set.h"
#include "core/data/csv_loader.h"
#include "core/data/idx_loader.h"

namespace normlab::session {

namespace {

// The first `n` rows (0 = all): the loaders already shuffled where needed.
core::Split firstRows(const core::Split& split, int n) {
    if (n <= 0 || n >= split.size()) return split;
    std::vector<int> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    return split.subset(rows);
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

std::shared_ptr<const core::Dataset> loadNetworkDataset(const ExperimentConfig& config) {
    const QString dataset = config.getString("dataset");
    const std::string path = config.getString("data_path").toStdString();
    auto data = std::make_shared<core::Dataset>();
    if (dataset == "fashion-mnist" || dataset == "idx") {
        *data = core::loadFashionMnist(path.empty() ? core::kFashionMnistDefaultDir : path,
                                       datasetCacheDir());
        if (dataset == "idx") data->name = "IDX: " + path;
    } else if (dataset == "csv") {
        core::CsvLoadOptions options;
        const QString target = config.getString("csv_target");
        if (!target.isEmpty()) options.targetColumn = core::CsvColumn(target.toStdString());
        options.testFraction = config.getDouble("test_fraction");
        options.seed = static_cast<std::uint64_t>(config.getInt("seed"));
        *data = core::loadCsv(path, options);
    } else {
        core::ClassificationParams params;
        const int samples = config.getInt("train_samples");
        params.samples = samples > 0 ? samples : 1000;
        params.noise = config.getDouble("synthetic_noise");
        params.testFraction = config.getDouble("test_fraction");
        params.classes = dataset == "spirals" || dataset == "blobs" ? 3 : 2;
        *data = core::makeClassificationSet(core::classificationKindFromString(dataset.toStdString()),
                                            params, static_cast<std::uint64_t>(config.getInt("seed")));
        return data;  // train_samples already set the size
    }
    data->train = firstRows(data->train, config.getInt("train_samples"));
    data->test = firstRows(data->test, config.getInt("test_samples"));
    return data;
}

}  // namespace normlab::session
