#pragma once
// A batch-size view drawn from the last sweep rendered, as one choice in a
// labelled combo box above it picks (the metric, the x axis): the row, the
// sweep kept for a redraw, and a redraw whenever the choice changes.

#include <QWidget>

#include "session/sweep_snapshot.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QVBoxLayout;
QT_END_NAMESPACE

namespace normlab::app {

class SweepChoiceView : public QWidget {
    Q_OBJECT
  protected:
    // `choices` empty items (worded in the view's retranslate()); the combo
    // box is found by `objectName`.
    SweepChoiceView(const QString& objectName, int choices, QWidget* parent);

    // Redraws from sweep() for choice()'s item.
    virtual void redraw() = 0;
    // Keeps a copy of `sweep` and redraws.
    void setSweep(const session::SweepSnapshot& sweep);
    [[nodiscard]] const session::SweepSnapshotPtr& sweep() const { return sweep_; }
    // Below the choice row: the view adds its widgets here.
    [[nodiscard]] QVBoxLayout* column() const { return column_; }
    [[nodiscard]] QLabel* choiceLabel() const { return choiceLabel_; }
    [[nodiscard]] QComboBox* choice() const { return choice_; }

  private:
    QVBoxLayout* column_ = nullptr;
    QLabel* choiceLabel_ = nullptr;
    QComboBox* choice_ = nullptr;
    session::SweepSnapshotPtr sweep_;
};

}  // namespace normlab::app
