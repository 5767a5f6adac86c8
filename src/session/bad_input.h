#pragma once
// Data files are user input: a loader's failure (file not found, a bad cell,
// a limit passed) is reported as bad input (ConfigError), like a bad field.

#include <stdexcept>
#include <utility>

#include "session/experiment_config.h"

namespace normlab::session {

template <class Load>
auto loadAsUserInput(Load&& load) -> decltype(load()) {
    try {
        return std::forward<Load>(load)();
    } catch (const ConfigError&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::runtime_error& e) {
        throw ConfigError(QString::fromUtf8(e.what()));
    }
}

}  // namespace normlab::session
