// The network spec's normaliser choice: which layers a block gets, which
// dense/conv layers lose their bias, whole-network gradients with layer and
// group norm, and the spec's errors for a group count that does not fit.

#include <gtest/gtest.h>

#include "core/nn/network.h"
#include "network_gradient_check.h"
#include "small_cnn.h"

namespace normlab::core {
namespace {

using test::checkNetworkGradients;
using test::randomTensor;

using test::smallCnn;

std::vector<std::string> paramNames(const Network<double>& net) {
    std::vector<std::string> names;
    for (const auto& p : net.params()) names.push_back(p.name);
    return names;
}

TEST(NetworkNormaliser, EachKindNamesItsLayersAndDropsTheBiasItReplaces) {
    NetworkSpec spec = NetworkSpec::mlp(Shape{4, 1, 1}, 2, 6, 3);
    spec.normaliser = NormKind::Layer;
    auto ln = Network<double>::build(spec, 1);
    EXPECT_EQ(paramNames(ln),
              (std::vector<std::string>{"dense1.weight", "ln1.gamma", "ln1.beta", "dense2.weight",
                                        "ln2.gamma", "ln2.beta", "dense3.weight", "dense3.bias"}));
    EXPECT_EQ(ln.normaliser(1)->kind(), "layernorm");
    EXPECT_EQ(ln.batchNorm(1), nullptr);  // running statistics exist only for batch norm

    spec.normaliser = NormKind::Group;
    spec.normGroups = 3;
    spec.bnPlacement = BnPlacement::AfterActivation;
    auto gn = Network<double>::build(spec, 1);
    EXPECT_EQ(paramNames(gn)[1], "dense1.bias");  // the activation sits between dense and norm
    EXPECT_EQ(paramNames(gn)[2], "gn1.gamma");
    EXPECT_EQ(gn.normaliser(2)->kind(), "groupnorm");

    spec.normaliser = NormKind::None;
    auto plain = Network<double>::build(spec, 1);
    EXPECT_EQ(plain.normaliser(1), nullptr);

    auto cnn = Network<double>::build(smallCnn(NormKind::Group, 2), 1);
    EXPECT_EQ(paramNames(cnn)[0], "conv1.weight");
    EXPECT_EQ(paramNames(cnn)[1], "gn1.gamma");
}

TEST(NetworkNormaliser, SameSeedGivesTheSameWeightsWhateverTheNormaliser) {
    auto weights = [](NormKind kind) {
        auto net = Network<double>::build(smallCnn(kind, 2), 9);
        std::vector<Matrix<double>> out;
        for (const auto& p : net.params()) {
            if (p.name.ends_with(".weight")) out.push_back(*p.value);
        }
        return out;
    };
    EXPECT_EQ(weights(NormKind::Batch), weights(NormKind::Group));
    EXPECT_EQ(weights(NormKind::Layer), weights(NormKind::None));
}

struct NormCase {
    NormKind kind;
    int groups;
    BnPlacement placement;
};

class NetworkNormaliserGradient : public ::testing::TestWithParam<NormCase> {};

TEST_P(NetworkNormaliserGradient, CnnMatchesNumericOnTheWholeBatchLoss) {
    const NormCase c = GetParam();
    NetworkSpec spec = smallCnn(c.kind, c.groups);
    spec.bnPlacement = c.placement;
    auto net = Network<double>::build(spec, 5);
    checkNetworkGradients(net, randomTensor(3, spec.input, 6), {0, 2, 1});
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, NetworkNormaliserGradient,
    ::testing::Values(NormCase{NormKind::Layer, 1, BnPlacement::BeforeActivation},
                      NormCase{NormKind::Group, 1, BnPlacement::BeforeActivation},
                      NormCase{NormKind::Group, 2, BnPlacement::BeforeActivation},
                      NormCase{NormKind::Group, 2, BnPlacement::AfterActivation}));

TEST(NetworkNormaliser, EvalIsTrainForPerSampleNormalisers) {
    for (NormKind kind : {NormKind::Layer, NormKind::Group}) {
        auto net = Network<double>::build(smallCnn(kind, 2), 3);
        const Tensor<double> x = randomTensor(4, Shape{1, 6, 6}, 4);
        const Matrix<double> train = net.forward(x, Mode::Train).data;
        EXPECT_EQ(net.forward(x, Mode::Eval).data, train);
        const Tensor<double> one{x.data.row(1), x.shape};
        EXPECT_LT((net.forward(one, Mode::Eval).data.row(0) - train.row(1)).cwiseAbs().maxCoeff(),
                  1e-12);
    }
}

TEST(NetworkNormaliser, SpecRejectsAGroupCountThatDoesNotDivideAWidth) {
    NetworkSpec spec = smallCnn(NormKind::Group, 3);  // conv widths 2 and 4
    try {
        spec.validate();
        ADD_FAILURE() << "accepted 3 groups of 2 channels";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("normGroups 3 must divide every normalised width, "
                                             "but hidden[0] is 4"),
                  std::string::npos)
            << e.what();
    }
    spec.hidden = {6};
    EXPECT_THROW(spec.validate(), std::invalid_argument);  // convChannels[0] is 2
    spec.normGroups = 0;
    EXPECT_THROW(spec.validate(), std::invalid_argument);
    spec.normGroups = 2;
    spec.hidden = {4};
    EXPECT_NO_THROW(spec.validate());
    spec.normaliser = NormKind::Layer;
    spec.normGroups = 3;  // ignored by layer norm
    EXPECT_NO_THROW(spec.validate());
    EXPECT_EQ(fromName<NormKind>(toString(NormKind::Group)), NormKind::Group);
    EXPECT_THROW((void)fromName<NormKind>("instance"), std::invalid_argument);
}

}  // namespace
}  // namespace normlab::core
