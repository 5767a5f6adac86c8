#pragma once
// A CSV file of `rows` rows of three numeric columns (two features and a 0/1
// label), large enough that its load reports progress several times (about
// 12 bytes a row; the reader reports every MB parsed).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace normlab::test {

inline bool writeLargeCsv(const QString& path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    QByteArray text = "a,b,label\n";
    text.reserve(qsizetype{rows} * 14);
    for (int r = 0; r < rows; ++r)
        text += QByteArray::number(r % 997) + ".5," + QByteArray::number(r % 13) + ".25," +
                QByteArray::number(r % 2) + "\n";
    return file.write(text) == text.size();
}

}  // namespace normlab::test
