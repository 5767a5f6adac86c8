#include "session/csv_writer.h"

#include <QLocale>
#include <cmath>
#include <stdexcept>

namespace normlab::session {

namespace {

std::runtime_error writeError(const QFile& file) {
    return std::runtime_error(QStringLiteral("cannot write %1: %2")
                                  .arg(file.fileName(), file.errorString())
                                  .toStdString());
}

}  // namespace

CsvWriter::CsvWriter(const QString& path, const QStringList& header)
    : file_(path), header_(header) {
    if (!file_.open(QIODevice::WriteOnly | QIODevice::Truncate)) throw writeError(file_);
    writeLine(header);
}

CsvWriter::~CsvWriter() {
    if (file_.isOpen()) file_.close();
}

void CsvWriter::writeRow(const QVariantList& values) {
    if (values.size() != header_.size())
        throw std::invalid_argument(QStringLiteral("%1: row %2 has %3 values, the header has %4")
                                        .arg(file_.fileName())
                                        .arg(rows_ + 1)
                                        .arg(values.size())
                                        .arg(header_.size())
                                        .toStdString());
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant& v : values) fields << formatField(v);
    writeLine(fields);
    ++rows_;
}

void CsvWriter::writeLine(const QStringList& fields) {
    if (!file_.isOpen())
        throw std::runtime_error(
            QStringLiteral("cannot write %1: already closed").arg(file_.fileName()).toStdString());
    const QByteArray line = lineText(fields).toUtf8();
    if (file_.write(line) != line.size()) throw writeError(file_);
}

void CsvWriter::flush() {
    if (file_.isOpen() && !file_.flush()) throw writeError(file_);
}

void CsvWriter::close() {
    if (!file_.isOpen()) return;
    flush();
    file_.close();
    if (file_.error() != QFileDevice::NoError) throw writeError(file_);
}

QString CsvWriter::formatField(const QVariant& value) {
    switch (value.typeId()) {
        case QMetaType::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = value.toDouble();
            if (std::isnan(d)) return QStringLiteral("nan");
            if (std::isinf(d)) return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
            return QString::number(d, 'g', QLocale::FloatingPointShortest);
        }
        case QMetaType::UnknownType:
            return {};
        default:
            return value.toString();
    }
}

QString CsvWriter::lineText(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields) quoted << quoteField(f);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString CsvWriter::rowText(const QVariantList& values) {
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant& v : values) fields << formatField(v);
    return lineText(fields);
}

QString CsvWriter::quoteField(const QString& text) {
    const bool needsQuotes = text.contains(',') || text.contains('"') || text.contains('\n') ||
                             text.contains('\r') || text.startsWith(' ') || text.endsWith(' ');
    if (!needsQuotes) return text;
    QString escaped = text;
    escaped.replace('"', QStringLiteral("\"\""));
    return '"' + escaped + '"';
}

}  // namespace normlab::session
