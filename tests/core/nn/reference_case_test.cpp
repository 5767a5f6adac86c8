// Every PyTorch reference case in the reference folder (or the folder named by
// NORMLAB_REFERENCE_DIR), in double (1e-9) and float (1e-4 relative). Each
// file runs by the kind on its `case` line, whatever its file name or shapes;
// a file of a kind without a handler below fails.

#include "reference_case.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <sstream>

#include "core/nn/activation.h"
#include "core/nn/batch_norm.h"
#include "core/nn/conv2d.h"
#include "core/nn/dense.h"
#include "core/nn/group_norm.h"
#include "core/nn/layer_norm.h"
#include "core/nn/network.h"
#include "core/nn/optimizer.h"

namespace normlab::core {
namespace {

using test::ReferenceCase;
using test::ReferenceTensor;

std::filesystem::path referenceDir() {
    if (const char* dir = std::getenv("NORMLAB_REFERENCE_DIR"); dir != nullptr && *dir != '\0') {
        return dir;
    }
    return std::filesystem::path(NORMLAB_TEST_DATA_DIR) / "reference";
}

std::vector<std::string> referenceFiles() {
    std::vector<std::string> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(referenceDir(), error)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Relative error max(1, |expected|)-scaled, reported at the worst element.
template <class T>
void expectTensor(const ReferenceCase& c, const std::string& what, const Matrix<T>& actual,
                  double tolerance) {
    const ReferenceTensor& expected = c.tensor(what);
    ASSERT_EQ(static_cast<std::size_t>(actual.size()), expected.values.size()) << what;
    double worst = 0.0;
    Eigen::Index worstIndex = 0;
    for (Eigen::Index i = 0; i < actual.size(); ++i) {
        const double e = expected.values[static_cast<std::size_t>(i)];
        const double error =
            std::abs(static_cast<double>(actual.data()[i]) - e) / std::max(1.0, std::abs(e));
        if (!(error <= worst)) {
            worst = error;
            worstIndex = i;
        }
    }
    EXPECT_LE(worst, tolerance) << what << ": element " << worstIndex << " is "
                                << actual.data()[worstIndex] << ", PyTorch gives "
                                << expected.values[static_cast<std::size_t>(worstIndex)];
}

template <class T>
void expectRunningStats(const ReferenceCase& c, const std::string& prefix, const BatchNorm<T>& bn,
                        double tolerance) {
    expectTensor(c, prefix + "running_mean", bn.runningMean(), tolerance);
    expectTensor(c, prefix + "running_var", bn.runningVar(), tolerance);
}

std::vector<int> labelsOf(const ReferenceTensor& t) {
    std::vector<int> labels;
    for (double v : t.values) labels.push_back(static_cast<int>(v));
    return labels;
}

// An (N, C) or (N, C, H, W) tensor as a batch.
template <class T>
Tensor<T> batchOf(const ReferenceCase& c, const std::string& key) {
    const auto& dims = c.tensor(key).dims;
    if (dims.size() != 2 && dims.size() != 4) {
        throw std::runtime_error(c.source + ": tensor '" + key + "' must be (N,C) or (N,C,H,W)");
    }
    const Shape shape = dims.size() == 2 ? Shape{dims[1], 1, 1} : Shape{dims[1], dims[2], dims[3]};
    return Tensor<T>{c.matrix<T>(key, dims[0], shape.size()), shape};
}

template <class T>
Matrix<T> rowOf(const ReferenceCase& c, const std::string& key) {
    return c.matrix<T>(key, 1, static_cast<Eigen::Index>(c.tensor(key).values.size()));
}

// A normaliser's training-mode forward and backward (gamma and beta from the
// case) against y, dx, dgamma, dbeta.
template <class T, class Norm>
void expectNormaliserStep(const ReferenceCase& c, Norm& norm, double tol) {
    const Tensor<T> x = batchOf<T>(c, "x");
    norm.gamma() = rowOf<T>(c, "gamma");
    norm.beta() = rowOf<T>(c, "beta");
    Tensor<T> y, dx;
    norm.forward(x, y, Mode::Train);
    norm.backward(batchOf<T>(c, "dy"), &dx);
    expectTensor(c, "y", y.data, tol);
    expectTensor(c, "dx", dx.data, tol);
    expectTensor(c, "dgamma", norm.gammaGrad(), tol);
    expectTensor(c, "dbeta", norm.betaGrad(), tol);
}

template <class T>
void runBatchNormTrain(const ReferenceCase& c, double tol) {
    const Tensor<T> x = batchOf<T>(c, "x");
    BatchNorm<T> bn(x.shape.channels, BatchNormOptions{c.param("momentum"), c.param("eps"), true});
    bn.runningMean().setConstant(static_cast<T>(c.param("running_mean_init")));
    bn.runningVar().setConstant(static_cast<T>(c.param("running_var_init")));
    expectNormaliserStep<T>(c, bn, tol);
    expectRunningStats(c, "", bn, tol);
}

template <class T>
void runBatchNormEval(const ReferenceCase& c, double tol) {
    const Matrix<T> gamma = rowOf<T>(c, "gamma");
    BatchNorm<T> bn(static_cast<int>(gamma.cols()),
                    BatchNormOptions{c.param("momentum"), c.param("eps"), true});
    bn.gamma() = gamma;
    bn.beta() = rowOf<T>(c, "beta");
    Tensor<T> y;
    for (int step = 0; c.hasTensor("x_train" + std::to_string(step)); ++step) {
        const Tensor<T> x = batchOf<T>(c, "x_train" + std::to_string(step));
        bn.forward(x, y, Mode::Train);
    }
    expectRunningStats(c, "", bn, tol);
    const Tensor<T> x = batchOf<T>(c, "x_eval");
    bn.forward(x, y, Mode::Eval);
    expectTensor(c, "y_eval", y.data, tol);
}

// PyTorch names batch-norm gamma/beta weight/bias.
std::string torchName(const std::string& name) {
    auto replaceSuffix = [&](const std::string& from, const std::string& to) {
        return name.ends_with(from) ? name.substr(0, name.size() - from.size()) + to : name;
    };
    if (name.ends_with(".gamma")) return replaceSuffix(".gamma", ".weight");
    if (name.ends_with(".beta")) return replaceSuffix(".beta", ".bias");
    return name;
}

template <class T>
void runMlpSgd(const ReferenceCase& c, double tol) {
    const bool batchNorm = c.hasTensor("init.bn1.weight");
    const auto& w1 = c.tensor("init.dense1.weight").dims;
    const auto& w2 = c.tensor("init.dense2.weight").dims;
    NetworkSpec spec = NetworkSpec::mlp(Shape{w1[1], 1, 1}, 1, w1[0], w2[0]);
    spec.normaliser = batchNorm ? NormKind::Batch : NormKind::None;
    spec.bnEps = c.param("eps");
    spec.bnMomentum = c.param("momentum");
    auto net = Network<T>::build(spec, 0);
    for (const auto& p : net.params()) {
        *p.value = c.matrix<T>("init." + torchName(p.name), p.value->rows(), p.value->cols());
    }
    if (batchNorm) {
        net.batchNorm(1)->runningMean() = rowOf<T>(c, "init.bn1.running_mean");
        net.batchNorm(1)->runningVar() = rowOf<T>(c, "init.bn1.running_var");
    }
    Optimizer<T> sgd(OptimizerOptions{OptimizerKind::Sgd, c.param("lr")});
    Matrix<T> losses(1, 0);
    for (int step = 0; c.hasTensor("x_step" + std::to_string(step)); ++step) {
        const Tensor<T> x = batchOf<T>(c, "x_step" + std::to_string(step));
        const T loss =
            net.forwardBackward(x, labelsOf(c.tensor("label_step" + std::to_string(step))));
        sgd.step(net.params());
        losses.conservativeResize(1, losses.cols() + 1);
        losses(0, losses.cols() - 1) = loss;
    }
    expectTensor(c, "loss_per_step", losses, tol);
    for (const auto& p : net.params()) {
        expectTensor(c, "final." + torchName(p.name), *p.value, tol);
    }
    if (batchNorm) {
        expectRunningStats(c, "final.bn1.", *net.batchNorm(1), tol);
    }
}

template <class T>
void runConvBnStep(const ReferenceCase& c, double tol) {
    const Tensor<T> x = batchOf<T>(c, "x");
    const auto& wd = c.tensor("conv.weight").dims;
    const int outChannels = wd[0];
    Conv2d<T> conv(Conv2dOptions{wd[1], outChannels, wd[2], wd[3], 1, 1, false});
    conv.weight() = c.matrix<T>("conv.weight", outChannels, wd[1] * wd[2] * wd[3]);
    BatchNorm<T> bn(outChannels, BatchNormOptions{c.param("momentum"), c.param("eps"), true});
    bn.gamma() = rowOf<T>(c, "bn.weight");
    bn.beta() = rowOf<T>(c, "bn.bias");
    Activation<T> relu(ActivationKind::Relu);
    const auto& ld = c.tensor("linear.weight").dims;
    Dense<T> linear(ld[1], ld[0], true);
    linear.weight() = c.matrix<T>("linear.weight", ld[0], ld[1]);
    linear.bias() = rowOf<T>(c, "linear.bias");

    Tensor<T> a, b, r, logits;
    conv.forward(x, a, Mode::Train);
    bn.forward(a, b, Mode::Train);
    relu.forward(b, r, Mode::Train);
    linear.forward(r, logits, Mode::Train);
    SoftmaxCrossEntropy<T> ce;
    Matrix<T> loss(1, 1);
    loss(0, 0) = ce.forward(logits.data, labelsOf(c.tensor("label")));
    Tensor<T> dLogits{Matrix<T>(), logits.shape}, dr, db, da, dx;
    ce.backward(dLogits.data);
    linear.backward(dLogits, &dr);
    relu.backward(dr, &db);
    bn.backward(db, &da);
    conv.backward(da, &dx);

    expectTensor(c, "loss", loss, tol);
    expectTensor(c, "grad.x", dx.data, tol);
    expectTensor(c, "grad.conv.weight", conv.weightGrad(), tol);
    expectTensor(c, "grad.bn.weight", bn.gammaGrad(), tol);
    expectTensor(c, "grad.bn.bias", bn.betaGrad(), tol);
    expectTensor(c, "grad.linear.weight", linear.weightGrad(), tol);
    expectTensor(c, "grad.linear.bias", linear.biasGrad(), tol);
    expectRunningStats(c, "", bn, tol);
}

template <class T>
void runLayerNormTrain(const ReferenceCase& c, double tol) {
    const auto& dims = c.tensor("x").dims;
    if (dims.size() != 2) throw std::runtime_error(c.source + ": ln_train's x must be (N, C)");
    LayerNorm<T> norm(dims[1], GroupNormOptions{c.param("eps"), true});
    expectNormaliserStep<T>(c, norm, tol);
}

template <class T>
void runGroupNormTrain(const ReferenceCase& c, double tol) {
    const double groups = c.param("groups");
    if (groups != std::floor(groups)) {
        throw std::runtime_error(c.source + ": param groups must be an integer");
    }
    GroupNorm<T> norm(static_cast<int>(groups), c.tensor("x").dims.at(1),
                      GroupNormOptions{c.param("eps"), true});
    expectNormaliserStep<T>(c, norm, tol);
}

template <class T>
void runCase(const ReferenceCase& c, double tol) {
    static const std::map<std::string, std::function<void(const ReferenceCase&, double)>> handlers{
        {"bn1d_train", runBatchNormTrain<T>}, {"bn1d_train_pair", runBatchNormTrain<T>},
        {"bn2d_train", runBatchNormTrain<T>}, {"bn1d_eval", runBatchNormEval<T>},
        {"mlp_bn_sgd", runMlpSgd<T>},         {"mlp_plain_sgd", runMlpSgd<T>},
        {"conv_bn_step", runConvBnStep<T>},   {"ln_train", runLayerNormTrain<T>},
        {"gn_train", runGroupNormTrain<T>}};
    auto it = handlers.find(c.name);
    ASSERT_NE(it, handlers.end()) << c.source << ": no handler for case '" << c.name << "'";
    it->second(c, tol);
}

class ReferenceCaseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ReferenceCaseTest, MatchesPyTorch) {
    ReferenceCase c;
    ASSERT_NO_THROW(c = test::loadReferenceCase(GetParam()));
    {
        SCOPED_TRACE("double");
        EXPECT_NO_THROW(runCase<double>(c, 1e-9));
    }
    {
        SCOPED_TRACE("float");
        EXPECT_NO_THROW(runCase<float>(c, 1e-4));
    }
}

INSTANTIATE_TEST_SUITE_P(Folder, ReferenceCaseTest, ::testing::ValuesIn(referenceFiles()),
                         [](const auto& info) {
                             std::string name = std::filesystem::path(info.param).stem().string();
                             for (char& ch : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                             }
                             return name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ReferenceCaseTest);

TEST(ReferenceCases, FolderHoldsCases) {
    EXPECT_FALSE(referenceFiles().empty()) << "no *.txt case in " << referenceDir();
}

// The parser's errors on malformed input.
void expectParseError(const std::string& text, const std::string& fragment) {
    std::istringstream in(text);
    try {
        (void)test::parseReferenceCase(in, "bad.txt");
        ADD_FAILURE() << "accepted:\n" << text;
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos)
            << "message '" << e.what() << "' lacks '" << fragment << "'";
    }
}

TEST(ReferenceCaseParser, ReadsValuesAcrossLines) {
    std::istringstream in("# comment\ncase demo\nparam eps 1e-05\ntensor w 2 3\n1 2\n3 4 5\n6\n");
    const auto c = test::parseReferenceCase(in, "demo.txt");
    EXPECT_EQ(c.name, "demo");
    EXPECT_DOUBLE_EQ(c.param("eps"), 1e-5);
    EXPECT_EQ(c.tensor("w").dims, (std::vector<int>{2, 3}));
    EXPECT_EQ(c.matrix<double>("w", 2, 3)(1, 2), 6.0);
    EXPECT_THROW((void)c.param("lr"), std::runtime_error);
    EXPECT_THROW((void)c.matrix<double>("w", 3, 3), std::runtime_error);
}

TEST(ReferenceCaseParser, RejectsMalformedFiles) {
    expectParseError("case a\ntensor w 2 2\n1 2 3\n", "bad.txt:3: tensor 'w' expects 4 values");
    expectParseError("case a\ntensor w 2\n1 2 3\n", "more than 2 values");
    expectParseError("case a\ntensor w 2\n1 x\n", "'x' is not a number");
    expectParseError("case a\ntensor w 0\n", "not a positive integer");
    expectParseError("case a\ntensor w\n", "expected 'tensor NAME");
    expectParseError("case a\nparam eps\n", "expected 'param KEY NUMBER'");
    expectParseError("param eps 1\n", "bad.txt:1: expected 'case NAME' first");
    expectParseError("case a\nmatrix w 2\n", "unexpected 'matrix'");
    expectParseError("case a\ntensor w 1\n1\ntensor w 1\n2\n", "given twice");
    expectParseError("# only a comment\n", "no 'case NAME' line");
    expectParseError("case a\ncase b\n", "one case per file");
}

}  // namespace
}  // namespace normlab::core
