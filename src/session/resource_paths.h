#pragma once
// Where bundled resources (presets, example data) are found: an explicit
// NORMLAB_RESOURCE_DIR environment variable, the installed share folder,
// or the source tree the binary was built from.

#include <QString>
#include <QStringList>

namespace normlab::session {

// Candidate resource folders, most specific first; only existing ones.
QStringList resourceDirs();
// The folder holding the bundled experiment presets (*.json), or an empty
// string when none is found.
QString presetDir();

}  // namespace normlab::session
