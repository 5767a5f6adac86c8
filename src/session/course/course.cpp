#include "session/course/course.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "session/course/json_line_map.h"
#include "session/experiment_config.h"
#include "session/json_duplicate_key.h"
#include "session/resource_paths.h"

namespace normlab::session::course {

namespace {

const QRegularExpression& placeholderPattern() {
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_.]+)(?::([0-9]))?\\}"));
    return re;
}

// Reads one object's fields, collecting every problem with its line.
class Reader {
  public:
    Reader(QString source, const QHash<QString, int>& lines, QStringList& errors)
        : source_(std::move(source)), lines_(lines), errors_(errors) {}

    void error(const QString& path, const QString& message) {
        errors_ << QStringLiteral("%1:%2: %3: %4")
                       .arg(source_)
                       .arg(lineOf(lines_, path))
                       .arg(path.isEmpty() ? QStringLiteral("(file)") : path, message);
    }

    // Unknown keys are refused: a misspelt field would otherwise be ignored.
    void onlyKeys(const QJsonObject& o, const QString& path, const QStringList& keys) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!keys.contains(it.key()))
                error(join(path, it.key()),
                      QStringLiteral("unknown field (allowed: %1)").arg(keys.join(", ")));
    }

    // The member `key` when `fits` accepts it; otherwise records why (its
    // absence only when it is required) and gives nothing.
    std::optional<QJsonValue> member(const QJsonObject& o, const QString& path, const QString& key,
                                     bool required, bool (*fits)(const QJsonValue&),
                                     const char* missing, const char* mustBe) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(join(path, key), QStringLiteral("missing (%1 is required)").arg(missing));
            return std::nullopt;
        }
        if (!fits(v)) {
            error(join(path, key), QStringLiteral("must be %1").arg(mustBe));
            return std::nullopt;
        }
        return v;
    }

    QString text(const QJsonObject& o, const QString& path, const QString& key, bool required) {
        const auto fits = [](const QJsonValue& v) {
            return v.isString() && !v.toString().trimmed().isEmpty();
        };
        const auto v = member(o, path, key, required, fits, "a text", "a non-empty text");
        return v ? v->toString() : QString();
    }

    std::optional<QJsonObject> object(const QJsonObject& o, const QString& path,
                                      const QString& key, bool required) {
        const auto fits = [](const QJsonValue& v) { return v.isObject(); };
        const auto v = member(o, path, key, required, fits, "an object", "an object");
        if (!v) return std::nullopt;
        return v->toObject();
    }

    std::optional<QJsonArray> array(const QJsonObject& o, const QString& path, const QString& key,
                                    bool required) {
        const auto fits = [](const QJsonValue& v) { return v.isArray(); };
        const auto v = member(o, path, key, required, fits, "a list", "a list");
        if (!v) return std::nullopt;
        return v->toArray();
    }

    std::optional<qint64> integer(const QJsonObject& o, const QString& path, const QString& key,
                                  qint64 lo, qint64 hi) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < static_cast<double>(lo) ||
            d > static_cast<double>(hi)) {
            error(join(path, key), QStringLiteral("must be a whole number from %1 to %2")
                                       .arg(lo)
                                       .arg(hi));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    static QString join(const QString& path, const QString& key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString& path, qsizetype i) {
        return path + QStringLiteral("[%1]").arg(i);
    }

    // visit(element, its path) for each element of `list` (at `listPath`)
    // that is an object; any other element is an error.
    template <class Visit>
    void eachObject(const QJsonArray& list, const QString& listPath, const Visit& visit) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = index(listPath, i);
            if (list.at(i).isObject())
                visit(list.at(i).toObject(), path);
            else
                error(path, QStringLiteral("must be an object"));
        }
    }

  private:
    QString source_;
    const QHash<QString, int>& lines_;
    QStringList& errors_;
};

void checkMeasure(Reader& r, const CourseStep& step, const QString& path, const QString& name) {
    if (!step.kind.isEmpty() && !isKnownMeasure(step.kind, name))
        r.error(path, QStringLiteral("\"%1\" is not a measure of a %2 run (known: %3)")
                          .arg(name, step.kind, measureNames(step.kind).join(", ")));
}

