#pragma once
// The feature-scaling lab's controls, every one bound to its schema field:
// the data (synthetic sliders or a CSV file's columns, the intercept) and the
// optimiser (update rule, learning rate or fraction of 2/lambda_max,
// mini-batch, start). Edits come out as the config they leave behind.

#include <QWidget>

#include "session/experiment_config.h"

QT_BEGIN_NAMESPACE
class QGroupBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class BoundForm;
class CsvSourceBox;
class FieldBinding;

class ScalingControls : public QWidget {
    Q_OBJECT
  public:
    explicit ScalingControls(QWidget* parent = nullptr);

    // Every control from `config`, exactly; a CSV source starts loading its file.
    void load(const session::ExperimentConfig& config);
    // The experiment the controls describe. A CSV source without a loaded
    // file runs the synthetic set, as the page says.
    [[nodiscard]] session::ExperimentConfig config() const;
    // Starts reading a CSV file for the lab (File > Open data set, the button).
    void openCsv(const QString& path);

    [[nodiscard]] FieldBinding* field(const QString& key) const;
    [[nodiscard]] CsvSourceBox* csvSource() const { return csv_; }
    [[nodiscard]] QLabel* dataMessage() const { return dataMessage_; }
    // Shows `message` under the data controls (empty hides it).
    void showDataMessage(const QString& message);
    void retranslate();

  Q_SIGNALS:
    // A field the running experiment takes between steps changed.
    void liveEdited(const QString& key);
    // The data changed: the experiment must be rebuilt, for `reason`.
    void dataChanged(const QString& reason);

  private:
    void buildData();
    void buildOptimizer();
    void updateVisibility();
    void onEdited(const QString& key);

    BoundForm* form_;
    QGroupBox* dataGroup_ = nullptr;
    QGroupBox* optimizerGroup_ = nullptr;
    QWidget* syntheticBox_ = nullptr;
    CsvSourceBox* csv_ = nullptr;
    QLabel* dataMessage_ = nullptr;
    QLabel* startLabel_ = nullptr;
    QLabel* startHint_ = nullptr;
    // A CSV file named by a config that has not loaded (yet): kept so saving
    // before it loads writes what was opened.
    session::ExperimentConfig pending_;
    bool csvPending_ = false;
    // The loaded file's own name and description, saved back unchanged.
    QString name_;
    QString description_;
};

}  // namespace normlab::app
