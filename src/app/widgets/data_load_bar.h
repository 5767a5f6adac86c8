#pragma once
// A load of the shared dataset cache while a lab waits for it: a bar with how
// far it has got and a Cancel button. Hidden while nothing it follows loads.

#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace normlab::app {

class DataLoadBar : public QWidget {
    Q_OBJECT
  public:
    explicit DataLoadBar(QWidget* parent = nullptr);

    // Follows the cache's loads of `key` (shown at once when one is running).
    void follow(const QString& key);
    [[nodiscard]] QString followed() const { return key_; }
    [[nodiscard]] QProgressBar* bar() const { return bar_; }
    [[nodiscard]] QPushButton* cancelButton() const { return cancel_; }

  Q_SIGNALS:
    // The followed load was cancelled (by this bar's button or otherwise).
    void cancelled(QString key);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void started();
    void showProgress(double fraction, qint64 bytesDone, qint64 bytesTotal);
    void retranslate();

    QString key_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    double fraction_ = 0;
    qint64 bytesDone_ = 0, bytesTotal_ = 0;
};

}  // namespace normlab::app
