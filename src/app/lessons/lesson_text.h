#pragma once
// The short lessons shown beside each lab. They are written for a teacher
// to read aloud while the experiment runs, so each is a few paragraphs of
// rich text with the formulas the controls change.

#include <QString>

namespace normlab::app {

QString featureScalingLesson();
QString batchNormLesson();
QString batchSizeLesson();

}  // namespace normlab::app
