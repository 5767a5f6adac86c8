#include "app/lessons/lesson_text.h"

#include <QCoreApplication>

namespace normlab::app {

QString featureScalingLesson() {
    return QCoreApplication::translate(
        "Lesson",
        "<h3>Why scale features?</h3>"
        "<p>Gradient descent moves every weight by the slope of the loss in that "
        "weight's direction. When one feature is measured in hundreds (a flat's area "
        "in m&sup2;) and another in single digits (its number of rooms), the loss is "
        "hundreds of times steeper along one weight than along the other. The contours "
        "become a long, narrow valley.</p>"
        "<p>In such a valley the gradient points mostly across the valley, not along "
        "it. A step large enough to make progress along the floor overshoots the "
        "steep walls, so the learning rate must stay small and the path zig-zags. The "
        "optimiser ends up busy with whichever weight has the steepest slope, whether "
        "or not that weight matters most.</p>"
        "<p><b>Min-max scaling</b> maps each feature onto [0, 1]: "
        "x' = (x &minus; min) / (max &minus; min). <b>Z-score standardisation</b> "
        "gives each feature mean 0 and standard deviation 1: x' = (x &minus; &mu;) / "
        "&sigma;. After z-scoring, uncorrelated features give round contours and the "
        "gradient points straight at the minimum.</p>"
        "<p>The numbers under each plot tell the same story. The Hessian's "
        "eigenvalues &lambda;<sub>max</sub> and &lambda;<sub>min</sub> measure the "
        "steepest and the flattest curvature; their ratio, the condition number "
        "&kappa;, measures how narrow the valley is. Plain gradient descent is stable "
        "only for learning rates below 2/&lambda;<sub>max</sub>, and the number of "
        "steps it needs grows roughly with &kappa;. Correlated features stay "
        "elongated even after z-scoring: &kappa; = (1 + &rho;) / (1 &minus; &rho;).</p>"
        "<p>The mini-batch slider shares its batch size with the batch-size lab: "
        "small batches make the path noisy, because each step sees only a sample of "
        "the data.</p>");
}

QString batchNormLesson() {
    return QCoreApplication::translate(
        "Lesson",
        "<h3>Internal covariate shift</h3>"
        "<p>Every hidden layer learns from the outputs of the layer below. As the "
        "lower layers update their weights, the distribution of those outputs keeps "
        "moving, so each layer chases a target that shifts under it. The effect "
        "compounds with depth: a small change near the input can become a large "
        "change near the output, and one unit with unusually large values can "
        "dominate the layer above it.</p>"
        "<h3>What batch normalization does</h3>"
        "<p>Inside the network, for every unit and every mini-batch, batch "
        "normalization subtracts the batch mean &mu;<sub>B</sub> and divides by the "
        "batch standard deviation: x<sub>norm</sub> = (x &minus; &mu;<sub>B</sub>) / "
        "&radic;(&sigma;<sub>B</sub><sup>2</sup> + &epsilon;). It then scales and "
        "shifts the result with two parameters of its own, y = &gamma; x<sub>norm</sub> + "
        "&beta;, which are learnt by backpropagation like any weight. At test time "
        "the running averages of the mean and variance replace the batch "
        "statistics.</p>"
        "<h3>Why &gamma; and &beta; matter for a sigmoid</h3>"
        "<p>A standard normal input keeps 95% of its values between &minus;1.96 and "
        "+1.96, and over that interval the sigmoid is almost a straight line. "
        "Normalisation alone would therefore turn a sigmoid network into a nearly "
        "linear one. With learnable &gamma; and &beta; the network can widen or move "
        "the distribution back into the curved part whenever that helps. Freeze them "
        "at 1 and 0 to see the inputs pinned to the linear band.</p>"
        "<h3>In a convolutional network</h3>"
        "<p>The order is convolution, then batch normalization, then the "
        "activation. Statistics are taken per channel, over the batch and every "
        "position of the feature map, so each channel has one &gamma; and one "
        "&beta;. The convolution's bias is dropped because &beta; already does its "
        "job.</p>"
        "<h3>What it buys</h3>"
        "<p>Training becomes faster and usually reaches a better result. Each "
        "sample is normalised with statistics of the other samples in its batch, "
        "which adds a little noise that acts as a regulariser. And the network "
        "becomes far less sensitive to how its weights were initialised: sweep the "
        "initial standard deviation and compare the two curves.</p>"
        "<h3>Is it really covariate shift?</h3>"
        "<p>Santurkar et al. (2018) questioned the explanation: measured by how much "
        "a layer's gradient changes when the layers below take their step, a BN "
        "network need not have less shift than a plain one. What BN clearly does is "
        "make the loss landscape smoother along the gradient, so larger steps stay "
        "safe. The last view measures both for the run on screen.</p>") +
           QCoreApplication::translate(
               "Lesson",
               "<h3>More shift, same benefit</h3>"
               "<p>Their decisive experiment adds noise after every BN layer: a new random "
               "shift and scale per unit at every step, so the next layer's inputs move far "
               "more than in the plain network. If BN helped by keeping inputs still, this "
               "noisy BN network should train like the plain one. They found it trains about "
               "as well as BN: the benefit is not about shift; the smoother loss along the "
               "gradient is. "
               "The Noisy BN view runs this test and states what this run measured.</p>");
}

QString batchSizeLesson() {
    return QCoreApplication::translate(
        "Lesson",
        "<h3>Small batches often generalise better</h3>"
        "<p>A large mini-batch gives a more accurate estimate of the gradient, so it "
        "seemed natural that it would also train a better model. Experiments say "
        "otherwise: with the same number of epochs, mini-batches of roughly 8 to 32 "
        "examples often reach a higher test accuracy than batches of hundreds or "
        "thousands.</p>"
        "<p>Two reasons are usually given. A small batch takes many more, cheaper "
        "steps per epoch, so the weights are corrected more often. And the noise in "
        "a small batch's gradient keeps the optimiser from settling into sharp, "
        "narrow minima that fit the training set but not new data; large batches "
        "are drawn to those sharp minima.</p>"
        "<p>The learning rate has to follow the batch size. With <b>linear "
        "scaling</b> the rate grows in proportion to the batch (lr = base lr "
        "&times; B), which keeps the update per example constant; <b>square-root "
        "scaling</b> grows it with &radic;B. With a constant rate, large batches "
        "simply take too few steps.</p>"
        "<p>Batch normalization needs a reasonable batch too: with only two or four "
        "samples, the batch mean and variance are so noisy that training-mode "
        "results and evaluation-mode results drift apart.</p>"
        "<p><b>Try it:</b> run the sweep and watch the accuracy-vs-B curve form; "
        "switch the learning curves to <i>updates</i> and <i>wall time</i> to see that "
        "small batches take many more, cheaper steps. The lr &times; B map shows for "
        "which pairs training is stable at all, and marks each batch size's best rate "
        "with &#9733;: does the small batch still win once every batch size has its "
        "own best rate?</p>"
        "<p>The <i>Same training loss</i> view puts the sharp-minimum explanation to "
        "the test. A small-batch and a large-batch model are trained until their "
        "training losses are equal; then it draws the loss along the straight line "
        "between the two solutions, measures how far the loss can rise in a small box "
        "around each, and shows a 2-D slice of the loss around each solution, along "
        "two random directions scaled to the weights filter by filter (Li et al. "
        "2018). A flat minimum is a wide bowl whose loss rises slowly as the weights "
        "move; a sharp one is a narrow pit. Its text says which slice rose more in "
        "the result shown.</p>"
        "<p>The batch-size slider of the feature-scaling lab uses the same idea: there "
        "each mini-batch gives a noisy gradient, and the descent path across the loss "
        "contours wanders more the smaller the batch.</p>");
}

}  // namespace normlab::app
