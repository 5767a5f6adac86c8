#pragma once

namespace normlab::cli {

// Registers the experiment runners this build provides, one per kind.
void registerBuiltinRunners();

}  // namespace normlab::cli
