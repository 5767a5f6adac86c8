#pragma once
// The words the app shows for schema fields: the display name of an enum
// field's allowed value and a field's tooltip. The schema keeps the keys and
// the English descriptions; the translations live here and in the .ts files.

#include <QString>

namespace normlab::session {
struct FieldSpec;
}

namespace normlab::app {

// The translated name of `value`, one of the field's allowed values
// ("gd" -> "Gradient descent"); the value itself when no name is known.
QString choiceName(const QString& key, const QString& value);

// The field's description, translated, and its allowed range.
QString fieldToolTip(const session::FieldSpec& spec);

}  // namespace normlab::app
