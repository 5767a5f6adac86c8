// The lesson-file loader: the bundled course loads, and each kind of bad
// input is refused with a message naming the file, the line and the field.
#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "session/course/course.h"
#include "session/course/reveal.h"

namespace normlab::session::course {
namespace {

// A one-step course; `step` is spliced in as the step's extra fields.
QByteArray lesson(const QString& stepFields, const QString& reveal = {}) {
    const QString defaultReveal = QStringLiteral(
        R"("reveal": {
        "figures": [{"label": "steps", "measure": "none.steps"}],
        "statements": [{"when": ["none.steps > 1"], "text": "t", "explanation": "e"}]
    })");
    return QStringLiteral(R"({
"format": "normlab-course",
"version": 1,
"title": "T",
"steps": [{
    "id": "a",
    "section": "1",
    "title": "A",
    "lab": "feature_scaling",
    "preset": "feature-scaling",
    "view": "surfaces",
    "prompt": "P",
    %1
    %2
}]
})")
        .arg(stepFields, reveal.isEmpty() ? defaultReveal : reveal)
        .toUtf8();
}

QString errorOf(const QByteArray& json) {
    try {
        (void)parseCourse(json, QStringLiteral("bad.json"));
    } catch (const CourseError& e) {
        return e.errors().join('\n');
    }
    return {};
}

TEST(CourseLoader, AcceptsAWellFormedStep) {
    const Course c = parseCourse(lesson(R"("checkpoint": {"steps": 10},)"), "ok.json");
    ASSERT_EQ(c.steps.size(), 1);
    EXPECT_EQ(c.steps[0].kind, "feature-scaling");
    EXPECT_EQ(c.steps[0].checkpoint.steps, 10);
    EXPECT_EQ(c.steps[0].reveal.statements[0].when[0].measures(), QStringList{"none.steps"});
}

TEST(CourseLoader, NamesTheLineOfASyntaxError) {
    const QString e = errorOf("{\n\"format\": \"normlab-course\",\n\"title\": \"x\" \"steps\": []\n}");
    EXPECT_TRUE(e.startsWith("bad.json:3: not valid JSON")) << e.toStdString();
}

TEST(CourseLoader, NamesLineAndFieldOfAnUnknownField) {
    const QString e = errorOf(lesson(R"("checkpoint": {"steps": 10},
    "prmopt": "typo",)"));
    EXPECT_TRUE(e.contains("bad.json:14: steps[0].prmopt: unknown field")) << e.toStdString();
}

TEST(CourseLoader, RefusesAMeasureTheLabCannotSupply) {
    const QString e = errorOf(lesson(R"("checkpoint": {"steps": 10},)",
                                     R"("reveal": {
        "figures": [{"label": "x", "measure": "bn.test_acc"}],
        "statements": [{"when": ["none.steps > 1"], "text": "t", "explanation": "e"}]
    })"));
    EXPECT_TRUE(e.contains("bad.json:15: steps[0].reveal.figures[0].measure: \"bn.test_acc\" is "
                           "not a measure of a feature-scaling run"))
        << e.toStdString();
}

TEST(CourseLoader, RefusesAPlaceholderThatIsNoMeasure) {
    const QString e = errorOf(lesson(R"("checkpoint": {"steps": 10},)",
                                     R"("reveal": {
        "figures": [{"label": "x", "measure": "none.steps"}],
        "statements": [{"when": ["none.steps > 1"], "text": "took {none.stpes:0}", "explanation": "e"}]
    })"));
    EXPECT_TRUE(e.contains("steps[0].reveal.statements[0].text: \"none.stpes\" is not a measure"))
        << e.toStdString();
}

TEST(CourseLoader, RefusesABadCondition) {
    for (const char* when : {"none.steps", "none.steps > 1 > 2", "3 > 2", "none.steps > bn.x * y",
                             "none.steps >= banana!"}) {
        SCOPED_TRACE(when);
        const QString e = errorOf(lesson(R"("checkpoint": {"steps": 10},)",
                                         QStringLiteral(R"("reveal": {
        "figures": [{"label": "x", "measure": "none.steps"}],
        "statements": [{"when": ["%1"], "text": "t", "explanation": "e"}]
    })")
                                             .arg(when)));
        EXPECT_TRUE(e.contains("bad.json:16: steps[0].reveal.statements[0].when[0]:"))
            << e.toStdString();
    }
}

