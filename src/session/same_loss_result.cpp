#include "session/same_loss_result.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QPair>
#include <QHash>
#include <QStringList>
#include <cmath>
#include <limits>

#include "session/experiment_config.h"

namespace normlab::session {

namespace {

// The key of a row's line number in the file (1 = the header).
const QString kLine = QStringLiteral("#line");

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
        row.insert(kLine, QString::number(i + 1));
        rows << row;
    }
    return rows;
}

double number(const QHash<QString, QString>& row, const QString& key, const QString& path) {
    bool ok = false;
    const double v = row.value(key).toDouble(&ok);
    if (!ok && row.value(key) != QLatin1String("nan"))
        throw ConfigError(QStringLiteral("%1: line %2: \"%3\" is not a number in column %4")
                              .arg(path, row.value(kLine), row.value(key), key));
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

// Every (seed, model) holds one n x n grid, n odd, b outer and a inner, the
// same n for all; a and b run over the same coordinates.
void readSlice(const QString& path, SameLossResult& result) {
    QMap<QPair<int, bool>, int> counts;
    QString firstLine;
    for (const auto& row :
         readTable(path, {"seed", "model", "a", "b", "train_loss", "train_accuracy"})) {
        const QString model = row.value("model");
        if (model != QLatin1String("small") && model != QLatin1String("large"))
            throw ConfigError(QStringLiteral("%1: line %2: model \"%3\" is neither small nor large")
                                  .arg(path, row.value(kLine), model));
        SameLossSlicePoint p;
        p.seed = static_cast<int>(number(row, "seed", path));
        p.large = model == QLatin1String("large");
        p.a = number(row, "a", path);
        p.b = number(row, "b", path);
        p.trainLoss = number(row, "train_loss", path);
        p.trainAccuracy = number(row, "train_accuracy", path);
        if (!std::isfinite(p.a) || !std::isfinite(p.b))
            throw ConfigError(QStringLiteral("%1: line %2: a and b must be finite")
                                  .arg(path, row.value(kLine)));
        ++counts[{p.seed, p.large}];
        result.slice << p;
    }
    if (result.slice.isEmpty()) throw ConfigError(QStringLiteral("%1: no grid points").arg(path));
    int n = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const int side = static_cast<int>(std::lround(std::sqrt(static_cast<double>(it.value()))));
        if (side * side != it.value() || side < 3 || side % 2 == 0 || (n != 0 && side != n))
            throw ConfigError(
                QStringLiteral("%1: seed %2 %3 has %4 rows, not an odd n x n grid like the others")
                    .arg(path)
                    .arg(it.key().first)
                    .arg(it.key().second ? QStringLiteral("large") : QStringLiteral("small"))
                    .arg(it.value()));
        n = side;
    }
    // Each group's rows in order: b outer, a inner, on one set of coordinates.
    const QList<SameLossSlicePoint>& s = result.slice;
    for (qsizetype k = 0; k < s.size(); ++k) {
        const qsizetype first = k - k % (qsizetype(n) * n);
        const qsizetype i = (k - first) % n, j = (k - first) / n;
        const bool sameGroup = s[k].seed == s[first].seed && s[k].large == s[first].large;
        if (!sameGroup || s[k].a != s[first + i].a || s[k].b != s[first + j * n].b ||
            (j > 0 && s[k].a != s[k - n].a) || (i > 0 && s[k].b != s[k - 1].b) ||
            (i > 0 && !(s[k].a > s[k - 1].a)) || (j > 0 && !(s[k].b > s[k - n].b)))
            throw ConfigError(QStringLiteral("%1: line %2 is out of the grid's order (b outer, a "
                                             "inner, both rising)")
                                  .arg(path)
                                  .arg(k + 2));
    }
    result.slicePoints = n;
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
    const QString slicePath = dir.filePath(QStringLiteral("slice.csv"));
    if (QFileInfo::exists(slicePath)) readSlice(slicePath, result);
    return result;
}

}  // namespace normlab::session
