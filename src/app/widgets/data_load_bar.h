#pragma once
// A load of the shared dataset cache while a lab waits for it: the load bar
// fed by the cache's signals for one key, its Cancel stopping that load.

#include <QString>

#include "app/widgets/load_progress_bar.h"

namespace normlab::app {

class DataLoadBar : public LoadProgressBar {
    Q_OBJECT
  public:
    explicit DataLoadBar(QWidget* parent = nullptr);

    // Follows the cache's loads of `key` (shown at once when one is running).
    void follow(const QString& key);
    [[nodiscard]] QString followed() const { return key_; }

  Q_SIGNALS:
    // The followed load was cancelled (by this bar's button or otherwise).
    void cancelled(QString key);

  private:
    QString key_;
};

}  // namespace normlab::app
