#include "core/data/classification_set.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

#include "core/seeded_random.h"
#include "core/data/train_test_split.h"

namespace normlab::core {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr int kMaxClasses = 10;

struct Point {
    double x;
    double y;
};

int classCount(ClassificationKind kind, const ClassificationParams& p) {
    return (kind == ClassificationKind::Spirals || kind == ClassificationKind::Blobs) ? p.classes
                                                                                      : 2;
}

void validate(ClassificationKind kind, const ClassificationParams& p) {
    const int k = classCount(kind, p);
    if (k < 2 || k > kMaxClasses) {
        throw std::invalid_argument("classification set: classes = " + std::to_string(k) +
                                    ", expected 2.." + std::to_string(kMaxClasses));
    }
    if (p.samples < 2 * k || p.samples > 10'000'000) {
        throw std::invalid_argument("classification set: samples = " + std::to_string(p.samples) +
                                    ", expected " + std::to_string(2 * k) + "..10000000");
    }
    if (!(p.noise >= 0.0 && p.noise <= 10.0)) {
        throw std::invalid_argument("classification set: noise = " + std::to_string(p.noise) +
                                    ", expected 0..10");
    }
    if (!(p.testFraction >= 0.0 && p.testFraction < 1.0)) {
        throw std::invalid_argument("classification set: test fraction = " +
                                    std::to_string(p.testFraction) + ", expected [0, 1)");
    }
}

// The noise-free point of sample i of class c (of k), drawn with `random`.
Point shapePoint(ClassificationKind kind, int c, int k, SeededRandom& random) {
    switch (kind) {
        case ClassificationKind::Circles: {
            const double t = random.uniform(0.0, 2.0 * kPi);
            const double r = c == 0 ? 1.0 : 0.5;
            return {r * std::cos(t), r * std::sin(t)};
        }
        case ClassificationKind::Moons: {
            const double t = random.uniform(0.0, kPi);
            if (c == 0) return {std::cos(t), std::sin(t)};
            return {1.0 - std::cos(t), 0.5 - std::sin(t)};
        }
        case ClassificationKind::Xor: {
            // Quadrants (+,+) and (-,-) are class 0; points keep a margin from the axes.
            const double ax = random.uniform(0.1, 1.0);
            const double ay = random.uniform(0.1, 1.0);
            const bool flip = random.uniform() < 0.5;
            const double sx = flip ? -1.0 : 1.0;
            const double sy = c == 0 ? sx : -sx;
            return {sx * ax, sy * ay};
        }
        case ClassificationKind::Spirals: {
            // Each arm turns 1.5 times; arms are rotated 2*pi/k apart.
            const double t = random.uniform();
            const double angle = 2.0 * kPi * c / k + 3.0 * kPi * t;
            return {t * std::cos(angle), t * std::sin(angle)};
        }
        case ClassificationKind::Blobs: {
            const double angle = 2.0 * kPi * c / k;
            return {2.0 * std::cos(angle), 2.0 * std::sin(angle)};
        }
    }
    throw std::invalid_argument("classification set: unknown kind");
}

}  // namespace

const std::vector<ClassificationKind>& allClassificationKinds() {
    static const std::vector<ClassificationKind> kinds = {
        ClassificationKind::Circles, ClassificationKind::Moons, ClassificationKind::Xor,
        ClassificationKind::Spirals, ClassificationKind::Blobs};
    return kinds;
}

LabelledPoints generateClassificationPoints(ClassificationKind kind,
                                            const ClassificationParams& params,
                                            std::uint64_t seed) {
    validate(kind, params);
    const int k = classCount(kind, params);
    SeededRandom random(seed);
    LabelledPoints out;
    out.classes = k;
    out.points.resize(params.samples, 2);
    out.labels.resize(static_cast<std::size_t>(params.samples));
    for (int i = 0; i < params.samples; ++i) {
        const int c = i % k;  // balanced classes
        const Point p = shapePoint(kind, c, k, random);
        out.points(i, 0) = static_cast<float>(p.x + params.noise * random.normal());
        out.points(i, 1) = static_cast<float>(p.y + params.noise * random.normal());
        out.labels[static_cast<std::size_t>(i)] = c;
    }
    return out;
}

Dataset makeClassificationSet(ClassificationKind kind, const ClassificationParams& params,
                              std::uint64_t seed) {
    LabelledPoints points = generateClassificationPoints(kind, params, seed);
    Split all;
    all.features = FeatureStore::fromFloat(std::move(points.points));
    all.labels = std::move(points.labels);
    // A derived seed keeps the split independent of the point stream.
    TrainTestSplits splits = splitTrainTest(all, params.testFraction, seed ^ 0x9e3779b97f4a7c15ULL);

    Dataset d;
    d.name = toString(kind);
    d.shape = Shape{2, 1, 1};
    d.numClasses = points.classes;
    for (int c = 0; c < d.numClasses; ++c) d.classNames.push_back("class " + std::to_string(c));
    d.train = std::move(splits.train);
    d.test = std::move(splits.test);
    return d;
}

}  // namespace normlab::core
