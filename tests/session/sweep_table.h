#pragma once
// Reads a CSV the CLI wrote into per-group lists of one column, for tests
// that check what a shipped preset shows.

#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <numeric>

namespace normlab::session::test {

struct SeedSpread {
    double mean = 0, min = 0, max = 0;
};

inline SeedSpread spreadOf(const QList<double>& v) {
    SeedSpread s;
    if (v.isEmpty()) return s;
    s.min = *std::min_element(v.begin(), v.end());
    s.max = *std::max_element(v.begin(), v.end());
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / v.size();
    return s;
}

// column `value` grouped by the text of column `key`, rows in file order.
inline QMap<QString, QList<double>> columnBy(const QString& path, const QString& key,
                                             const QString& value) {
    QFile f(path);
    QMap<QString, QList<double>> out;
    if (!f.open(QIODevice::ReadOnly)) return out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    if (lines.isEmpty()) return out;
    const QStringList header = lines[0].split(',');
    const auto k = header.indexOf(key), v = header.indexOf(value);
    if (k < 0 || v < 0) return out;
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(',');
        out[cells[k]] << cells[v].toDouble();
    }
    return out;
}

}  // namespace normlab::session::test
