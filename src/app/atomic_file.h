#pragma once
// Writing user files all-or-nothing: QSaveFile renames into place only when
// every byte is written, so a full disk or a bad path never leaves half a file.

#include <QByteArray>
#include <QString>

namespace normlab::app {

// Returns false and sets `error` to a sentence naming the file and the problem.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

}  // namespace normlab::app
