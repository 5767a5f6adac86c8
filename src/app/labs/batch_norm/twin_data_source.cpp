#include "app/labs/batch_norm/twin_data_source.h"

#include <QFileInfo>
#include <algorithm>

#include "app/labs/batch_norm_page.h"
#include "core/data/idx_loader.h"
#include "core/data/load_progress.h"
#include "core/lab/twin_trainer.h"
#include "session/dataset_cache.h"
#include "session/twin_config.h"

namespace normlab::app {

QString twinSourceName(const session::ExperimentConfig& config) {
    const QString dataset = config.getString("dataset");
    if (dataset == "fashion-mnist") return BatchNormPage::tr("Fashion-MNIST");
    if (dataset == "idx" || dataset == "csv")
        return QFileInfo(config.getString("data_path")).fileName();
    return BatchNormPage::tr("the synthetic set \"%1\"").arg(dataset);
}

QString twinLoadFailure(const session::ExperimentConfig& config, const std::exception& e) {
    if (dynamic_cast<const core::LoadCancelled*>(&e))
        return BatchNormPage::tr("Loading %1 was cancelled; choose a data set to train on.")
            .arg(twinSourceName(config));
    return twinLoadFailure(config, QString::fromStdString(e.what()));
}

QString twinLoadFailure(const session::ExperimentConfig& config, const QString& what) {
    if (config.getString("dataset") == "fashion-mnist") {
        const QString dir = config.getString("data_path").isEmpty()
                                ? QString::fromLatin1(core::kFashionMnistDefaultDir)
                                : config.getString("data_path");
        return BatchNormPage::tr(
                   "Fashion-MNIST could not be loaded from %1 (%2). Install the Debian package "
                   "dataset-fashion-mnist (sudo apt install dataset-fashion-mnist), or choose "
                   "a synthetic data set.")
            .arg(dir, what);
    }
    return BatchNormPage::tr("%1 could not be loaded: %2").arg(twinSourceName(config), what);
}

QString twinNoClassLabels(const session::ExperimentConfig& config) {
    return BatchNormPage::tr("%1 has no class labels; the lab trains classifiers.")
        .arg(config.getString("data_path"));
}

std::optional<session::ExperimentConfig> twinConfigForFile(session::ExperimentConfig config,
                                                           const QString& path, QString* error) {
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error) *error = BatchNormPage::tr("Cannot read %1: no such file or folder.").arg(path);
        return std::nullopt;
    }
    const bool csv = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    try {
        config.setValue("dataset", csv ? QStringLiteral("csv") : QStringLiteral("idx"));
        config.setValue("data_path", csv || info.isDir() ? path : info.absolutePath());
        if (csv) config.setValue("model", "mlp");
        config.validate();
    } catch (const session::ConfigError& e) {
        if (error) *error = e.errors().join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return config;
}

namespace {

// What was loaded, for the status line (composed here, not in the worker's lambda).
QString loadedText(const core::Dataset& data) {
    return BatchNormPage::tr("%1: %2 training and %3 test examples, %4 inputs, %5 classes.")
        .arg(QString::fromStdString(data.name))
        .arg(data.train.size())
        .arg(data.test.size())
        .arg(data.shape.size())
        .arg(data.numClasses);
}

}  // namespace

session::ExperimentFactory twinExperimentFactory(const session::ExperimentConfig& config, int unit,
                                                 std::shared_ptr<DataLoadStatus> status) {
    const QString source = twinSourceName(config);
    return [config, unit, status, source]() -> std::unique_ptr<core::Experiment> {
        {
            const std::lock_guard lock(status->mutex);
            status->state = DataLoadStatus::State::Loading;
            status->source = source;
        }
        std::shared_ptr<const core::Dataset> data;
        try {
            data = session::DatasetCache::shared().get(config);  // on the worker thread
        } catch (const std::exception& e) {
            const QString message = twinLoadFailure(config, e);
            const std::lock_guard lock(status->mutex);
            status->state = DataLoadStatus::State::Failed;
            status->message = message;
            throw std::runtime_error(message.toStdString());
        }
        try {
            core::TwinConfig twin = session::twinConfigFrom(config, data->shape, data->numClasses);
            // A narrower network than the unit asked for tracks its last unit.
            twin.trackedUnit = std::clamp(unit, 0, std::max(0, twin.trackedLayerUnits() - 1));
            auto trainer = std::make_unique<core::TwinTrainer>(data, twin);
            const std::lock_guard lock(status->mutex);
            status->state = DataLoadStatus::State::Ready;
            status->message = loadedText(*data);
            return trainer;
        } catch (const std::exception& e) {
            const std::lock_guard lock(status->mutex);
            status->state = DataLoadStatus::State::Failed;
            status->message = QString::fromStdString(e.what());
            throw;
        }
    };
}

int trackedUnitsOf(const session::ExperimentConfig& config) {
    try {
        // The input shape sizes only the dense layers after a CNN's convolutions,
        // never a hidden layer the tracked unit is taken from.
        const bool cnn = config.getString("model") == QLatin1String("cnn");
        const core::Shape shape = cnn ? core::Shape{1, 28, 28} : core::Shape{1, 1, 2};
        return session::twinConfigFrom(config, shape, 10).trackedLayerUnits();
    } catch (const std::exception&) {
        return 0;  // a config the engine refuses has no units to track
    }
}

}  // namespace normlab::app
