#include "core/lab/scaling_report.h"

#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>
#include <system_error>

namespace normlab::core {

namespace {

std::ofstream openForWriting(const std::filesystem::path& file) {
    std::ofstream out(file, std::ios::out | std::ios::trunc);
    if (!out)
        throw std::runtime_error("cannot write " + file.string() + ": could not open the file");
    out.precision(std::numeric_limits<double>::max_digits10);
    return out;
}

// Column names come from user CSV headers; quote them when they need it (RFC 4180).
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char ch : text) {
        if (ch == '"') quoted += '"';
        quoted += ch;
    }
    return quoted + '"';
}

void finish(std::ofstream& out, const std::filesystem::path& file) {
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + file.string() + ": write failed");
}

}  // namespace

ScalingReportResult writeScalingReport(ScalingComparison& comparison,
                                       const std::filesystem::path& dir, std::int64_t maxSteps,
                                       const RunControl& control) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir)) {
        throw std::runtime_error("cannot create output directory " + dir.string() + ": " +
                                 (ec ? ec.message() : "not a directory"));
    }
    while (comparison.steps() < maxSteps && !comparison.finished() && !control.cancelled())
        comparison.step();

    const auto summaryPath = dir / "scaling.csv";
    std::ofstream summary = openForWriting(summaryPath);
    summary << "scaling,kappa,lambda_min,lambda_max,max_stable_lr,steps_to_converge,final_loss,"
               "learning_rate,diverged\n";
    for (const ScalingKind kind : kComparedScalings) {
        const ScalingModel& model = comparison.model(kind);
        const DescentPath& run = comparison.run(kind);
        const QuadraticSummary& q = model.quadratic;
        summary << toString(kind) << ',' << q.conditionNumber << ',' << q.lambdaMin << ','
                << q.lambdaMax << ',' << q.maxStableLearningRate << ',' << run.stepsToConverge()
                << ',' << run.currentLoss() << ',' << run.settings().optimizer.learningRate << ','
                << (run.diverged() ? 1 : 0) << '\n';

        const auto pathFile = dir / ("path_" + toString(kind) + ".csv");
        std::ofstream path = openForWriting(pathFile);
        path << "step,w1,w2,loss\n";
        const PathView points = run.path();
        for (std::size_t i = 0; i < points.size(); ++i) {
            const PathPoint& p = points[i];
            path << p.step << ',' << p.w1 << ',' << p.w2 << ',' << p.loss << '\n';
        }
        finish(path, pathFile);
    }
    finish(summary, summaryPath);

    const auto dataPath = dir / "data.csv";
    std::ofstream data = openForWriting(dataPath);
    data.precision(std::numeric_limits<float>::max_digits10);
    const auto& names = comparison.featureNames();
    data << csvField(names[0]) << ',' << csvField(names[1]) << ','
         << csvField(comparison.targetName()) << '\n';
    const Matrix<float>& x = comparison.rawFeatures();
    const Vector<float>& y = comparison.rawTarget();
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        data << x(i, 0) << ',' << x(i, 1) << ',' << y[i] << '\n';
    }
    finish(data, dataPath);
    return {comparison.steps(), comparison.finished()};
}

}  // namespace normlab::core
