#include "session/same_loss_result.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <limits>

#include "session/experiment_config.h"

namespace normlab::session {

namespace {

// The rows of a CSV as column name -> text, after checking the columns exist.
QList<QHash<QString, QString>> readTable(const QString& path, const QStringList& required) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ConfigError(QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    if (lines.isEmpty()) throw ConfigError(QStringLiteral("%1: the file is empty").arg(path));
    const QStringList header = lines[0].trimmed().split(',');
    for (const QString& column : required)
        if (!header.contains(column))
            throw ConfigError(QStringLiteral("%1: no column \"%2\"").arg(path, column));
    QList<QHash<QString, QString>> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].trimmed().split(',');
        if (cells.size() != header.size())
            throw ConfigError(QStringLiteral("%1: line %2 has %3 fields, the header %4")
                                  .arg(path)
                                  .arg(i + 1)
                                  .arg(cells.size())
                                  .arg(header.size()));
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c) row.insert(header[c], cells[c]);
        rows << row;
    }
    return rows;
}

double number(const QHash<QString, QString>& row, const QString& key, const QString& path) {
    bool ok = false;
    const double v = row.value(key).toDouble(&ok);
    if (!ok && row.value(key) != QLatin1String("nan"))
        throw ConfigError(QStringLiteral("%1: \"%2\" is not a number in column %3")
                              .arg(path, row.value(key), key));
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace

SameLossResult readSameLossResult(const QString& directory) {
    const QDir dir(directory);
    SameLossResult result;
    const QString summaryPath = dir.filePath(QStringLiteral("same_loss.csv"));
    for (const auto& row :
         readTable(summaryPath,
                   {"seed", "model", "batch_size", "lr", "target_train_loss", "reached_target",
                    "epochs", "updates", "train_loss", "train_accuracy", "test_loss",
                    "test_accuracy", "sharpness", "train_seconds", "eval_seconds"})) {
        const auto n = [&](const char* key) { return number(row, key, summaryPath); };
        SameLossModelRow m;
        m.seed = static_cast<int>(n("seed"));
        m.large = row.value("model") == QLatin1String("large");
        m.batchSize = static_cast<int>(n("batch_size"));
        m.lr = n("lr");
        m.targetTrainLoss = n("target_train_loss");
        m.reachedTarget = row.value("reached_target") == QLatin1String("true");
        m.epochs = n("epochs");
        m.updates = static_cast<qint64>(n("updates"));
        m.trainLoss = n("train_loss");
        m.trainAccuracy = n("train_accuracy");
        m.testLoss = n("test_loss");
        m.testAccuracy = n("test_accuracy");
        m.sharpness = n("sharpness");
        m.trainSeconds = n("train_seconds");
        m.evalSeconds = n("eval_seconds");
        result.models << m;
    }
    const QString linePath = dir.filePath(QStringLiteral("interpolation.csv"));
    for (const auto& row : readTable(linePath, {"seed", "alpha", "train_loss", "test_loss"}))
        result.line << SameLossLinePoint{
            static_cast<int>(number(row, "seed", linePath)), number(row, "alpha", linePath),
            number(row, "train_loss", linePath), number(row, "test_loss", linePath)};
    if (result.models.isEmpty())
        throw ConfigError(QStringLiteral("%1: no models").arg(summaryPath));
    return result;
}

}  // namespace normlab::session