void checkPlaceholders(Reader& r, const CourseStep& step, const QString& path,
                       const QString& text) {
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) checkMeasure(r, step, path, it.next().captured(1));
}

Reveal readReveal(Reader& r, const QJsonObject& o, const QString& path, const CourseStep& step) {
    Reveal reveal;
    r.onlyKeys(o, path, {"figures", "statements", "teaches"});
    if (const auto figures = r.array(o, path, "figures", true)) {
        if (figures->isEmpty() || figures->size() > 4)
            r.error(Reader::join(path, "figures"), QStringLiteral("must hold 1 to 4 figures"));
        r.eachObject(
            *figures, Reader::join(path, "figures"), [&](const QJsonObject& f, const QString& fp) {
                r.onlyKeys(f, fp, {"label", "measure", "decimals", "unit"});
                Figure figure;
                figure.label = r.text(f, fp, "label", true);
                figure.measure = r.text(f, fp, "measure", true);
                if (!figure.measure.isEmpty())
                    checkMeasure(r, step, Reader::join(fp, "measure"), figure.measure);
                figure.decimals = static_cast<int>(r.integer(f, fp, "decimals", 0, 6).value_or(1));
                if (f.contains("unit")) figure.unit = f.value("unit").toString();
                reveal.figures << figure;
            });
    }
    if (const auto statements = r.array(o, path, "statements", true)) {
        if (statements->isEmpty())
            r.error(Reader::join(path, "statements"), QStringLiteral("must hold a statement"));
        r.eachObject(
            *statements, Reader::join(path, "statements"),
            [&](const QJsonObject& s, const QString& sp) {
                r.onlyKeys(s, sp, {"when", "text", "explanation"});
                Statement statement;
                statement.text = r.text(s, sp, "text", true);
                statement.explanation = r.text(s, sp, "explanation", true);
                checkPlaceholders(r, step, Reader::join(sp, "text"), statement.text);
                checkPlaceholders(r, step, Reader::join(sp, "explanation"), statement.explanation);
                // Every statement needs a condition: no sentence about a run is
                // shown without the run's numbers backing it.
                const auto when = r.array(s, sp, "when", true);
                if (when && when->isEmpty())
                    r.error(Reader::join(sp, "when"), QStringLiteral("must hold a condition"));
                for (qsizetype k = 0; when && k < when->size(); ++k) {
                    const QString cp = Reader::index(Reader::join(sp, "when"), k);
                    QString why;
                    const std::optional<Condition> c =
                        when->at(k).isString() ? Condition::parse(when->at(k).toString(), &why)
                                               : std::nullopt;
                    if (!c) {
                        r.error(cp, when->at(k).isString()
                                        ? why
                                        : QStringLiteral("must be a comparison text"));
                        continue;
                    }
                    for (const QString& m : c->measures()) checkMeasure(r, step, cp, m);
                    statement.when << *c;
                }
                reveal.statements << statement;
            });
    }
    if (const auto teaches = r.integer(o, path, "teaches", -1, 99)) {
        if (*teaches >= reveal.statements.size())
            r.error(Reader::join(path, "teaches"),
                    QStringLiteral("names statement %1, but there are %2")
                        .arg(*teaches)
                        .arg(reveal.statements.size()));
        else
            reveal.teaches = static_cast<int>(*teaches);
    }
    return reveal;
}

