#include "app/widgets/field_binding.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSlider>
#include <cmath>
#include <stdexcept>

#include "app/widgets/exact_spin_box.h"
#include "app/widgets/field_texts.h"
#include "app/widgets/mapped_slider.h"

namespace normlab::app {

namespace {

using session::FieldScale;
using session::FieldType;

// Slider steps of a number field without a hint: fine enough to reach any part.
constexpr int kDefaultSliderSteps = 200;

const session::FieldSpec& findSpec(const QString& kind, const QString& key) {
    const session::ExperimentSchema* schema = session::schemaFor(kind);
    const session::FieldSpec* spec = schema ? schema->find(key) : nullptr;
    if (spec == nullptr)
        throw std::logic_error(
            QStringLiteral("no field %1 in kind %2").arg(key, kind).toStdString());
    return *spec;
}

bool isNumber(FieldType type) { return type == FieldType::Int || type == FieldType::Double; }
bool isList(FieldType type) { return type == FieldType::IntList || type == FieldType::DoubleList; }

// A readable step for a number box: a tenth of the default's decade.
double spinStep(const session::FieldSpec& f) {
    if (f.type == FieldType::Int) return 1.0;
    if (f.slider.steps > 0 && f.scale() == FieldScale::Linear)
        return (f.slider.max - f.slider.min) / f.slider.steps;
    const double d = std::abs(f.defaultValue.toDouble());
    return d > 0.0 ? std::pow(10.0, std::floor(std::log10(d)) - 1.0) : 0.1;
}

QString listText(const QJsonValue& value) {
    QStringList parts;
    for (const QJsonValue& v : value.toArray()) parts << ExactSpinBox::exactText(v.toDouble());
    return parts.join(QStringLiteral(", "));
}

}  // namespace

FieldBinding::FieldBinding(const QString& kind, const QString& key, QWidget* parent)
    : QObject(parent),
      spec_(&findSpec(kind, key)),
      scratch_(session::ExperimentConfig::defaults(kind)),
      value_(scratch_.value(key)) {
    widget_ = new QWidget(parent);
    widget_->installEventFilter(this);
    errorLabel_ = new QLabel(parent);
    errorLabel_->setWordWrap(true);
    errorLabel_->setObjectName(key + QStringLiteral("Error"));
    errorLabel_->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    errorLabel_->hide();
    if (isNumber(spec_->type))
        buildNumber();
    else
        buildChoice();
    // A form label's mnemonic reaches the part that takes input.
    for (QWidget* input : {static_cast<QWidget*>(spin_), static_cast<QWidget*>(combo_),
                           static_cast<QWidget*>(check_), static_cast<QWidget*>(line_)})
        if (input) widget_->setFocusProxy(input);
    retranslate();
    show();
}

FieldBinding::~FieldBinding() = default;

QString FieldBinding::key() const { return spec_->key; }

void FieldBinding::buildNumber() {
    auto* layout = new QHBoxLayout(widget_);
    layout->setContentsMargins(0, 0, 0, 0);
    const session::FieldSpec& f = *spec_;
    const bool log = f.scale() == FieldScale::Log;
    const session::SliderHint& hint = f.slider;
    if (!hint.stops.isEmpty()) {
        slider_ = new MappedSlider(QString(), hint.stops, widget_);
    } else if (hint.steps > 0 || f.type == FieldType::Double) {
        const double lo = hint.steps > 0 ? hint.min : f.min;
        const double hi = hint.steps > 0 ? hint.max : f.max;
        const bool logAxis = log && lo > 0.0;
        slider_ = new MappedSlider(
            QString(), lo, hi, hint.steps > 0 ? hint.steps : kDefaultSliderSteps,
            logAxis ? MappedSlider::Scale::Logarithmic : MappedSlider::Scale::Linear, widget_);
    }
    if (slider_) {
        slider_->setValueLabelVisible(false);
        layout->addWidget(slider_, 1);
        connect(slider_, &MappedSlider::valueChanged, this, [this](double v) {
            if (showing_) return;
            const QJsonValue candidate = sliderCandidate(v);
            offer(candidate);
        });
    }
    spin_ = new ExactSpinBox(widget_);
    spin_->setObjectName(f.key);
    spin_->setIntegral(f.type == FieldType::Int);
    spin_->setLogarithmic(log);
    spin_->setSingleStep(spinStep(f));
    layout->addWidget(spin_, 0);
    if (!f.unit.isEmpty()) {
        unit_ = new QLabel(f.unit, widget_);
        layout->addWidget(unit_, 0);
    }
    connect(spin_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (showing_) return;
        const QJsonValue candidate =
            spec_->type == FieldType::Int ? QJsonValue(static_cast<qint64>(v)) : QJsonValue(v);
        offer(candidate);
    });
}

void FieldBinding::buildChoice() {
    auto* layout = new QHBoxLayout(widget_);
    layout->setContentsMargins(0, 0, 0, 0);
    const session::FieldSpec& f = *spec_;
    switch (f.type) {
        case FieldType::Bool:
            check_ = new QCheckBox(widget_);
            check_->setObjectName(f.key);
            layout->addWidget(check_);
            connect(check_, &QCheckBox::toggled, this, [this](bool on) {
                if (!showing_) offer(QJsonValue(on));
            });
            break;
        case FieldType::Enum:
            combo_ = new QComboBox(widget_);
            combo_->setObjectName(f.key);
            choices_ = f.allowed;
            // Long choice names elide rather than widen the form past its panel.
            combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo_->setMinimumContentsLength(14);
            layout->addWidget(combo_);
            connect(combo_, &QComboBox::currentIndexChanged, this, [this](int index) {
                if (!showing_ && index >= 0) offer(QJsonValue(combo_->itemData(index).toString()));
            });
            break;
        default:
            line_ = new QLineEdit(widget_);
            line_->setObjectName(f.key);
            layout->addWidget(line_);
            connect(line_, &QLineEdit::editingFinished, this, [this] {
                if (showing_) return;
                QString problem;
                const QJsonValue candidate = lineCandidate(line_->text(), &problem);
                if (problem.isEmpty()) {
                    offer(candidate);
                } else {
                    showRefusal(problem, line_->text());
                    Q_EMIT refused(problem);
                }
            });
            break;
    }
}

