#pragma once
// The one palette of the app's charts. Network kinds: blue with BN, orange
// without, teal for noisy BN, grey for a run that diverged, in every chart of
// the batch-normalization lab, its sweeps and the batch-size lab; where a
// chart needs several BN (or plain) series, they are shades of that one
// colour. Feature scalings: one colour each (none, min-max, z-score) in every
// view of the feature-scaling lab, and the ink of what all three share.

#include <QColor>

namespace normlab::app {

inline QColor bnColor() { return {0x1f, 0x77, 0xb4}; }
inline QColor plainColor() { return {0xe6, 0x6a, 0x00}; }
inline QColor noisyColor() { return {0x17, 0xa2, 0xb8}; }
inline QColor divergedColor() { return {0x7f, 0x7f, 0x7f}; }
inline QColor modelColor(bool batchNorm) { return batchNorm ? bnColor() : plainColor(); }
// Layer and group norm beside them (the batch-size lab's small-batch view).
inline QColor layerNormColor() { return {0x2c, 0xa0, 0x2c}; }
inline QColor groupNormColor() { return {0x94, 0x67, 0xbd}; }

// Shade `variant` (0, 1, 2, ...) of the model's colour: the colour, darker,
// lighter, then alternating further.
QColor modelShade(bool batchNorm, int variant);
// A light-to-dark ramp of the model's colour for t in [0, 1] (e.g. small to
// large batches); never so pale that a line vanishes on white.
QColor modelRamp(bool batchNorm, double t);

// index: 0 none, 1 min-max, 2 z-score (core::ScalingKind order).
inline QColor scalingColor(int index) {
    switch (index) {
        case 0:
            return {0xc0, 0x39, 0x2b};
        case 1:
            return {0x8e, 0x44, 0xad};
        default:
            return {0x1e, 0x84, 0x49};
    }
}
inline QColor steepDirectionColor() { return {0x33, 0x33, 0x33}; }
inline QColor flatDirectionColor() { return {0x55, 0x55, 0x55}; }
inline QColor minimumColor() { return {0x11, 0x11, 0x11}; }
inline QColor startColor() { return {0xff, 0xff, 0xff}; }
inline QColor rawFeatureColor() { return {0x44, 0x44, 0x44}; }

}  // namespace normlab::app
