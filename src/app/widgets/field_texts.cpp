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
        {QStringLiteral("normaliser:batch"), QT_TRANSLATE_NOOP("FieldChoice", "Batch norm (BN)")},
        {QStringLiteral("normaliser:layer"), QT_TRANSLATE_NOOP("FieldChoice", "Layer norm (LN)")},
        {QStringLiteral("normaliser:group"), QT_TRANSLATE_NOOP("FieldChoice", "Group norm (GN)")},
        {QStringLiteral("dataset:fashion-mnist"),
         QT_TRANSLATE_NOOP("FieldChoice", "Fashion-MNIST")},
        {QStringLiteral("dataset:moons"), QT_TRANSLATE_NOOP("FieldChoice", "Two moons (2-D)")},
        {QStringLiteral("dataset:circles"), QT_TRANSLATE_NOOP("FieldChoice", "Circles (2-D)")},
        {QStringLiteral("dataset:xor"), QT_TRANSLATE_NOOP("FieldChoice", "XOR (2-D)")},
        {QStringLiteral("dataset:spirals"), QT_TRANSLATE_NOOP("FieldChoice", "Spirals (2-D)")},
        {QStringLiteral("dataset:blobs"), QT_TRANSLATE_NOOP("FieldChoice", "Blobs (2-D)")},
        {QStringLiteral("dataset:idx"), QT_TRANSLATE_NOOP("FieldChoice", "IDX folder")},
        {QStringLiteral("input_scaling:none"), QT_TRANSLATE_NOOP("FieldChoice", "None")},
        {QStringLiteral("input_scaling:minmax"),
         QT_TRANSLATE_NOOP("FieldChoice", "Min-max to [0, 1]")},
        {QStringLiteral("input_scaling:zscore"),
         QT_TRANSLATE_NOOP("FieldChoice", "Z-score (x \u2212 \u03bc) / \u03c3")},
        {QStringLiteral("model:mlp"), QT_TRANSLATE_NOOP("FieldChoice", "MLP (dense layers)")},
        {QStringLiteral("model:cnn"),
         QT_TRANSLATE_NOOP("FieldChoice", "Small CNN (per-channel BN)")},
        {QStringLiteral("pooling:max"), QT_TRANSLATE_NOOP("FieldChoice", "Max")},
        {QStringLiteral("pooling:avg"), QT_TRANSLATE_NOOP("FieldChoice", "Average")},
        {QStringLiteral("activation:sigmoid"),
         QT_TRANSLATE_NOOP("FieldChoice", "Sigmoid 1 / (1 + e^\u2212z)")},
        {QStringLiteral("activation:tanh"), QT_TRANSLATE_NOOP("FieldChoice", "Tanh")},
        {QStringLiteral("activation:relu"), QT_TRANSLATE_NOOP("FieldChoice", "ReLU max(0, z)")},
        {QStringLiteral("bn_placement:before"),
         QT_TRANSLATE_NOOP("FieldChoice", "Before the activation (paper)")},
        {QStringLiteral("bn_placement:after"),
         QT_TRANSLATE_NOOP("FieldChoice", "After the activation")},
        {QStringLiteral("affine:learnable"), QT_TRANSLATE_NOOP("FieldChoice", "Learned")},
        {QStringLiteral("affine:frozen"),
         QT_TRANSLATE_NOOP("FieldChoice", "Frozen at \u03b3 = 1, \u03b2 = 0")},
        {QStringLiteral("init:gaussian"),
         QT_TRANSLATE_NOOP("FieldChoice", "Gaussian N(0, std\u00b2)")},
        {QStringLiteral("init:xavier"),
         QT_TRANSLATE_NOOP("FieldChoice", "Xavier (std \u221a(2 / (in + out)))")},
        {QStringLiteral("init:he"), QT_TRANSLATE_NOOP("FieldChoice", "He (std \u221a(2 / in))")},
        {QStringLiteral("bn_eval_mode:eval"),
         QT_TRANSLATE_NOOP("FieldChoice", "Running statistics (eval)")},
        {QStringLiteral("bn_eval_mode:train"),
         QT_TRANSLATE_NOOP("FieldChoice", "Batch statistics (train)")},
        {QStringLiteral("lr_rule:constant"), QT_TRANSLATE_NOOP("FieldChoice", "Constant")},
        {QStringLiteral("lr_rule:linear"), QT_TRANSLATE_NOOP("FieldChoice", "Linear in B")},
        {QStringLiteral("lr_rule:sqrt"), QT_TRANSLATE_NOOP("FieldChoice", "Square root of B")},
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
