#pragma once
// A validated experiment configuration: the kind, a name and one value for
// every field of that kind's schema. Files look like
//   {"format": "normlab-experiment", "version": 1, "kind": "bn-twin",
//    "name": "bn-paper", "description": "...", "params": {"lr": 0.5, ...}}
// where missing params take the schema defaults. A run's output folder adds
// "run_status" (running, complete, interrupted, failed), ignored on reading.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "core/enum_names.h"
#include "session/config_schema.h"

namespace normlab::session {

// Bad user input: a config file, preset name, override or output folder.
// what() is one line; errors() holds each problem on its own.
class ConfigError : public std::runtime_error {
  public:
    explicit ConfigError(const QStringList& errors);
    explicit ConfigError(const QString& error) : ConfigError(QStringList{error}) {}
    [[nodiscard]] const QStringList& errors() const { return errors_; }

  private:
    QStringList errors_;
};

class ExperimentConfig {
  public:
    static constexpr int kCurrentVersion = 1;
    static constexpr const char* kFormat = "normlab-experiment";

    // A config of `kind` with every field at its default. Throws ConfigError
    // for an unknown kind.
    static ExperimentConfig defaults(const QString& kind);
    // Parse and validate a whole file's contents. `source` (a file name or
    // preset name) prefixes every message. Throws ConfigError listing every
    // problem found.
    static ExperimentConfig fromJson(const QByteArray& json, const QString& source = {});
    static ExperimentConfig fromFile(const QString& path);

    // The full resolved config: every field, metadata first, params in
    // schema order; indented, ends with a newline.
    [[nodiscard]] QByteArray toJson() const;

    [[nodiscard]] const ExperimentSchema& schema() const { return *schema_; }
    [[nodiscard]] bool has(const QString& key) const { return schema_->find(key) != nullptr; }

    // Typed access; throws std::invalid_argument for a key outside the
    // schema or a getter that does not match the field's type (getDouble
    // also reads int fields).
    [[nodiscard]] bool getBool(const QString& key) const;
    [[nodiscard]] int getInt(const QString& key) const;
    [[nodiscard]] double getDouble(const QString& key) const;
    [[nodiscard]] QString getString(const QString& key) const;  // enum and string fields
    // A string field holding comma-separated names ("constant, sqrt"), each trimmed.
    [[nodiscard]] QStringList getNameList(const QString& key) const;
    [[nodiscard]] QList<int> getIntList(const QString& key) const;
    [[nodiscard]] QList<double> getDoubleList(const QString& key) const;
    [[nodiscard]] QJsonValue value(const QString& key) const;
    // The value as applyOverride() reads it: "0.5", "sigmoid", "true", "2,4,8".
    [[nodiscard]] QString valueText(const QString& key) const;

    // Set one field with the same checks as a file (type, range, allowed
    // values). Throws ConfigError naming the field.
    void setValue(const QString& key, const QJsonValue& value);
    // "key=value" as given to --set: the text is parsed by the field's type
    // (bool: true/false/1/0/yes/no/on/off; lists: "2,4,8" or "[2,4,8]").
    void applyOverride(const QString& assignment);
    // Rules across fields (checked by fromJson; call after overrides).
    // Throws ConfigError listing every broken rule.
    void validate() const;

    int version = kCurrentVersion;
    QString kind;
    QString name;
    QString description;
    // What the app shows of the experiment (a lab's tab, layer, unit): kept
    // in the file so it reopens as it was, not part of the experiment (the
    // CLI ignores it). Written only when not empty.
    QJsonObject view;
    // A finished experiment's results (a sweep's runs), so it reopens with its
    // curves and without running again; read by the page that made them
    // (see sweep_results.h). Written, after "view", only when not empty.
    QJsonObject results;

    friend bool operator==(const ExperimentConfig& a, const ExperimentConfig& b);

  private:
    explicit ExperimentConfig(const ExperimentSchema& schema);
    const FieldSpec& spec(const QString& key, FieldType expected) const;

    const ExperimentSchema* schema_;
    QJsonObject values_;  // one validated value per schema key
};

// The values a comma-separated name list field holds, each read by
// core::fromName (which throws on a name it does not know).
template <core::NamedEnum E>
std::vector<E> namedValuesOf(const ExperimentConfig& c, const QString& key) {
    std::vector<E> values;
    for (const QString& name : c.getNameList(key))
        values.push_back(core::fromName<E>(name.toStdString()));
    return values;
}

struct PresetInfo {
    QString name;  // file base name, as given to loadPreset()
    QString kind;
    QString description;
    QString path;
};

// Bundled presets in presetDir(), sorted by name. Files that fail to load
// are left out (the preset tests load every file).
QList<PresetInfo> listPresets();
// Throws ConfigError for an unknown preset (listing the known ones).
ExperimentConfig loadPreset(const QString& name);
// A path to a JSON file (contains '/' or ends in ".json", or exists), else a
// preset name.
ExperimentConfig resolveExperiment(const QString& presetOrFile);

}  // namespace normlab::session
