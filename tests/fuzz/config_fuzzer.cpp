// An experiment config file, then (after a NUL byte) one --set assignment per
// line: parse, override, validate, and check that what is written reads back
// as the same config.
#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

#include "session/experiment_config.h"
#include "session/json_duplicate_key.h"

using namespace normlab::session;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray json = split < 0 ? input : input.left(split);
    const QList<QByteArray> overrides =
        split < 0 ? QList<QByteArray>{} : input.mid(split + 1).split('\n');
    (void)findDuplicateJsonKey(json);
    try {
        ExperimentConfig config = ExperimentConfig::fromJson(json, "fuzz.json");
        for (const QByteArray& line : overrides) {
            try {
                config.applyOverride(QString::fromUtf8(line));
            } catch (const ConfigError&) {
            }
        }
        try {
            config.validate();
        } catch (const ConfigError&) {
            return 0;
        }
        // Written and read again, a valid config is the same config.
        if (!(ExperimentConfig::fromJson(config.toJson()) == config)) __builtin_trap();
    } catch (const ConfigError&) {
    }
    return 0;
}
