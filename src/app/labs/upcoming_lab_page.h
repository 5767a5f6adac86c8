#pragma once
// Shared shape of a lab tab whose engine is not wired in yet: its controls,
// shown disabled so the teacher sees what will be adjustable, and a notice
// saying what the lab will display. Never an empty pane.

#include <QList>
#include <QString>

#include "app/labs/lab_page.h"

QT_BEGIN_NAMESPACE
class QFormLayout;
class QGroupBox;
class QLabel;
QT_END_NAMESPACE

namespace normlab::app {

class UpcomingLabPage : public LabPage {
    Q_OBJECT
  public:
    explicit UpcomingLabPage(QWidget* parent = nullptr);

    [[nodiscard]] session::ExperimentFactory createSession() const override { return {}; }
    void render(const session::SnapshotPtr& snapshot) override;

  protected:
    // Adds a disabled control with its label; the label text is set in retranslate().
    QLabel* addControl(QWidget* control, const QString& objectName);
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
