#pragma once
// QJsonDocument keeps one of two equal keys in an object without a word, so
// a config with "lr" twice would run with a value the user may not expect.
// This finds such a key in text QJsonDocument has already accepted.

#include <QByteArray>
#include <QString>
#include <optional>

namespace normlab::session {

struct DuplicateJsonKey {
    QString key;
    qsizetype offset = 0;  // byte offset of the second occurrence
};

// The first key written twice in one object of well-formed `json`.
[[nodiscard]] std::optional<DuplicateJsonKey> findDuplicateJsonKey(const QByteArray& json);

}  // namespace normlab::session
