#pragma once
// The bound fields of one experiment kind as a group: each field's control
// in a form row with its label and refusal line, and the whole group loaded
// from and stored into a config at once.

#include <QHash>
#include <QObject>
#include <QString>

#include "session/experiment_config.h"

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class FieldBinding;

class BoundForm : public QObject {
    Q_OBJECT
  public:
    BoundForm(const QString& kind, QWidget* parent);

    [[nodiscard]] QString kind() const { return kind_; }
    // The field's control, made on first use.
    FieldBinding* field(const QString& key);
    // The field as a row of `form`: a label (text set by the caller), the
    // control, and under it the line that explains a refused value.
    FieldBinding* addRow(QFormLayout* form, const QString& key);
    [[nodiscard]] QLabel* label(const QString& key) const { return labels_.value(key); }
    // The row's label and the field's explanation, in the current language.
    void setTexts(const QString& key, const QString& label, const QString& explanation);
    // Shows or hides the field's whole row.
    void setRowVisible(const QString& key, bool visible);

    // Enables or disables the field's row.
    void setRowEnabled(const QString& key, bool enabled);

    void load(const session::ExperimentConfig& config);
    void store(session::ExperimentConfig& config) const;

  Q_SIGNALS:
    // A user edit of `key` the schema accepted.
    void edited(const QString& key);

  private:
    QString kind_;
    QWidget* parent_;
    QHash<QString, FieldBinding*> fields_;
    QHash<QString, QLabel*> labels_;
    QStringList order_;
};

}  // namespace normlab::app
