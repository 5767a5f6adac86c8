#pragma once
// Shared helpers for the session tests.

#include <gtest/gtest.h>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <ostream>

#include "session/experiment_config.h"

// Lets gtest print QStrings in assertions and messages (found by ADL).
inline std::ostream& operator<<(std::ostream& os, const QString& s) {
    return os << s.toStdString();
}
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

namespace normlab::session::test {

// The one-line message of the ConfigError `action` throws, or a failure.
inline QString configErrorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const ConfigError& e) {
        const QString message = QString::fromUtf8(e.what());
        EXPECT_FALSE(message.contains('\n')) << "message is not one line: " << e.what();
        return message;
    }
    ADD_FAILURE() << "expected a ConfigError";
    return {};
}

inline QString parseErrorOf(const QByteArray& json) {
    return configErrorOf([&] { ExperimentConfig::fromJson(json, "test.json"); });
}

// A bn-twin file with the given params body, e.g. R"("lr": 0.1)".
inline QByteArray bnTwinJson(const QByteArray& params) {
    return R"({"format": "normlab-experiment", "version": 1, "kind": "bn-twin", "params": {)" +
           params + "}}";
}

}  // namespace normlab::session::test
