#include "session/experiment_config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <optional>

#include "session/json_duplicate_key.h"
#include "session/resource_paths.h"

namespace normlab::session {

namespace {

// run_status is written by a run into its output folder's config.json; it is
// not part of the experiment, so reading it back ignores it.
const QStringList kTopLevelKeys{"format",      "version", "kind",       "name",
                                "description", "params",  "run_status", "view", "results"};

QString number(double v) { return QString::number(v, 'g', 10); }

QString quoted(const QString& s) { return QStringLiteral("\"%1\"").arg(s); }

// "a string (\"3\")", "a number (2.5)", ... for messages about wrong types.
QString describe(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a bool (%1)").arg(v.toBool() ? "true" : "false");
        case QJsonValue::Double:
            return QStringLiteral("a number (%1)").arg(number(v.toDouble()));
        case QJsonValue::String:
            return QStringLiteral("a string (%1)").arg(quoted(v.toString()));
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("nothing");
}

QString fieldPrefix(const QString& key) { return QStringLiteral("field %1: ").arg(quoted(key)); }

ConfigError unknownField(const QString& key, const ExperimentSchema& schema) {
    return ConfigError(QStringLiteral("unknown field %1 for kind %2%3")
                           .arg(quoted(key), schema.kind, didYouMean(key, schema.keys())));
}

// Checks one number against the field's range; `what` names it in messages.
// Returns an error message, or an empty string and the number in its stored
// form (an int as an integer) in `stored`.
QString checkNumber(const FieldSpec& f, const QJsonValue& v, bool integral, const QString& what,
                    QJsonValue& stored) {
    if (!v.isDouble())
        return QStringLiteral("%1expected %2, got %3")
            .arg(what, integral ? "an int" : "a number", describe(v));
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return QStringLiteral("%1%2 is not a finite number").arg(what, number(d));
    if (integral && d != std::floor(d))
        return QStringLiteral("%1expected an int, got %2").arg(what, number(d));
    const bool belowMin = f.minExclusive ? d <= f.min : d < f.min;
    if (belowMin || d > f.max)
        return QStringLiteral("%1%2 is out of range %3").arg(what, number(d), f.rangeText());
    stored = integral ? QJsonValue(static_cast<qint64>(d)) : QJsonValue(d);
    return {};
}

// Returns an error message, or an empty string and the value in its stored
// form (ints as integers, doubles as doubles).
QString checkValue(const FieldSpec& f, const QJsonValue& v, QJsonValue& normalized) {
    const QString prefix = fieldPrefix(f.key);
    switch (f.type) {
        case FieldType::Bool:
            if (!v.isBool()) return prefix + "expected a bool (true or false), got " + describe(v);
            break;
        case FieldType::Int:
        case FieldType::Double:
            return checkNumber(f, v, f.type == FieldType::Int, prefix, normalized);
        case FieldType::Enum:
            if (!v.isString())
                return prefix + "expected one of " + f.allowed.join(", ") + ", got " + describe(v);
            if (!f.allowed.contains(v.toString()))
                return prefix + QStringLiteral("%1 is not one of %2%3")
                                    .arg(quoted(v.toString()), f.allowed.join(", "),
                                         didYouMean(v.toString(), f.allowed));
            break;
        case FieldType::String:
            if (!v.isString()) return prefix + "expected a string, got " + describe(v);
            break;
        case FieldType::IntList:
        case FieldType::DoubleList: {
            const bool integral = f.type == FieldType::IntList;
            if (!v.isArray())
                return prefix + QStringLiteral("expected an array of %1, got %2")
                                    .arg(integral ? "ints" : "numbers", describe(v));
            const QJsonArray array = v.toArray();
            if (array.size() < f.minListLength)
                return prefix + QStringLiteral("needs at least %1 value(s)").arg(f.minListLength);
            QJsonArray stored;
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonValue element;
                const QString error =
                    checkNumber(f, array[i], integral,
                                prefix + QStringLiteral("element %1: ").arg(i + 1), element);
                if (!error.isEmpty()) return error;
                stored.append(element);
            }
            normalized = stored;
            return {};
        }
    }
    normalized = v;  // a bool, enum or string is stored as given
    return {};
}

// One value as compact JSON text (a document cannot hold a bare scalar).
QByteArray compactJson(const QJsonValue& v) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Parses one element of an override's text by type; empty on failure.
std::optional<QJsonValue> parseScalar(FieldType type, const QString& text) {
    const QString t = text.trimmed();
    bool ok = false;
    switch (type) {
        case FieldType::Bool: {
            const QString lower = t.toLower();
            if (QStringList{"true", "1", "yes", "on"}.contains(lower)) return QJsonValue(true);
            if (QStringList{"false", "0", "no", "off"}.contains(lower)) return QJsonValue(false);
            return std::nullopt;
        }
        case FieldType::Int:
        case FieldType::IntList:
        case FieldType::Double:
        case FieldType::DoubleList: {
            // Range and integrality are checked afterwards, with the field's messages.
            const double d = t.toDouble(&ok);
            if (!ok) return std::nullopt;
            return QJsonValue(d);
        }
        case FieldType::Enum:
            return QJsonValue(t);
        case FieldType::String:  // paths may carry meaningful spaces
            return QJsonValue(text);
    }
    return std::nullopt;
}

QString lineAndColumn(const QByteArray& json, int offset) {
    const QByteArray head = json.left(offset);
    const int line = static_cast<int>(head.count('\n')) + 1;
    const int column = static_cast<int>(offset - (head.lastIndexOf('\n') + 1)) + 1;
    return QStringLiteral("line %1, column %2 (offset %3)").arg(line).arg(column).arg(offset);
}

QStringList prefixed(const QString& source, const QStringList& errors) {
    if (source.isEmpty()) return errors;
    QStringList result;
    for (const QString& e : errors) result << source + ": " + e;
    return result;
}

}  // namespace

