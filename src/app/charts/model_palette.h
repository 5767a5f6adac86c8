#pragma once
// The one colour per network kind in every chart: blue with BN, orange
// without, in the batch-normalization lab, its sweeps and the batch-size lab.
// Where a chart needs several BN (or plain) series, they are shades of that
// one colour.

#include <QColor>

namespace normlab::app {

inline QColor bnColor() { return {0x1f, 0x77, 0xb4}; }
inline QColor plainColor() { return {0xe6, 0x6a, 0x00}; }
inline QColor modelColor(bool batchNorm) { return batchNorm ? bnColor() : plainColor(); }

// Shade `variant` (0, 1, 2, ...) of the model's colour: the colour, darker,
// lighter, then alternating further.
QColor modelShade(bool batchNorm, int variant);
// A light-to-dark ramp of the model's colour for t in [0, 1] (e.g. small to
// large batches); never so pale that a line vanishes on white.
QColor modelRamp(bool batchNorm, double t);

}  // namespace normlab::app
