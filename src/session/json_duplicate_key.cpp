#include "session/json_duplicate_key.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <set>
#include <vector>

namespace normlab::session {

namespace {

// A string token's text without its quotes, escapes decoded.
QString decodedString(const QByteArray& token) {
    if (!token.contains('\\')) return QString::fromUtf8(token.mid(1, token.size() - 2));
    return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
}

}  // namespace

std::optional<DuplicateJsonKey> findDuplicateJsonKey(const QByteArray& json) {
    struct Level {
        bool object = false;
        std::set<QString> keys;
    };
    std::vector<Level> levels;  // nesting is bounded by QJsonDocument's own limit
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char ch = json[i];
        if (ch == '{' || ch == '[') {
            levels.push_back({ch == '{', {}});
        } else if (ch == '}' || ch == ']') {
            if (!levels.empty()) levels.pop_back();
        } else if (ch == '"') {
            const qsizetype start = i;
            for (++i; i < n && json[i] != '"'; ++i)
                if (json[i] == '\\') ++i;
            qsizetype next = i + 1;
            while (next < n && (json[next] == ' ' || json[next] == '\t' || json[next] == '\r' ||
                                json[next] == '\n'))
                ++next;
            const bool isKey = next < n && json[next] == ':' && !levels.empty() &&
                               levels.back().object;
            if (!isKey) continue;
            const QString key = decodedString(json.mid(start, i + 1 - start));
            if (!levels.back().keys.insert(key).second) return DuplicateJsonKey{key, start};
        }
    }
    return std::nullopt;
}

}  // namespace normlab::session
