#include "app/labs/feature_scaling/csv_source_box.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "app/widgets/load_progress_bar.h"

namespace normlab::app {

CsvSourceBox::CsvSourceBox(QWidget* parent)
    : QWidget(parent),
      loader_(new session::CsvTableLoader(this)),
      openButton_(new QPushButton(this)),
      fileLabel_(new QLabel(this)),
      loadBar_(new LoadProgressBar(this)) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    openButton_->setObjectName(QStringLiteral("openCsv"));
    fileLabel_->setWordWrap(true);
    form->addRow(openButton_);
    loadBar_->setObjectName(QStringLiteral("csvLoadBar"));
    // One row: a form keeps the spacing of a hidden row, a box layout does not.
    auto* fileRow = new QVBoxLayout;
    fileRow->addWidget(fileLabel_);
    fileRow->addWidget(loadBar_);
    form->addRow(fileRow);
    for (std::size_t i = 0; i < pickers_.size(); ++i) {
        pickers_[i] = new QComboBox(this);
        pickers_[i]->setObjectName(QStringLiteral("csvColumn%1").arg(i));
        pickerLabels_[i] = new QLabel(this);
        pickerLabels_[i]->setBuddy(pickers_[i]);
        form->addRow(pickerLabels_[i], pickers_[i]);
        connect(pickers_[i], &QComboBox::currentIndexChanged, this, &CsvSourceBox::columnsPicked);
    }
    connect(openButton_, &QPushButton::clicked, this, &CsvSourceBox::openRequested);
    connect(loader_, &session::CsvTableLoader::loaded, this, &CsvSourceBox::accept);
    connect(loader_, &session::CsvTableLoader::failed, this,
            [this](const QString& /*path*/, const QString& message) {
                endLoad();
                Q_EMIT failed(message);
            });
    connect(loader_, &session::CsvTableLoader::progress, loadBar_, &LoadProgressBar::showProgress);
    connect(loadBar_, &LoadProgressBar::cancelRequested, loader_, &session::CsvTableLoader::cancel);
    connect(loader_, &session::CsvTableLoader::cancelled, this, [this](const QString& path) {
        endLoad();
        const QString name = QFileInfo(path).fileName();
        fileLabel_->setText(csv_ ? tr("Loading %1 was cancelled; still using %2.")
                                       .arg(name, QFileInfo(csv_->path).fileName())
                                 : tr("Loading %1 was cancelled; no file open yet.").arg(name));
        wanted_.clear();
        Q_EMIT cancelled();
    });
}

void CsvSourceBox::open(const QString& path, const QStringList& columns) {
    wanted_ = columns;
    openButton_->setEnabled(false);  // one file at a time
    fileLabel_->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    loadBar_->start();
    loader_->load(path);
}

void CsvSourceBox::endLoad() {
    loadBar_->finish();
    openButton_->setEnabled(true);
    showFile();
}

void CsvSourceBox::showFile() {
    if (csv_)
        fileLabel_->setText(tr("File: %1 (%2 numeric columns)")
                                .arg(QFileInfo(csv_->path).fileName())
                                .arg(pickers_[0]->count()));
    else
        fileLabel_->setText(tr("No file open yet."));
}

QString CsvSourceBox::fileText() const { return fileLabel_->text(); }

QString CsvSourceBox::path() const { return csv_ ? csv_->path : QString(); }

QStringList CsvSourceBox::pickedColumns() const {
    QStringList names;
    for (const QComboBox* picker : pickers_) names << picker->currentText();
    return names;
}

QString CsvSourceBox::columnProblem() const {
    if (!csv_) return tr("No CSV file is open.");
    const QStringList picked = pickedColumns();
    if (picked[0] == picked[1])
        return tr("Feature x1 and feature x2 are the same column \"%1\"; pick two.").arg(picked[0]);
    if (picked[2] == picked[0] || picked[2] == picked[1])
        return tr("The target \"%1\" is also a feature; pick a different column.").arg(picked[2]);
    return {};
}

void CsvSourceBox::accept(const std::shared_ptr<const session::ParsedCsv>& csv) {
    endLoad();
    const QString name = QFileInfo(csv->path).fileName();
    QStringList numeric;
    for (const core::CsvColumnInfo& c : csv->summary.columns)
        if (c.numeric) numeric << QString::fromStdString(c.name);
    if (numeric.size() < 3) {
        Q_EMIT failed(
            tr("%1 has %2 numeric columns (%3); the lab needs three: two features and "
               "the target.")
                .arg(name)
                .arg(numeric.size())
                .arg(numeric.isEmpty() ? tr("none") : numeric.join(QStringLiteral(", "))));
        return;
    }
    if (csv->summary.rows < 2) {
        Q_EMIT failed(tr("%1 has %2 data rows; the lab needs at least two.")
                          .arg(name)
                          .arg(csv->summary.rows));
        return;
    }
    csv_ = csv;
    // First two numeric columns as features, the last as the target, unless asked otherwise.
    const std::array<qsizetype, 3> fallback{0, 1, numeric.size() - 1};
    QStringList missing;
    for (std::size_t i = 0; i < pickers_.size(); ++i) {
        const QSignalBlocker block(pickers_[i]);
        pickers_[i]->clear();
        pickers_[i]->addItems(numeric);
        const QString want = wanted_.value(static_cast<qsizetype>(i));
        qsizetype index = want.isEmpty() ? -1 : numeric.indexOf(want);
        if (!want.isEmpty() && index < 0) missing << want;
        pickers_[i]->setCurrentIndex(static_cast<int>(index >= 0 ? index : fallback[i]));
    }
    showFile();
    wanted_.clear();
    Q_EMIT opened(missing);
}

void CsvSourceBox::retranslate() {
    openButton_->setText(tr("Open CSV file…"));
    openButton_->setToolTip(tr("Load a CSV file with a header row (also File > Open data set)."));
    if (!isLoading()) showFile();
    const std::array<QString, 3> labels{tr("Feature x1:"), tr("Feature x2:"), tr("Target y:")};
    const std::array<QString, 3> tips{tr("Column used as the first feature (weight w1)."),
                                      tr("Column used as the second feature (weight w2)."),
                                      tr("Column the model predicts.")};
    for (std::size_t i = 0; i < pickers_.size(); ++i) {
        pickerLabels_[i]->setText(labels[i]);
        pickerLabels_[i]->setToolTip(tips[i]);
        pickers_[i]->setToolTip(tips[i]);
    }
}

}  // namespace normlab::app
