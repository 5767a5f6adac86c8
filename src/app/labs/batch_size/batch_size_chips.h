#pragma once
// The batch sizes a sweep runs: one check box ("chip") per size, ordered by
// size, and a box to add a size of one's own. The box never clamps: the page
// refuses a size the schema does not allow, and says why.

#include <QGroupBox>
#include <QList>
#include <map>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QGridLayout;
class QPushButton;
QT_END_NAMESPACE

namespace normlab::app {

class ExactSpinBox;

class BatchSizeChips : public QGroupBox {
    Q_OBJECT
  public:
    explicit BatchSizeChips(QWidget* parent = nullptr);

    // The checked sizes, smallest first.
    [[nodiscard]] QList<int> checked() const;
    // Checks the size's chip, making it when missing.
    void check(int batchSize);
    // Exactly these sizes checked.
    void checkOnly(const QList<int>& sizes);
    void setAddEnabled(bool enabled);
    void retranslate();

  Q_SIGNALS:
    void addClicked(int batchSize);

  private:
    QCheckBox* addChip(int batchSize, bool checked);

    QGridLayout* chipGrid_ = nullptr;
    std::map<int, QCheckBox*> chips_;
    ExactSpinBox* extraSize_ = nullptr;
    QPushButton* addButton_ = nullptr;
};

}  // namespace normlab::app