TEST(CourseLoader, RefusesAStatementWithoutACondition) {
    const QString e = errorOf(lesson(R"("checkpoint": {"steps": 10},)",
                                     R"("reveal": {
        "figures": [{"label": "x", "measure": "none.steps"}],
        "statements": [{"when": [], "text": "always true", "explanation": "e"}]
    })"));
    EXPECT_TRUE(e.contains("steps[0].reveal.statements[0].when: must hold a condition"))
        << e.toStdString();
}

TEST(CourseLoader, RefusesAPresetOfAnotherLab) {
    QByteArray json = lesson(R"("checkpoint": {"steps": 10},)");
    json.replace("\"preset\": \"feature-scaling\"", "\"preset\": \"bn-paper\"");
    const QString e = errorOf(json);
    EXPECT_TRUE(e.contains("bad.json:10: steps[0].preset: \"bn-paper\" is a bn-twin experiment"))
        << e.toStdString();
}

TEST(CourseLoader, RefusesAnUnknownPresetViewAndLab) {
    QByteArray json = lesson(R"("checkpoint": {"steps": 10},)");
    json.replace("\"preset\": \"feature-scaling\"", "\"preset\": \"no-such-preset\"");
    json.replace("\"view\": \"surfaces\"", "\"view\": \"heatmap\"");
    const QString e = errorOf(json);
    EXPECT_TRUE(e.contains("steps[0].preset: no bundled preset \"no-such-preset\"")) << e.toStdString();
    EXPECT_TRUE(e.contains("bad.json:11: steps[0].view: the feature_scaling lab has no view"))
        << e.toStdString();
    json.replace("\"lab\": \"feature_scaling\"", "\"lab\": \"optics\"");
    EXPECT_TRUE(errorOf(json).contains("steps[0].lab: unknown lab \"optics\""));
}

TEST(CourseLoader, RefusesPredictionsWithTooFewOrTooManyAnswers) {
    for (const char* answers : {R"(["only one"])", R"(["a", "b", "c", "d", "e"])"}) {
        const QString e = errorOf(lesson(
            QStringLiteral(R"("prediction": {"question": "Q?", "answers": %1},
    "checkpoint": {"steps": 10},)")
                .arg(answers)));
        EXPECT_TRUE(e.contains("bad.json:13: steps[0].prediction.answers: must hold 2 to 4 answers"))
            << e.toStdString();
    }
}

