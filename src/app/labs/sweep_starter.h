#pragma once
// Starting a sweep run in the window from the config its controls describe:
// the config is validated, its data set taken from the shared cache, or
// requested there and the start made when it has loaded (never parsed on the
// window's thread). A lab keeps one and words the refusals itself.

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "core/data/dataset.h"
#include "session/experiment_config.h"

namespace normlab::app {

class SweepStarter : public QObject {
    Q_OBJECT
  public:
    using ConfigSource = std::function<session::ExperimentConfig()>;
    // Queues the sweep on the loaded data; false when it could not (the
    // owner has said why).
    using Start = std::function<bool(const std::shared_ptr<const core::Dataset>&)>;
    SweepStarter(ConfigSource config, Start start, QObject* parent);

    // Starts at once when the data is loaded, else asks the cache for it and
    // starts when it arrives. False when nothing will start: an invalid
    // config (its errors in `refusal`) or a refused start (`refusal` empty).
    bool launch(QString* refusal);
    // A load is awaited.
    [[nodiscard]] bool waiting() const { return !pendingKey_.isEmpty(); }
    // The cache key of the load awaited; empty when none.
    [[nodiscard]] QString pendingKey() const { return pendingKey_; }
    // The awaited load starts nothing when it arrives (cancelled, cleared).
    void forget() { pendingKey_.clear(); }

  Q_SIGNALS:
    // The awaited load arrived (and the sweep was started) or failed.
    void waitEnded();
    // After waitEnded(): the load failed with the loader's message.
    void loadFailed(QString message);

  private:
    ConfigSource config_;
    Start start_;
    QString pendingKey_;
};

}  // namespace normlab::app
