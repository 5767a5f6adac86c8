#pragma once
// The CSV source of the feature-scaling lab: a button that opens a file, the
// file's name, and pickers for the two feature columns and the target. The
// file is parsed once, off the GUI thread, with a load bar and Cancel while it
// runs; picking columns reads the parsed table's summary, never the file.

#include <QStringList>
#include <QWidget>
#include <array>
#include <memory>

#include "session/csv_table_loader.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace normlab::app {

class LoadProgressBar;

class CsvSourceBox : public QWidget {
    Q_OBJECT
  public:
    explicit CsvSourceBox(QWidget* parent = nullptr);

    // Starts reading `path`; opened(), failed() or cancelled() follows.
    // `columns` (feature 1, feature 2, target) are picked when the file has
    // them, else the first two numeric columns and the last.
    void open(const QString& path, const QStringList& columns = {});
    [[nodiscard]] bool isLoading() const { return loader_->isLoading(); }
    // The file in use (empty until one has loaded) and its parsed table.
    [[nodiscard]] QString path() const;
    [[nodiscard]] std::shared_ptr<const session::ParsedCsv> table() const { return csv_; }
    // Feature 1, feature 2, target as picked.
    [[nodiscard]] QStringList pickedColumns() const;
    // Empty when the picked columns make a valid problem, else why not.
    [[nodiscard]] QString columnProblem() const;
    [[nodiscard]] QComboBox* columnPicker(int index) const { return pickers_[std::size_t(index)]; }
    [[nodiscard]] QPushButton* openButton() const { return openButton_; }
    [[nodiscard]] LoadProgressBar* loadBar() const { return loadBar_; }
    [[nodiscard]] QString fileText() const;
    // The picker labels, for the form's retranslation.
    void retranslate();

  Q_SIGNALS:
    // A file loaded and its columns are picked; `missing` names wanted columns it lacks.
    void opened(const QStringList& missing);
    void failed(const QString& message);
    // The load was cancelled: the file and columns in use are kept.
    void cancelled();
    // The user picked other columns (check columnProblem()).
    void columnsPicked();
    // The user asked to choose a file.
    void openRequested();

  private:
    void accept(const std::shared_ptr<const session::ParsedCsv>& csv);
    // The load ended without a new file: the bar goes, the file label shows the file in use.
    void endLoad();
    void showFile();

    session::CsvTableLoader* loader_;
    QPushButton* openButton_;
    QLabel* fileLabel_;
    LoadProgressBar* loadBar_;
    std::array<QComboBox*, 3> pickers_{};
    std::array<QLabel*, 3> pickerLabels_{};
    std::shared_ptr<const session::ParsedCsv> csv_;
    QStringList wanted_;  // columns asked for by the load in progress
};

}  // namespace normlab::app
