#pragma once
// A lab tab whose engine is not wired in (a test fixture for how the window
// treats a lab that runs nothing: neither a TrainingLabPage nor a SweepLabPage): its controls,
// shown disabled so the teacher sees what will be adjustable, and a notice
// saying what the lab will display. Never an empty pane.

#include <QList>
#include <QString>

#include "app/labs/lab_page.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;
class QGroupBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class UpcomingLabPage : public LabPage {
    Q_OBJECT
  public:
    explicit UpcomingLabPage(QWidget* parent = nullptr);

  protected:
    // Add a disabled control and its label (whose text retranslate() sets).
    QLabel* addControl(QWidget* control, const QString& objectName);
    QComboBox* addComboBox(const QString& objectName, int items, QLabel** label);
    QDoubleSpinBox* addDoubleSpinBox(const QString& objectName, double min, double max,
                                     double value, int decimals, QLabel** label);
    QSpinBox* addSpinBox(const QString& objectName, int min, int max, int value, QLabel** label);
    void setNotice(const QString& heading, const QString& body);
    void setControlsTitle(const QString& title);
    void changeEvent(QEvent* event) override;

  private:
    void updateFonts();

    QGroupBox* controls_ = nullptr;
    QFormLayout* form_ = nullptr;
    QLabel* heading_ = nullptr;
    QLabel* body_ = nullptr;
};

}  // namespace normlab::app