TEST(CourseLoader, RefusesABadCheckpoint) {
    EXPECT_TRUE(errorOf(lesson(R"("checkpoint": {},)")).contains("steps[0].checkpoint: needs"));
    EXPECT_TRUE(errorOf(lesson(R"("checkpoint": {"steps": -5},)"))
                    .contains("bad.json:13: steps[0].checkpoint.steps: must be a whole number"));
    EXPECT_TRUE(errorOf(lesson(R"("checkpoint": {"sweep": true},)"))
                    .contains("steps[0].checkpoint.sweep: only a sweep lab"));
    EXPECT_TRUE(errorOf(lesson(R"(
    "reveal": {"figures": [], "statements": []})", " "))
                    .contains("steps[0].checkpoint: missing"));
}

TEST(CourseLoader, RefusesTeachingAStatementThatIsNotThere) {
    const QString e = errorOf(lesson(R"("checkpoint": {"steps": 10},)",
                                     R"("reveal": {
        "figures": [{"label": "x", "measure": "none.steps"}],
        "statements": [{"when": ["none.steps > 1"], "text": "t", "explanation": "e"}],
        "teaches": 1
    })"));
    EXPECT_TRUE(e.contains("bad.json:17: steps[0].reveal.teaches: names statement 1, but there are 1"))
        << e.toStdString();
}

TEST(CourseLoader, RefusesDuplicateKeysAndIdsAndAWrongFormat) {
    QByteArray json = lesson(R"("checkpoint": {"steps": 10},)");
    QByteArray twice = json;
    twice.replace("\"prompt\": \"P\",", "\"prompt\": \"P\",\n    \"prompt\": \"Q\",");
    EXPECT_TRUE(errorOf(twice).contains("bad.json:13: prompt: written twice")) << errorOf(twice).toStdString();
    QByteArray format = json;
    format.replace("normlab-course", "normlab-experiment");
    EXPECT_TRUE(errorOf(format).contains("bad.json:2: format: must be \"normlab-course\""));
    const int start = json.indexOf("{\n    \"id\"");
    const int end = json.lastIndexOf("}]");
    const QByteArray step = json.mid(start, end + 1 - start);
    QByteArray two = json;
    two.insert(end + 1, ",\n" + step);
    EXPECT_TRUE(errorOf(two).contains("steps[1].id: \"a\" is the id of an earlier step"))
        << errorOf(two).toStdString();
}

TEST(CourseLoader, ListsEveryProblemAtOnce) {
    QByteArray json = lesson(R"("checkpoint": {"steps": 10},
    "extra": 1,)");
    json.replace("\"view\": \"surfaces\"", "\"view\": \"nope\"");
    try {
        (void)parseCourse(json, "bad.json");
        FAIL() << "accepted";
    } catch (const CourseError& e) {
        EXPECT_EQ(e.errors().size(), 2) << e.what();
    }
}

TEST(CourseLoader, TheBundledCourseLoadsAndFollowsTheOutline) {
    const Course c = loadCourseFile(bundledCoursePath());
    EXPECT_GE(c.steps.size(), 15);
    EXPECT_LE(c.steps.size(), 25);
    QStringList sections;
    for (const CourseStep& s : c.steps)
        if (sections.isEmpty() || sections.last() != s.section) sections << s.section;
    EXPECT_EQ(sections, (QStringList{"1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "3"}));
}

TEST(Condition, ComparesScaledMeasuresAndIsFalseWhenOneIsMissing) {
    const auto c = Condition::parse("plain.drift > 3 * bn.drift", nullptr);
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->holds({{"plain.drift", 3.1}, {"bn.drift", 1.0}}));
    EXPECT_FALSE(c->holds({{"plain.drift", 2.9}, {"bn.drift", 1.0}}));
    EXPECT_FALSE(c->holds({{"plain.drift", 2.9}}));
    EXPECT_FALSE(c->holds({{"plain.drift", std::nan("")}, {"bn.drift", 1.0}}));
    const auto d = Condition::parse("x <= 2", nullptr);
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->holds({{"x", 2}}));
    EXPECT_FALSE(d->holds({{"x", 2.01}}));
}

TEST(Reveal, ChoosesTheFirstStatementThatHoldsAndFillsInTheNumbers) {
    const Course c = parseCourse(lesson(R"("checkpoint": {"steps": 10},)",
                                        R"("reveal": {
        "figures": [{"label": "x", "measure": "none.steps"}, {"label": "y", "measure": "zscore.steps"}],
        "statements": [
            {"when": ["none.steps > 10 * zscore.steps"], "text": "{none.steps:0} vs {zscore.steps:1}", "explanation": "big"},
            {"when": ["none.steps <= 10 * zscore.steps"], "text": "close", "explanation": "small"}
        ]
    })"),
                                 "ok.json");
    const Reveal& r = c.steps[0].reveal;
    const QLocale en(QLocale::English);
    RevealOutcome big = evaluateReveal(r, {{"none.steps", 1353}, {"zscore.steps", 31}}, en);
    EXPECT_EQ(big.statement, 0);
    EXPECT_EQ(big.text, "1,353 vs 31.0");
    EXPECT_EQ(big.explanation, "big");
    RevealOutcome close = evaluateReveal(r, {{"none.steps", 40}, {"zscore.steps", 31}}, en);
    EXPECT_EQ(close.statement, 1);
    RevealOutcome missing = evaluateReveal(r, {{"none.steps", 40}}, en);
    EXPECT_EQ(missing.statement, -1);
    EXPECT_FALSE(missing.figures[1].has_value());
}

// Every string of the bundled course has a finished Korean translation in the
// "Course" context, and the app's source list keeps it from being dropped by lupdate.
TEST(CourseTranslations, EveryCourseStringHasAFinishedKoreanTranslation) {
    QFile ts(QStringLiteral(NORMLAB_RESOURCE_DIR) + "/translations/normlab_ko.ts");
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QMap<QString, bool> finished;  // source -> translated and finished
    QString context, source;
    bool inCourse = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == u"name") context = xml.readElementText();
        inCourse = context == QLatin1String("Course");
        if (!inCourse) continue;
        if (xml.name() == u"source") source = xml.readElementText();
        if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value("type") == u"unfinished";
            finished[source] = !unfinished && !xml.readElementText().trimmed().isEmpty();
        }
    }
    QFile strings(QStringLiteral(NORMLAB_RESOURCE_DIR) + "/../src/app/course/course_strings.cpp");
    ASSERT_TRUE(strings.open(QIODevice::ReadOnly));
    const QString listed = QString::fromUtf8(strings.readAll());
    const Course c = loadCourseFile(bundledCoursePath());
    for (const QString& s : c.strings()) {
        EXPECT_TRUE(finished.value(s, false)) << "no finished Korean for: " << s.toStdString();
        QString escaped = s;
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        EXPECT_TRUE(listed.contains('"' + escaped + '"'))
            << "not in course_strings.cpp: " << s.toStdString();
    }
}

}  // namespace
}  // namespace normlab::session::course
