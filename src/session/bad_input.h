#pragma once
// Data files are user input: a loader's failure (file not found, a bad cell,
// a limit passed) is bad input, reported like a bad field (the CLI's exit
// code 2), while the app can still word it as a load failure.

#include <new>
#include <stdexcept>
#include <utility>

#include "core/data/load_progress.h"
#include "session/experiment_config.h"

namespace normlab::session {

class DataFileError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Runs `load`, turning a loader's std::runtime_error into a DataFileError
// (a cancel stays a cancel).
template <class Load>
auto loadAsUserInput(Load&& load) -> decltype(load()) {
    try {
        return std::forward<Load>(load)();
    } catch (const ConfigError&) {
        throw;
    } catch (const core::LoadCancelled&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::runtime_error& e) {
        throw DataFileError(e.what());
    }
}

}  // namespace normlab::session
