#pragma once
// The batch-size lab's Same training loss view (Keskar et al. 2017): a
// small-batch and a large-batch model trained to the same training loss, the
// loss along the straight line between them, and their epsilon-sharpness.
// It shows a finished normlab-cli result (the bundled one, or a folder the
// user opens) and words only what that result measured.

#include <QWidget>
#include <optional>

#include "session/same_loss_result.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace normlab::app {

class LabelledAxisChart;

class SameLossView : public QWidget {
    Q_OBJECT
  public:
    explicit SameLossView(QWidget* parent = nullptr);

    // Loads a folder normlab-cli wrote; false with the reason shown when it cannot.
    bool load(const QString& directory);
    // The result bundled with the app, when it is found.
    static QString bundledDirectory();

    [[nodiscard]] LabelledAxisChart* chart() const { return chart_; }
    [[nodiscard]] QString summaryText() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void render();

    LabelledAxisChart* chart_ = nullptr;
    QLabel* summary_ = nullptr;
    QPushButton* openButton_ = nullptr;
    std::optional<session::SameLossResult> result_;
    QString directory_;
    QString error_;
};

}  // namespace normlab::app