ConfigError::ConfigError(const QStringList& errors)
    : std::runtime_error(errors.join(QStringLiteral("; ")).toStdString()), errors_(errors) {}

ExperimentConfig::ExperimentConfig(const ExperimentSchema& schema)
    : kind(schema.kind), schema_(&schema) {
    for (const FieldSpec& f : schema.fields) {
        QJsonValue stored;
        const QString error = checkValue(f, f.defaultValue, stored);
        // A schema whose default breaks its own range is a programming error.
        if (!error.isEmpty()) throw std::logic_error("schema default: " + error.toStdString());
        values_.insert(f.key, stored);
    }
}

ExperimentConfig ExperimentConfig::defaults(const QString& kind) {
    const ExperimentSchema* schema = schemaFor(kind);
    if (schema == nullptr)
        throw ConfigError(QStringLiteral("unknown experiment kind %1%2; known kinds: %3")
                              .arg(quoted(kind), didYouMean(kind, experimentKinds()),
                                   experimentKinds().join(", ")));
    ExperimentConfig config(*schema);
    config.name = kind;
    return config;
}

ExperimentConfig ExperimentConfig::fromJson(const QByteArray& json, const QString& source) {
    const auto fail = [&](const QStringList& errors) {
        throw ConfigError(prefixed(source, errors));
    };
    if (json.trimmed().isEmpty()) fail({QStringLiteral("file is empty")});
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail({QStringLiteral("malformed JSON at %1: %2")
                  .arg(lineAndColumn(json, parseError.offset), parseError.errorString())});
    if (const auto duplicate = findDuplicateJsonKey(json))
        fail({QStringLiteral("key %1 appears twice in one object (again at %2); keep one")
                  .arg(quoted(duplicate->key),
                       lineAndColumn(json, static_cast<int>(duplicate->offset)))});
    if (!doc.isObject())
        fail({QStringLiteral("expected a JSON object at the top level, got %1")
                  .arg(doc.isArray() ? "an array" : "a scalar")});
    const QJsonObject root = doc.object();

    QStringList errors;
    const ExperimentSchema* schema = nullptr;
    const QJsonValue format = root.value("format");
    if (format.isUndefined())
        errors << fieldPrefix("format") +
                      QStringLiteral("missing (expected %1)").arg(quoted(kFormat));
    else if (format.toString() != kFormat)
        errors << fieldPrefix("format") +
                      QStringLiteral("expected %1, got %2").arg(quoted(kFormat), describe(format));

    const QJsonValue version = root.value("version");
    if (version.isUndefined())
        errors << fieldPrefix("version") +
                      QStringLiteral("missing (expected %1)").arg(kCurrentVersion);
    else if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()))
        errors << fieldPrefix("version") + "expected an int, got " + describe(version);
    else if (version.toInt() != kCurrentVersion)
        errors << fieldPrefix("version") +
                      QStringLiteral("unsupported version %1 (this build reads version %2)")
                          .arg(number(version.toDouble()))
                          .arg(kCurrentVersion);

    const QJsonValue kindValue = root.value("kind");
    if (kindValue.isUndefined())
        errors << fieldPrefix("kind") +
                      QStringLiteral("missing (one of %1)").arg(experimentKinds().join(", "));
    else if (!kindValue.isString())
        errors << fieldPrefix("kind") + "expected a string, got " + describe(kindValue);
    else if ((schema = schemaFor(kindValue.toString())) == nullptr)
        errors << fieldPrefix("kind") +
                      QStringLiteral("%1 is not one of %2%3")
                          .arg(quoted(kindValue.toString()), experimentKinds().join(", "),
                               didYouMean(kindValue.toString(), experimentKinds()));

    for (const char* key : {"name", "description", "run_status"}) {
        const QJsonValue v = root.value(key);
        if (!v.isUndefined() && !v.isString())
            errors << fieldPrefix(key) + "expected a string, got " + describe(v);
    }
    const QJsonValue params = root.value("params");
    for (const char* key : {"params", "view", "results"}) {
        const QJsonValue v = root.value(key);
        if (!v.isUndefined() && !v.isObject())
            errors << fieldPrefix(key) + "expected an object, got " + describe(v);
    }

    for (auto it = root.begin(); it != root.end(); ++it) {
        if (kTopLevelKeys.contains(it.key())) continue;
        if (schema != nullptr && schema->find(it.key()) != nullptr)
            errors << QStringLiteral("field %1 belongs inside \"params\"").arg(quoted(it.key()));
        else
            errors << QStringLiteral("unknown field %1%2")
                          .arg(quoted(it.key()), didYouMean(it.key(), kTopLevelKeys));
    }
    if (schema == nullptr) fail(errors);

    ExperimentConfig config(*schema);
    config.name = root.value("name").toString();
    config.description = root.value("description").toString();
    config.view = root.value("view").toObject();
    config.results = root.value("results").toObject();
    const QJsonObject paramObject = params.toObject();
    for (auto it = paramObject.begin(); it != paramObject.end(); ++it) {
        const FieldSpec* spec = schema->find(it.key());
        if (spec == nullptr) {
            errors << unknownField(it.key(), *schema).errors();
            continue;
        }
        QJsonValue stored;
        const QString error = checkValue(*spec, it.value(), stored);
        if (error.isEmpty())
            config.values_.insert(spec->key, stored);
        else
            errors << error;
    }
    if (!errors.isEmpty()) fail(errors);
    try {
        config.validate();
    } catch (const ConfigError& e) {
        fail(e.errors());
    }
    return config;
}

