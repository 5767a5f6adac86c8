#include "app/widgets/bound_form.h"

#include <QFormLayout>
#include <QLabel>

#include "app/widgets/field_binding.h"

namespace normlab::app {

BoundForm::BoundForm(const QString& kind, QWidget* parent)
    : QObject(parent), kind_(kind), parent_(parent) {}

FieldBinding* BoundForm::field(const QString& key) {
    if (FieldBinding* existing = fields_.value(key)) return existing;
    auto* binding = new FieldBinding(kind_, key, parent_);
    fields_.insert(key, binding);
    order_ << key;
    connect(binding, &FieldBinding::edited, this, [this, key] { Q_EMIT edited(key); });
    return binding;
}

FieldBinding* BoundForm::addRow(QFormLayout* form, const QString& key) {
    FieldBinding* binding = field(key);
    auto* label = new QLabel(parent_);
    label->setWordWrap(true);
    label->setBuddy(binding->widget());
    labels_.insert(key, label);
    form->addRow(label, binding->widget());
    form->addRow(binding->errorLabel());
    return binding;
}

void BoundForm::setTexts(const QString& key, const QString& label, const QString& explanation) {
    if (QLabel* l = labels_.value(key)) l->setText(label);
    field(key)->setExplanation(explanation);
}

void BoundForm::setRowEnabled(const QString& key, bool enabled) {
    if (QLabel* label = labels_.value(key)) label->setEnabled(enabled);
    if (FieldBinding* binding = fields_.value(key)) binding->widget()->setEnabled(enabled);
}

void BoundForm::setRowVisible(const QString& key, bool visible) {
    if (QLabel* label = labels_.value(key)) label->setVisible(visible);
    if (FieldBinding* binding = fields_.value(key)) {
        binding->widget()->setVisible(visible);
        if (!visible) binding->errorLabel()->hide();
    }
}

void BoundForm::load(const session::ExperimentConfig& config) {
    for (const QString& key : order_) fields_.value(key)->load(config);
}

void BoundForm::store(session::ExperimentConfig& config) const {
    for (const QString& key : order_) fields_.value(key)->store(config);
}

}  // namespace normlab::app
