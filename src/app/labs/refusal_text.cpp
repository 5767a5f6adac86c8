#include "app/labs/refusal_text.h"

namespace normlab::app {

namespace {
QString number(double value) { return QString::number(value, 'g', 6); }
}  // namespace

QString RefusalText::fieldName(const QString& key) {
    if (key == QLatin1String("lr")) return tr("Learning rate");
    if (key == QLatin1String("fraction")) return tr("Fraction of the largest stable rate");
    if (key == QLatin1String("momentum")) return tr("Momentum");
    if (key == QLatin1String("batch_size")) return tr("Batch size");
    if (key == QLatin1String("bn_noise")) return tr("Noise strength");
    if (key == QLatin1String("start_w1")) return tr("Start w1");
    if (key == QLatin1String("start_w2")) return tr("Start w2");
    return key;
}

QString RefusalText::of(const core::CommandRefusal& r) {
    using Reason = core::CommandRefusal::Reason;
    const QString field = fieldName(QString::fromStdString(r.field));
    const QString requested = number(r.requested);
    const QString kept = number(r.kept);
    switch (r.reason) {
        case Reason::NotThisLab:
            return tr("The run ignored a change meant for another lab.");
        case Reason::NotFinite:
            return tr("%1 %2 was refused: it is not a finite number. The run keeps %3.")
                .arg(field, requested, kept);
        case Reason::NotPositive:
            return tr("%1 %2 was refused: it must be above 0. The run keeps %3.")
                .arg(field, requested, kept);
        case Reason::BelowMinimum:
            return tr("%1 %2 was refused: the smallest this run takes is %3. The run keeps %4.")
                .arg(field, requested, number(r.limit), kept);
        case Reason::AboveMaximum:
            if (r.field == "batch_size")
                return tr("Batch size %1 was refused: the training set has only %2 examples. "
                          "The run keeps batch size %3.")
                    .arg(requested, number(r.limit), kept);
            return tr("%1 %2 was refused: the largest this run takes is %3. The run keeps %4.")
                .arg(field, requested, number(r.limit), kept);
    }
    return field;
}

}  // namespace normlab::app