CourseStep readStep(Reader& r, const QJsonObject& o, const QString& path,
                    const QMap<QString, QString>& presetKinds) {
    CourseStep step;
    r.onlyKeys(o, path, {"id", "section", "title", "lab", "preset", "view", "prompt",
                         "prediction", "checkpoint", "reveal"});
    step.id = r.text(o, path, "id", true);
    step.section = r.text(o, path, "section", true);
    step.title = r.text(o, path, "title", true);
    step.lab = r.text(o, path, "lab", true);
    if (!step.lab.isEmpty() && labViews(step.lab).isEmpty())
        r.error(Reader::join(path, "lab"),
                QStringLiteral("unknown lab \"%1\" (known: feature_scaling, batch_norm, batch_size)")
                    .arg(step.lab));
    step.preset = r.text(o, path, "preset", true);
    if (!step.preset.isEmpty()) {
        if (!presetKinds.contains(step.preset)) {
            r.error(Reader::join(path, "preset"),
                    QStringLiteral("no bundled preset \"%1\" (available: %2)")
                        .arg(step.preset, QStringList(presetKinds.keys()).join(", ")));
        } else {
            step.kind = presetKinds.value(step.preset);
            if (!step.lab.isEmpty() && labForKind(step.kind) != step.lab)
                r.error(Reader::join(path, "preset"),
                        QStringLiteral("\"%1\" is a %2 experiment, which the %3 lab does not run")
                            .arg(step.preset, step.kind, step.lab));
        }
    }
    step.view = r.text(o, path, "view", true);
    if (!step.view.isEmpty() && !labViews(step.lab).isEmpty() &&
        !labViews(step.lab).contains(step.view))
        r.error(Reader::join(path, "view"), QStringLiteral("the %1 lab has no view \"%2\" (views: %3)")
                                                .arg(step.lab, step.view,
                                                     labViews(step.lab).join(", ")));
    step.prompt = r.text(o, path, "prompt", true);
    if (const auto p = r.object(o, path, "prediction", false)) {
        const QString pp = Reader::join(path, "prediction");
        r.onlyKeys(*p, pp, {"question", "answers"});
        Prediction prediction;
        prediction.question = r.text(*p, pp, "question", true);
        if (const auto answers = r.array(*p, pp, "answers", true)) {
            if (answers->size() < 2 || answers->size() > 4)
                r.error(Reader::join(pp, "answers"), QStringLiteral("must hold 2 to 4 answers"));
            for (qsizetype i = 0; i < answers->size(); ++i) {
                if (!answers->at(i).isString() || answers->at(i).toString().trimmed().isEmpty())
                    r.error(Reader::index(Reader::join(pp, "answers"), i),
                            QStringLiteral("must be a non-empty text"));
                else
                    prediction.answers << answers->at(i).toString();
            }
        }
        step.prediction = prediction;
    }
    if (const auto c = r.object(o, path, "checkpoint", true)) {
        const QString cp = Reader::join(path, "checkpoint");
        r.onlyKeys(*c, cp, {"steps", "sweep"});
        const bool sweepLab = step.kind == QLatin1String("batch-sweep");
        if (c->contains("sweep")) {
            if (!c->value("sweep").isBool() || !c->value("sweep").toBool())
                r.error(Reader::join(cp, "sweep"), QStringLiteral("must be true when given"));
            else if (!sweepLab && !step.kind.isEmpty())
                r.error(Reader::join(cp, "sweep"),
                        QStringLiteral("only a sweep lab runs a whole sweep; give \"steps\""));
            step.checkpoint.sweep = true;
        } else if (c->contains("steps")) {
            step.checkpoint.steps = r.integer(*c, cp, "steps", 0, 1000000).value_or(0);
            if (sweepLab)
                r.error(Reader::join(cp, "steps"),
                        QStringLiteral("a sweep runs whole; give \"sweep\": true"));
        } else {
            r.error(cp, QStringLiteral("needs \"steps\" (training labs) or \"sweep\": true"));
        }
    }
    if (const auto reveal = r.object(o, path, "reveal", true))
        step.reveal = readReveal(r, *reveal, Reader::join(path, "reveal"), step);
    return step;
}

}  // namespace

CourseError::CourseError(const QStringList& errors)
    : std::runtime_error(errors.join(QLatin1Char('\n')).toStdString()), errors_(errors) {}

QStringList CourseStep::measures() const {
    QStringList names;
    for (const Figure& f : reveal.figures) names << f.measure;
    for (const Statement& s : reveal.statements) {
        for (const Condition& c : s.when) names << c.measures();
        for (const QString* text : {&s.text, &s.explanation}) {
            QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(*text);
            while (it.hasNext()) names << it.next().captured(1);
        }
    }
    names.removeDuplicates();
    return names;
}

