#pragma once
// The one colour per network kind in every chart of the batch-normalization
// lab and its sweeps: blue with BN, orange without.

#include <QColor>

namespace normlab::app {

inline QColor bnColor() { return {0x1f, 0x77, 0xb4}; }
inline QColor plainColor() { return {0xe6, 0x6a, 0x00}; }

}  // namespace normlab::app
