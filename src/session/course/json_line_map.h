#pragma once
// QJsonDocument forgets where a value stood in its text. A lesson file's
// errors name a line, so this walks well-formed JSON once and records the
// line of every value by its path ("steps[3].reveal.figures[0].measure").

#include <QByteArray>
#include <QHash>
#include <QString>

namespace normlab::session::course {

// Paths use ".key" for object members (no leading dot at the top level) and
// "[i]" for array elements; the root is "". Lines are 1-based. The text must
// already have been accepted by QJsonDocument.
[[nodiscard]] QHash<QString, int> jsonLineMap(const QByteArray& json);

// The line of `path`, or of its nearest recorded ancestor; 1 when none.
[[nodiscard]] int lineOf(const QHash<QString, int>& lines, QString path);

// 1-based line of a byte offset.
[[nodiscard]] int lineAtOffset(const QByteArray& text, qsizetype offset);

}  // namespace normlab::session::course
