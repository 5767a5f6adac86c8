// Schema-bound controls: every field of every experiment kind round-trips
// exactly through its widget, and values the schema refuses are refused with
// the schema's message, never clamped.

#include "app/widgets/field_binding.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QWidget>
#include <cmath>
#include <optional>

#include "app/widgets/exact_spin_box.h"
#include "app/widgets/mapped_slider.h"
#include "session/config_schema.h"

namespace {

using normlab::app::ExactSpinBox;
using normlab::app::FieldBinding;
using normlab::session::ConfigError;
using normlab::session::ExperimentConfig;
using normlab::session::FieldSpec;
using normlab::session::FieldType;

QString text(const QJsonValue& v) {
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// A value inside the range that no slider step lands on.
double offStep(const FieldSpec& f, double t) {
    if (f.logScale && f.min > 0.0) return f.min * std::pow(f.max / f.min, t) * 1.000123;
    return f.min + (f.max - f.min) * t + 1e-7 * (f.max - f.min);
}

// Values worth carrying through the widget: the ends, odd points in between.
QList<QJsonValue> samples(const FieldSpec& f) {
    QList<QJsonValue> values{f.defaultValue};
    switch (f.type) {
        case FieldType::Bool:
            values << true << false;
            break;
        case FieldType::Enum:
            for (const QString& v : f.allowed) values << v;
            break;
        case FieldType::String:
            values << QStringLiteral("a b, c \u00e9") << QString();
            break;
        case FieldType::Int: {
            const auto lo = static_cast<qint64>(f.min);
            const auto hi = static_cast<qint64>(f.max);
            values << hi << (lo + hi) / 2 + 1 << lo + 1;
            if (!f.minExclusive) values << lo;
            break;
        }
        case FieldType::Double:
            values << f.max << offStep(f, 0.37) << offStep(f, 0.81);
            if (!f.minExclusive) values << f.min;
            break;
        case FieldType::IntList:
            values << QJsonArray{static_cast<qint64>(f.max), static_cast<qint64>(f.min) + 1,
                                 (static_cast<qint64>(f.min) + static_cast<qint64>(f.max)) / 2};
            break;
        case FieldType::DoubleList:
            values << QJsonArray{f.max, offStep(f, 0.37), offStep(f, 0.81)};
            break;
    }
    return values;
}

// A value the schema refuses, or nothing for a field that accepts any of its type.
std::optional<QJsonValue> outside(const FieldSpec& f) {
    switch (f.type) {
        case FieldType::Int:
            return QJsonValue(static_cast<qint64>(f.max) + 1);
        case FieldType::Double:
            return QJsonValue(f.max + std::max(1.0, std::abs(f.max)));
        case FieldType::IntList:
            return QJsonValue(QJsonArray{static_cast<qint64>(f.max) + 1});
        case FieldType::DoubleList:
            return QJsonValue(QJsonArray{f.max * 2 + 1});
        case FieldType::Enum:
            return QJsonValue(QStringLiteral("no-such-choice"));
        case FieldType::Bool:
        case FieldType::String:
            break;
    }
    return std::nullopt;
}

QString schemaMessage(const QString& kind, const QString& key, const QJsonValue& value) {
    ExperimentConfig config = ExperimentConfig::defaults(kind);
    try {
        config.setValue(key, value);
    } catch (const ConfigError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

TEST(FieldBinding, EveryFieldOfEveryKindRoundTripsExactly) {
    int checked = 0;
    for (const QString& kind : normlab::session::experimentKinds()) {
        for (const FieldSpec& f : normlab::session::schemaFor(kind)->fields) {
            QWidget form;
            FieldBinding binding(kind, f.key, &form);
            for (const QJsonValue& v : samples(f)) {
                SCOPED_TRACE((kind + " " + f.key + " = " + text(v)).toStdString());
                ExperimentConfig file = ExperimentConfig::defaults(kind);
                file.setValue(f.key, v);
                binding.load(file);
                if (binding.spinBox()) {
                    EXPECT_EQ(binding.spinBox()->value(), file.value(f.key).toDouble());
                }
                ExperimentConfig saved = ExperimentConfig::defaults(kind);
                binding.store(saved);
                EXPECT_EQ(saved.value(f.key), file.value(f.key));
                EXPECT_EQ(saved.toJson(), file.toJson());
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 300);
}

TEST(FieldBinding, OutOfRangeValuesAreRefusedWithTheSchemasMessage) {
    int refused = 0;
    for (const QString& kind : normlab::session::experimentKinds()) {
        for (const FieldSpec& f : normlab::session::schemaFor(kind)->fields) {
            const std::optional<QJsonValue> bad = outside(f);
            if (!bad) continue;
            SCOPED_TRACE((kind + " " + f.key).toStdString());
            QWidget form;
            FieldBinding binding(kind, f.key, &form);
            const QJsonValue before = binding.value();
            const QString expected = schemaMessage(kind, f.key, *bad);
            ASSERT_FALSE(expected.isEmpty());
            EXPECT_EQ(binding.setValue(*bad), expected);
            EXPECT_EQ(binding.error(), expected);
            EXPECT_EQ(binding.value(), before);
            EXPECT_FALSE(binding.errorLabel()->isHidden());
            EXPECT_FALSE(binding.errorLabel()->text().isEmpty());
            // A good value clears the refusal.
            EXPECT_TRUE(binding.setValue(f.defaultValue).isEmpty());
            EXPECT_TRUE(binding.errorLabel()->isHidden());
            ++refused;
        }
    }
    EXPECT_GT(refused, 150);
}

TEST(FieldBinding, LoadedValuesStayExactWhileTheSliderShowsTheNearestStep) {
    QWidget form;
    FieldBinding scale("feature-scaling", "feature1_scale", &form);
    ExperimentConfig file = ExperimentConfig::defaults("feature-scaling");
    file.setValue("feature1_scale", 40.0);
    scale.load(file);
    ASSERT_NE(scale.slider(), nullptr);
    EXPECT_EQ(scale.spinBox()->text(), "40");
    EXPECT_EQ(scale.value().toDouble(), 40.0);
    EXPECT_EQ(scale.slider()->value(), 40.0);  // the slider itself keeps it too

    FieldBinding momentum("batch-sweep", "momentum", &form);
    ExperimentConfig sweep = ExperimentConfig::defaults("batch-sweep");
    sweep.setValue("momentum", 0.95);
    momentum.load(sweep);
    EXPECT_EQ(momentum.spinBox()->text(), "0.95");
    ExperimentConfig saved = ExperimentConfig::defaults("batch-sweep");
    momentum.store(saved);
    EXPECT_EQ(saved.getDouble("momentum"), 0.95);
}

TEST(FieldBinding, ASliderMoveSetsAStepValue) {
    QWidget form;
    FieldBinding lr("feature-scaling", "lr", &form);
    QSignalSpy edited(&lr, &FieldBinding::edited);
    QSlider* slider = lr.slider()->slider();
    slider->setValue(slider->value() + 7);
    ASSERT_EQ(edited.count(), 1);
    const double step = lr.slider()->valueAt(slider->value());
    EXPECT_EQ(lr.value().toDouble(), QString::number(step, 'g', 3).toDouble());
    EXPECT_EQ(lr.spinBox()->value(), lr.value().toDouble());

    FieldBinding batch("feature-scaling", "batch_size", &form);
    batch.slider()->slider()->setValue(4);  // stops 0, 1, 2, 4, 8
    EXPECT_EQ(batch.value(), QJsonValue(8));
}

TEST(FieldBinding, TypedValueOutsideTheRangeIsRefusedNotClamped) {
    QWidget form;
    FieldBinding lr("feature-scaling", "lr", &form);
    QSignalSpy refused(&lr, &FieldBinding::refused);
    QSignalSpy edited(&lr, &FieldBinding::edited);
    auto* edit = lr.spinBox()->findChild<QLineEdit*>();
    ASSERT_NE(edit, nullptr);
    edit->selectAll();
    QTest::keyClicks(edit, "20");
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(edited.count(), 0);
    EXPECT_EQ(refused.at(0).at(0).toString(),
              schemaMessage("feature-scaling", "lr", QJsonValue(20.0)));
    EXPECT_EQ(lr.value().toDouble(), 1e-3);
    EXPECT_EQ(lr.spinBox()->value(), 1e-3);
    EXPECT_TRUE(lr.errorLabel()->text().contains("[1e-09, 10]"));

    // A value inside is taken exactly as typed.
    edit->selectAll();
    QTest::keyClicks(edit, "0.00123456789");
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_EQ(edited.count(), 1);
    EXPECT_EQ(lr.value().toDouble(), 0.00123456789);
    EXPECT_TRUE(lr.errorLabel()->isHidden());
}

TEST(FieldBinding, ChoicesShowTranslatedNamesAndStoreSchemaValues) {
    QWidget form;
    FieldBinding optimizer("feature-scaling", "optimizer", &form);
    QComboBox* combo = optimizer.comboBox();
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->itemText(0), "Gradient descent");
    combo->setCurrentIndex(2);
    EXPECT_EQ(optimizer.value(), QJsonValue("adam"));
    EXPECT_FALSE(combo->toolTip().isEmpty());

    FieldBinding sizes("batch-sweep", "batch_sizes", &form);
    QSignalSpy refused(&sizes, &FieldBinding::refused);
    sizes.lineEdit()->setText("8, 64, x");
    Q_EMIT sizes.lineEdit()->editingFinished();
    EXPECT_EQ(refused.count(), 1);
    sizes.lineEdit()->setText("8, 64 512");
    Q_EMIT sizes.lineEdit()->editingFinished();
    EXPECT_EQ(sizes.value(), QJsonValue(QJsonArray{8, 64, 512}));
}

}  // namespace

namespace {

TEST(FieldBinding, OfferedChoicesStillShowAndKeepALoadedValueOutsideThem) {
    QWidget form;
    FieldBinding binding(QStringLiteral("batch-sweep"), QStringLiteral("dataset"), &form);
    binding.setChoices({QStringLiteral("fashion-mnist"), QStringLiteral("moons")});
    QComboBox* combo = binding.comboBox();
    EXPECT_EQ(combo->count(), 2);
    ExperimentConfig file = ExperimentConfig::defaults(QStringLiteral("batch-sweep"));
    file.setValue(QStringLiteral("dataset"), QStringLiteral("xor"));
    binding.load(file);
    EXPECT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("xor"));
    ExperimentConfig saved = ExperimentConfig::defaults(QStringLiteral("batch-sweep"));
    binding.store(saved);
    EXPECT_EQ(saved.toJson(), file.toJson());
    // Picking an offered choice applies it; the file's own value leaves the list.
    QSignalSpy edited(&binding, &FieldBinding::edited);
    combo->setCurrentIndex(combo->findData(QStringLiteral("moons")));
    EXPECT_EQ(edited.count(), 1);
    EXPECT_EQ(binding.value().toString(), QStringLiteral("moons"));
    EXPECT_EQ(combo->count(), 2);
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("moons"));
}

TEST(FieldBinding, EverySliderStepOfEveryFieldIsAValueTheSchemaAccepts) {
    int steps = 0;
    for (const QString& kind : normlab::session::experimentKinds()) {
        for (const FieldSpec& f : normlab::session::schemaFor(kind)->fields) {
            QWidget form;
            FieldBinding binding(kind, f.key, &form);
            if (!binding.slider()) continue;
            QSlider* slider = binding.slider()->slider();
            for (int p = slider->minimum(); p <= slider->maximum(); ++p) {
                SCOPED_TRACE((kind + " " + f.key + " at " + QString::number(p)).toStdString());
                slider->setValue(p);
                EXPECT_TRUE(binding.error().isEmpty()) << binding.error().toStdString();
                ++steps;
            }
        }
    }
    EXPECT_GT(steps, 1000);
}

}  // namespace

TEST(FieldBinding, AValueTheRunRefusedGoesBackToTheKeptOneUnlessTheFieldMovedOn) {
    QWidget parent;
    FieldBinding batch(QStringLiteral("bn-twin"), QStringLiteral("batch_size"), &parent);
    QSignalSpy edited(&batch, &FieldBinding::edited);
    ASSERT_TRUE(batch.setValue(1000).isEmpty());
    EXPECT_TRUE(batch.revertRefused(1000, 32));
    EXPECT_EQ(batch.value().toInt(), 32);
    EXPECT_EQ(batch.spinBox()->value(), 32);
    EXPECT_EQ(edited.count(), 0) << "going back is not a new value to post";
    // A later value stays: the refusal is of a value no longer shown.
    ASSERT_TRUE(batch.setValue(20).isEmpty());
    EXPECT_FALSE(batch.revertRefused(1000, 32));
    EXPECT_EQ(batch.value().toInt(), 20);

    FieldBinding lr(QStringLiteral("bn-twin"), QStringLiteral("lr"), &parent);
    ASSERT_TRUE(lr.setValue(0.7).isEmpty());
    EXPECT_TRUE(lr.revertRefused(0.7, 0.0123));
    EXPECT_EQ(lr.value().toDouble(), 0.0123);
}
