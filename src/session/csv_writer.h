#pragma once
// A small CSV writer for experiment outputs: a header row, then rows of
// mixed values (numbers, strings, bools). Fields are quoted only when they
// must be (RFC 4180); doubles are written with the fewest digits that read
// back to the same value. Rows reach the file as they are written, so a
// long run's CSV can be followed while it grows.

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace normlab::session {

class CsvWriter {
  public:
    // Creates or truncates `path`. Throws std::runtime_error naming the file
    // when it cannot be opened.
    CsvWriter(const QString& path, const QStringList& header);
    ~CsvWriter();  // closes without throwing; call close() to see errors
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // Throws std::invalid_argument when the value count differs from the
    // header's, std::runtime_error when writing fails.
    void writeRow(const QVariantList& values);
    void flush();
    void close();

    [[nodiscard]] qint64 rowCount() const { return rows_; }
    [[nodiscard]] const QStringList& header() const { return header_; }

    // One value as CSV text before quoting: bools as true/false, integers
    // exactly, doubles shortest round-trip ("nan", "inf", "-inf" when not
    // finite), strings as they are.
    static QString formatField(const QVariant& value);
    // Quotes a field holding a comma, quote, line break or edge spaces.
    static QString quoteField(const QString& text);
    // One CSV line: the fields quoted where needed, joined, ending in '\n'.
    static QString lineText(const QStringList& fields);
    static QString rowText(const QVariantList& values);

  private:
    void writeLine(const QStringList& fields);

    QFile file_;
    QStringList header_;
    qint64 rows_ = 0;
};

}  // namespace normlab::session
