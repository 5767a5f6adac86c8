#pragma once
// The batch-normalization lab's controls, each bound to its bn-twin schema
// field. Changes the running twins can take (learning rate, momentum, batch
// size, gamma/beta frozen, BN eval mode, noise strength) are reported as
// live changes; the rest need a new run and are reported with a reason.

#include <QString>
#include <QWidget>

#include "core/lab/lab_command.h"
#include "session/experiment_config.h"

QT_BEGIN_NAMESPACE
class QFormLayout;
class QGroupBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class BoundForm;
class FieldBinding;

class BnControls : public QWidget {
    Q_OBJECT
  public:
    // The three boxes of the column, top to bottom.
    enum class Group { Data, Networks, Training };

    explicit BnControls(QWidget* parent = nullptr);

    // The base config with every control's value written in.
    [[nodiscard]] session::ExperimentConfig config() const;
    // Sets every control from `config` exactly, without emitting anything.
    void setConfig(const session::ExperimentConfig& config);
    // A data file chosen through File > Open data set ("idx" or "csv").
    void setDataFile(const QString& kind, const QString& path);
    void retranslate();

    // The bound control of a bn-twin field shown in the column (nullptr otherwise).
    [[nodiscard]] FieldBinding* field(const QString& key) const;
    // Adds the field as a row of `group`; an edit of it starts a new run
    // unless it is one of the live fields above. The caller sets the texts
    // with setRowTexts().
    FieldBinding* addRow(Group group, const QString& key);
    void setRowTexts(const QString& key, const QString& label, const QString& explanation);

  Q_SIGNALS:
    // An edit of a live field, as the command the running twins apply.
    void liveChanged(normlab::core::TwinCommand command);
    void restartNeeded(QString reason);

  private:
    void onEdited(const QString& key);
    void onDatasetEdited();
    void onModelEdited();
    [[nodiscard]] QString restartReason(const QString& key) const;
    [[nodiscard]] QString valueOf(const QString& key) const;
    void updateEnabled();
    void showDataPath();

    session::ExperimentConfig base_;
    BoundForm* form_;
    QString dataset_;  // the last data set accepted, for a refused file set
    QGroupBox* dataGroup_;
    QGroupBox* modelGroup_;
    QGroupBox* trainingGroup_;
    QFormLayout* dataForm_;
    QFormLayout* modelForm_;
    QFormLayout* trainingForm_;
    QLabel* dataPath_;
};

}  // namespace normlab::app
