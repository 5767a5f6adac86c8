#pragma once
// The batch-size lab's controls column: the buttons and progress first (in
// view on a projector), then batch sizes, budget, lr rules and the model.
// It maps itself to and from a batch-sweep config; the page decides what
// the buttons do.

#include <QList>
#include <QWidget>
#include <map>

#include "session/experiment_config.h"
#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace normlab::app {

class BatchSizeChips;
class FieldBinding;

class BatchSizeControls : public QWidget {
    Q_OBJECT
  public:
    explicit BatchSizeControls(QWidget* parent = nullptr);

    // The sweep the controls describe (batch sizes as checked, possibly none).
    [[nodiscard]] session::ExperimentConfig config() const;
    void apply(const session::ExperimentConfig& config);
    [[nodiscard]] QList<int> checkedSizes() const;
    [[nodiscard]] bool anyRuleChecked() const;
    [[nodiscard]] bool anyBnSettingChecked() const;
    // A chip for this size, checked (it is made when missing).
    void checkSize(int batchSize);

    void showSweep(const session::SweepSnapshot& sweep);
    // Busy while data loads.
    void showLoading(bool loading);
    void setStatus(const QString& text);
    [[nodiscard]] QString status() const;
    void retranslate();

  Q_SIGNALS:
    void runClicked();
    void cancelClicked();
    void mapClicked();
    void addSizeClicked(int batchSize);

  private:
    void buildBudget();
    void buildRate();
    void buildModel();
    // "As in the file: 3×64 tanh" for a loaded network neither choice describes.
    [[nodiscard]] QString fileNetworkText() const;

    // The two network choices of the combo; an index past them is the file's own.
    static constexpr int kNetworks = 2;
    // The config last applied: whatever no control shows is kept from it.
    session::ExperimentConfig base_;
    int network_ = 0;
    BatchSizeChips* sizes_ = nullptr;
    QGroupBox* budgetBox_ = nullptr;
    QComboBox* budgetKind_ = nullptr;
    FieldBinding* epochs_ = nullptr;
    FieldBinding* examples_ = nullptr;
    QGroupBox* lrBox_ = nullptr;
    QCheckBox* ruleConstant_ = nullptr;
    QCheckBox* ruleLinear_ = nullptr;
    QCheckBox* ruleSqrt_ = nullptr;
    QLabel* baseLrLabel_ = nullptr;
    FieldBinding* baseLr_ = nullptr;
    QGroupBox* modelBox_ = nullptr;
    QLabel* dataLabel_ = nullptr;
    FieldBinding* data_ = nullptr;
    QLabel* trainSamplesLabel_ = nullptr;
    FieldBinding* trainSamples_ = nullptr;
    QLabel* modelLabel_ = nullptr;
    QComboBox* model_ = nullptr;
    QCheckBox* bnOff_ = nullptr;
    QCheckBox* bnOn_ = nullptr;
    QLabel* seedsLabel_ = nullptr;
    FieldBinding* seeds_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* mapButton_ = nullptr;
    QProgressBar* overall_ = nullptr;
    QLabel* status_ = nullptr;
    int runs_ = 0, done_ = 0;  // of the last sweep shown
};

}  // namespace normlab::app