QStringList Course::strings() const {
    QStringList all{title};
    for (const CourseStep& s : steps) {
        all << s.title << s.prompt;
        if (s.prediction) all << s.prediction->question << s.prediction->answers;
        for (const Figure& f : s.reveal.figures) {
            all << f.label;
            if (!f.unit.isEmpty()) all << f.unit;
        }
        for (const Statement& st : s.reveal.statements) all << st.text << st.explanation;
    }
    all.removeDuplicates();
    return all;
}

QString labForKind(const QString& kind) {
    if (kind == QLatin1String("feature-scaling")) return QStringLiteral("feature_scaling");
    if (kind == QLatin1String("bn-twin")) return QStringLiteral("batch_norm");
    if (kind == QLatin1String("batch-sweep")) return QStringLiteral("batch_size");
    return {};
}

QStringList labViews(const QString& lab) {
    if (lab == QLatin1String("feature_scaling")) return {"surfaces", "curves"};
    if (lab == QLatin1String("batch_norm"))
        return {"shift", "sigmoid", "linear-region", "curves", "affine", "init-sweep",
                "landscape", "lesson"};
    if (lab == QLatin1String("batch_size"))
        return {"accuracy", "curves", "gap", "map", "bn-modes", "same-loss", "small-batch"};
    return {};
}

Course parseCourse(const QByteArray& json, const QString& source) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw CourseError({QStringLiteral("%1:%2: not valid JSON: %3")
                               .arg(source)
                               .arg(lineAtOffset(json, parseError.offset))
                               .arg(parseError.errorString())});
    if (!doc.isObject())
        throw CourseError({QStringLiteral("%1:1: the file must hold one JSON object").arg(source)});
    if (const auto dup = findDuplicateJsonKey(json))
        throw CourseError({QStringLiteral("%1:%2: %3: written twice in one object")
                               .arg(source)
                               .arg(lineAtOffset(json, dup->offset))
                               .arg(dup->key)});
    const QHash<QString, int> lines = jsonLineMap(json);
    QStringList errors;
    Reader r(source, lines, errors);
    const QJsonObject root = doc.object();
    r.onlyKeys(root, {}, {"format", "version", "title", "steps"});
    if (root.value("format").toString() != QLatin1String(Course::kFormat))
        r.error("format", QStringLiteral("must be \"%1\"").arg(Course::kFormat));
    if (root.value("version").toInt(-1) != Course::kVersion)
        r.error("version", QStringLiteral("must be %1").arg(Course::kVersion));
    Course course;
    course.title = r.text(root, {}, "title", true);
    QMap<QString, QString> presetKinds;
    for (const PresetInfo& p : listPresets()) presetKinds.insert(p.name, p.kind);
    if (const auto steps = r.array(root, {}, "steps", true)) {
        if (steps->isEmpty()) r.error("steps", QStringLiteral("must hold at least one step"));
        QSet<QString> ids;
        r.eachObject(
            *steps, QStringLiteral("steps"), [&](const QJsonObject& o, const QString& path) {
                CourseStep step = readStep(r, o, path, presetKinds);
                if (!step.id.isEmpty() && ids.contains(step.id))
                    r.error(Reader::join(path, "id"),
                            QStringLiteral("\"%1\" is the id of an earlier step").arg(step.id));
                ids.insert(step.id);
                course.steps << step;
            });
    }
    if (!errors.isEmpty()) throw CourseError(errors);
    return course;
}

Course loadCourseFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CourseError({QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString())});
    return parseCourse(file.readAll(), QFileInfo(path).fileName());
}

QString bundledCoursePath() {
    for (const QString& dir : resourceDirs()) {
        const QString path = QDir(dir).filePath(QStringLiteral("lessons/course.json"));
        if (QFileInfo(path).isFile()) return path;
    }
    return {};
}

QString courseText(const QString& source) {
    return QCoreApplication::translate("Course", source.toUtf8().constData());
}

}  // namespace normlab::session::course
