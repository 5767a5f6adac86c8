#include "app/widgets/field_texts.h"

#include <QCoreApplication>
#include <QHash>

#include "session/config_schema.h"

namespace normlab::app {

namespace {

// Keys are "field:value"; a value means the same in every kind that has the field.
QString knownChoiceName(const QString& key, const QString& value) {
    const QString id = key + QLatin1Char(':') + value;
    static const QHash<QString, const char*> kNames{
        {QStringLiteral("dataset:synthetic"), QT_TRANSLATE_NOOP("FieldChoice", "Synthetic houses")},
        {QStringLiteral("dataset:csv"), QT_TRANSLATE_NOOP("FieldChoice", "CSV file")},
        {QStringLiteral("optimizer:gd"), QT_TRANSLATE_NOOP("FieldChoice", "Gradient descent")},
        {QStringLiteral("optimizer:sgd"), QT_TRANSLATE_NOOP("FieldChoice", "SGD")},
        {QStringLiteral("optimizer:momentum"), QT_TRANSLATE_NOOP("FieldChoice", "Momentum")},
        {QStringLiteral("optimizer:adam"), QT_TRANSLATE_NOOP("FieldChoice", "Adam")},
        {QStringLiteral("lr_mode:same"),
         QT_TRANSLATE_NOOP("FieldChoice", "Same learning rate for all")},
        {QStringLiteral("lr_mode:fraction"),
         QT_TRANSLATE_NOOP("FieldChoice", "Same fraction of each plot's 2/\u03bbmax")},
    };
    const auto it = kNames.constFind(id);
    return it == kNames.constEnd() ? QString()
                                   : QCoreApplication::translate("FieldChoice", it.value());
}

}  // namespace

QString choiceName(const QString& key, const QString& value) {
    const QString name = knownChoiceName(key, value);
    return name.isEmpty() ? value : name;
}

QString fieldToolTip(const session::FieldSpec& spec) {
    // Descriptions are marked for translation in the schema under this context.
    QString tip = QCoreApplication::translate("FieldSpec", spec.description.toUtf8().constData());
    if (spec.hasRange())
        tip += QLatin1Char('\n') +
               QCoreApplication::translate("FieldSpec", "Allowed: %1").arg(spec.rangeText());
    return tip;
}

}  // namespace normlab::app