QJsonValue FieldBinding::sliderCandidate(double v) const {
    if (spec_->type == FieldType::Int) return QJsonValue(static_cast<qint64>(std::llround(v)));
    // A step of a log slider is worth three significant digits, no more.
    if (spec_->scale() == FieldScale::Log) return QString::number(v, 'g', 3).toDouble();
    return QString::number(v, 'g', 12).toDouble();
}

QJsonValue FieldBinding::lineCandidate(const QString& text, QString* problem) const {
    if (!isList(spec_->type)) return text;
    QJsonArray array;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const double v = QLocale::c().toDouble(part, &ok);
        if (!ok) {
            *problem = tr("\"%1\" is not a number.").arg(part);
            return {};
        }
        if (spec_->type == FieldType::IntList && v == std::floor(v))
            array.append(static_cast<qint64>(v));
        else
            array.append(v);
    }
    return array;
}

void FieldBinding::offer(const QJsonValue& candidate) {
    const QString message = setValue(candidate);
    if (message.isEmpty())
        Q_EMIT edited(value_);
    else
        Q_EMIT refused(message);
}

QString FieldBinding::setValue(const QJsonValue& candidate) {
    try {
        scratch_.setValue(spec_->key, candidate);
    } catch (const session::ConfigError& e) {
        showRefusal(QString::fromStdString(e.what()), valueText(candidate));
        return error_;
    }
    value_ = scratch_.value(spec_->key);
    error_.clear();
    errorLabel_->hide();
    show();
    return {};
}

bool FieldBinding::revertRefused(double requested, double kept) {
    if (!isNumber(spec_->type) || !value_.isDouble() || value_.toDouble() != requested)
        return false;
    const QJsonValue back = spec_->type == FieldType::Int
                                ? QJsonValue(static_cast<qint64>(std::llround(kept)))
                                : QJsonValue(kept);
    return setValue(back).isEmpty();
}

void FieldBinding::showRefusal(const QString& message, const QString& shownText) {
    error_ = message;
    const QString kept = valueText(value_);
    if (spec_->hasRange() && !shownText.isEmpty())
        errorLabel_->setText(tr("%1 is not allowed here (allowed: %2); the value stays %3.")
                                 .arg(shownText, spec_->rangeText(), kept));
    else
        errorLabel_->setText(tr("Not applied: %1").arg(message));
    errorLabel_->setToolTip(message);
    errorLabel_->show();
    show();
}

QString FieldBinding::valueText(const QJsonValue& value) const {
    if (value.isArray()) return listText(value);
    if (value.isDouble()) return ExactSpinBox::exactText(value.toDouble());
    if (value.isBool()) return value.toBool() ? tr("on") : tr("off");
    return value.toString();
}

void FieldBinding::load(const session::ExperimentConfig& config) {
    const QString message = setValue(config.value(spec_->key));
    // A config is validated against the same schema, so it cannot be refused.
    if (!message.isEmpty()) throw std::logic_error(message.toStdString());
}

void FieldBinding::store(session::ExperimentConfig& config) const {
    config.setValue(spec_->key, value_);
}

void FieldBinding::setChoices(const QStringList& values) {
    choices_ = values;
    show();
}

void FieldBinding::setTracking(bool tracking) {
    if (slider_) slider_->slider()->setTracking(tracking);
}

void FieldBinding::fillChoices() {
    QStringList items = choices_;
    if (!items.contains(value_.toString())) items << value_.toString();
    bool same = combo_->count() == items.size();
    for (int i = 0; same && i < items.size(); ++i) same = combo_->itemData(i) == items[i];
    if (same) return;
    combo_->clear();
    for (const QString& v : items) combo_->addItem(choiceName(spec_->key, v), v);
}

void FieldBinding::show() {
    showing_ = true;
    if (spin_) {
        const double v = value_.toDouble();
        spin_->setValue(v);
        if (slider_) slider_->setValue(v);  // keeps v exactly when it lies on its range
    } else if (check_) {
        check_->setChecked(value_.toBool());
    } else if (combo_) {
        fillChoices();
        combo_->setCurrentIndex(combo_->findData(value_.toString()));
    } else if (line_) {
        line_->setText(isList(spec_->type) ? listText(value_) : value_.toString());
    }
    showing_ = false;
}

void FieldBinding::setExplanation(const QString& explanation) {
    explanation_ = explanation;
    retranslate();
}

void FieldBinding::retranslate() {
    const QString schemaTip = fieldToolTip(*spec_);
    const QString tip =
        explanation_.isEmpty() ? schemaTip : explanation_ + QStringLiteral("\n\n") + schemaTip;
    for (QWidget* w : widget_->findChildren<QWidget*>()) w->setToolTip(tip);
    widget_->setToolTip(tip);
    if (combo_) {
        for (int i = 0; i < combo_->count(); ++i)
            combo_->setItemText(i, choiceName(spec_->key, combo_->itemData(i).toString()));
    }
}

bool FieldBinding::eventFilter(QObject* watched, QEvent* event) {
    if (watched == widget_ && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

}  // namespace normlab::app
