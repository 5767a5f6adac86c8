#include "app/labs/batch_size/batch_size_chips.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "app/labs/batch_size/batch_size_page.h"
#include "app/widgets/exact_spin_box.h"

namespace normlab::app {

namespace {

constexpr int kDefaultSizes[] = {2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};
constexpr int kChipSizes[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048};

}  // namespace

QCheckBox* BatchSizeChips::addChip(int batchSize, bool checked) {
    if (auto it = chips_.find(batchSize); it != chips_.end()) {
        it->second->setChecked(checked);
        return it->second;
    }
    auto* chip = new QCheckBox(this);
    chip->setObjectName(QStringLiteral("batchSize%1").arg(batchSize));
    chip->setText(QString::number(batchSize));
    chip->setChecked(checked);
    chip->setToolTip(
        BatchSizePage::tr("Train with mini-batches of B = %1 examples. Each update uses the mean "
                          "gradient of %1 examples, so one epoch takes N / %1 updates.")
            .arg(batchSize));
    chips_[batchSize] = chip;
    // Re-lay out all chips in order of size, four per row.
    int i = 0;
    for (auto& [size, button] : chips_) {
        chipGrid_->removeWidget(button);
        chipGrid_->addWidget(button, i / 4, i % 4);
        ++i;
    }
    return chip;
}

BatchSizeChips::BatchSizeChips(QWidget* parent) : QGroupBox(parent) {
    auto* sizesLayout = new QVBoxLayout(this);
    chipGrid_ = new QGridLayout;
    chipGrid_->setSpacing(4);
    sizesLayout->addLayout(chipGrid_);
    for (int size : kChipSizes)
        addChip(size, std::find(std::begin(kDefaultSizes), std::end(kDefaultSizes), size) !=
                          std::end(kDefaultSizes));
    auto* addRow = new QHBoxLayout;
    // Not clamped: the page refuses a size the schema does not allow, and says why.
    extraSize_ = new ExactSpinBox(this);
    extraSize_->setObjectName(QStringLiteral("extraBatchSize"));
    extraSize_->setIntegral(true);
    extraSize_->setValue(24);
    addButton_ = new QPushButton(this);
    addButton_->setObjectName(QStringLiteral("addBatchSizeButton"));
    addRow->addWidget(extraSize_, 1);
    addRow->addWidget(addButton_, 1);
    sizesLayout->addLayout(addRow);
    connect(addButton_, &QPushButton::clicked, this,
            [this] { Q_EMIT addClicked(static_cast<int>(extraSize_->value())); });
}

QList<int> BatchSizeChips::checked() const {
    QList<int> sizes;
    for (const auto& [size, chip] : chips_)
        if (chip->isChecked()) sizes << size;
    return sizes;
}

void BatchSizeChips::check(int batchSize) { addChip(batchSize, true); }

void BatchSizeChips::checkOnly(const QList<int>& sizes) {
    for (auto& [size, chip] : chips_) chip->setChecked(false);
    for (int size : sizes) addChip(size, true);
}

void BatchSizeChips::setAddEnabled(bool enabled) { addButton_->setEnabled(enabled); }

void BatchSizeChips::retranslate() {
    setTitle(BatchSizePage::tr("Batch sizes B"));
    extraSize_->setToolTip(BatchSizePage::tr("A batch size to add to the finished sweep."));
    addButton_->setText(BatchSizePage::tr("&Add this size"));
    addButton_->setToolTip(BatchSizePage::tr(
        "Runs only the new batch size (with every checked lr rule, BN setting and seed) and "
        "adds it to the table and charts; earlier runs are kept, not rerun."));
}

}  // namespace normlab::app