ExperimentConfig ExperimentConfig::fromFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) throw ConfigError(QStringLiteral("cannot read %1: no such file").arg(path));
    if (info.isDir())
        throw ConfigError(QStringLiteral("cannot read %1: it is a folder, not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ConfigError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    ExperimentConfig config = fromJson(file.readAll(), path);
    if (config.name.isEmpty()) config.name = info.completeBaseName();
    return config;
}

QByteArray ExperimentConfig::toJson() const {
    QByteArray out = "{\n";
    const auto line = [&out](const QByteArray& indent, const QString& key, const QJsonValue& v,
                             bool last) {
        out += indent + compactJson(key) + ": " + compactJson(v) + (last ? "\n" : ",\n");
    };
    line("    ", "format", QString::fromLatin1(kFormat), false);
    line("    ", "version", version, false);
    line("    ", "kind", kind, false);
    line("    ", "name", name, false);
    line("    ", "description", description, false);
    out += "    \"params\": {\n";
    for (size_t i = 0; i < schema_->fields.size(); ++i) {
        const QString& key = schema_->fields[i].key;
        line("        ", key, values_.value(key), i + 1 == schema_->fields.size());
    }
    out += "    }";
    for (const auto& [key, block] : {std::pair{"view", &view}, std::pair{"results", &results}}) {
        if (block->isEmpty()) continue;
        out += ",\n    \"" + QByteArray(key) + "\": {\n";
        for (auto it = block->begin(); it != block->end(); ++it)
            line("        ", it.key(), it.value(), std::next(it) == block->end());
        out += "    }";
    }
    out += "\n}\n";
    return out;
}

const FieldSpec& ExperimentConfig::spec(const QString& key, FieldType expected) const {
    const FieldSpec* f = schema_->find(key);
    if (f == nullptr)
        throw std::invalid_argument(
            QStringLiteral("kind %1 has no field %2").arg(kind, quoted(key)).toStdString());
    const bool widening = expected == FieldType::Double && f->type == FieldType::Int;
    const bool textual = expected == FieldType::String && f->type == FieldType::Enum;
    if (f->type != expected && !widening && !textual)
        throw std::invalid_argument(
            QStringLiteral("field %1 of kind %2 is a %3, not a %4")
                .arg(quoted(key), kind, fieldTypeName(f->type), fieldTypeName(expected))
                .toStdString());
    return *f;
}

bool ExperimentConfig::getBool(const QString& key) const {
    return values_.value(spec(key, FieldType::Bool).key).toBool();
}

int ExperimentConfig::getInt(const QString& key) const {
    return static_cast<int>(values_.value(spec(key, FieldType::Int).key).toInteger());
}

double ExperimentConfig::getDouble(const QString& key) const {
    return values_.value(spec(key, FieldType::Double).key).toDouble();
}

QString ExperimentConfig::getString(const QString& key) const {
    return values_.value(spec(key, FieldType::String).key).toString();
}

QStringList ExperimentConfig::getNameList(const QString& key) const {
    QStringList names;
    for (const QString& item : getString(key).split(',')) names << item.trimmed();
    return names;
}

QList<int> ExperimentConfig::getIntList(const QString& key) const {
    QList<int> result;
    for (const QJsonValue& v : values_.value(spec(key, FieldType::IntList).key).toArray())
        result << static_cast<int>(v.toInteger());
    return result;
}

QList<double> ExperimentConfig::getDoubleList(const QString& key) const {
    QList<double> result;
    for (const QJsonValue& v : values_.value(spec(key, FieldType::DoubleList).key).toArray())
        result << v.toDouble();
    return result;
}

QJsonValue ExperimentConfig::value(const QString& key) const {
    if (!has(key))
        throw std::invalid_argument(
            QStringLiteral("kind %1 has no field %2").arg(kind, quoted(key)).toStdString());
    return values_.value(key);
}

QString ExperimentConfig::valueText(const QString& key) const {
    const QJsonValue v = value(key);
    if (v.isString()) return v.toString();
    if (!v.isArray()) return QString::fromUtf8(compactJson(v));
    QStringList parts;
    for (const QJsonValue& element : v.toArray()) parts << QString::fromUtf8(compactJson(element));
    return parts.join(',');
}

void ExperimentConfig::setValue(const QString& key, const QJsonValue& value) {
    const FieldSpec* f = schema_->find(key);
    if (f == nullptr) throw unknownField(key, *schema_);
    QJsonValue stored;
    const QString error = checkValue(*f, value, stored);
    if (!error.isEmpty()) throw ConfigError(error);
    values_.insert(key, stored);
}

void ExperimentConfig::applyOverride(const QString& assignment) {
    const qsizetype eq = assignment.indexOf('=');
    if (eq <= 0)
        throw ConfigError(
            QStringLiteral("override %1: expected key=value").arg(quoted(assignment)));
    const QString key = assignment.left(eq).trimmed();
    const QString text = assignment.mid(eq + 1);
    const FieldSpec* f = schema_->find(key);
    if (f == nullptr) throw unknownField(key, *schema_);

    const auto notA = [&](const QString& what) {
        return ConfigError(fieldPrefix(key) +
                           QStringLiteral("%1 is not %2").arg(quoted(text.trimmed()), what));
    };
    const bool isList = f->type == FieldType::IntList || f->type == FieldType::DoubleList;
    if (!isList) {
        const std::optional<QJsonValue> v = parseScalar(f->type, text);
        if (!v) {
            switch (f->type) {
                case FieldType::Bool:
                    throw notA("a bool (true or false)");
                case FieldType::Int:
                    throw notA("an int");
                default:
                    throw notA("a number");
            }
        }
        setValue(key, *v);
        return;
    }
    QString body = text.trimmed();
    if (body.startsWith('[') && body.endsWith(']')) body = body.mid(1, body.size() - 2);
    QJsonArray array;
    if (!body.trimmed().isEmpty()) {
        for (const QString& part : body.split(',')) {
            const std::optional<QJsonValue> v = parseScalar(f->type, part);
            if (!v)
                throw notA(f->type == FieldType::IntList ? "a comma-separated list of ints"
                                                         : "a comma-separated list of numbers");
            array.append(*v);
        }
    }
    setValue(key, array);
}

void ExperimentConfig::validate() const {
    if (schema_->crossCheck == nullptr) return;
    const QStringList errors = schema_->crossCheck(*this);
    if (!errors.isEmpty()) throw ConfigError(errors);
}

bool operator==(const ExperimentConfig& a, const ExperimentConfig& b) {
    return a.version == b.version && a.kind == b.kind && a.name == b.name &&
           a.description == b.description && a.values_ == b.values_;
}

QList<PresetInfo> listPresets() {
    QList<PresetInfo> presets;
    const QString dir = presetDir();
    if (dir.isEmpty()) return presets;
    for (const QFileInfo& info :
         QDir(dir).entryInfoList({"*.json"}, QDir::Files | QDir::Readable, QDir::Name)) {
        try {
            const ExperimentConfig config = ExperimentConfig::fromFile(info.filePath());
            presets.append(
                {info.completeBaseName(), config.kind, config.description, info.filePath()});
        } catch (const ConfigError&) {
            // Broken bundled presets are caught by the preset tests.
        }
    }
    return presets;
}

ExperimentConfig loadPreset(const QString& name) {
    const QString dir = presetDir();
    if (dir.isEmpty())
        throw ConfigError(
            QStringLiteral("no preset folder found (set NORMLAB_RESOURCE_DIR to the folder "
                           "holding presets/)"));
    const QString path = QDir(dir).filePath(name + ".json");
    if (!QFileInfo(path).isFile()) {
        QStringList names;
        for (const QFileInfo& info : QDir(dir).entryInfoList({"*.json"}, QDir::Files, QDir::Name))
            names << info.completeBaseName();
        throw ConfigError(QStringLiteral("unknown preset %1%2; available: %3")
                              .arg(quoted(name), didYouMean(name, names), names.join(", ")));
    }
    ExperimentConfig config = ExperimentConfig::fromFile(path);
    config.name = name;
    return config;
}

ExperimentConfig resolveExperiment(const QString& presetOrFile) {
    const bool looksLikePath = presetOrFile.contains('/') ||
                               presetOrFile.endsWith(".json", Qt::CaseInsensitive) ||
                               QFileInfo(presetOrFile).isFile();
    return looksLikePath ? ExperimentConfig::fromFile(presetOrFile) : loadPreset(presetOrFile);
}

}  // namespace normlab::session
