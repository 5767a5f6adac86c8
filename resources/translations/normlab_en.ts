<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>NormLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from fresh initial weights; lower the learning rate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tab per lab; each keeps its own run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a data set (MNIST-format IDX files, plain or .gz, or CSV) for the current lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an experiment file (versioned JSON) and restart the lab with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current lab&apos;s settings as an experiment file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current lab&apos;s settings under a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at &amp;1x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image at screen resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at &amp;2x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image at twice the screen resolution, for projectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at &amp;3x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image at three times the screen resolution, for print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a scalable vector image (SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current run&apos;s metrics, one row per recorded step, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training and close NormLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with all text about 1.5 times larger, readable from the back of a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show NormLab in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Korean (한국어)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show NormLab in Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NormLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and purpose of NormLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one optimisation step (Shift: one epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one epoch: every mini-batch of the training set once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run again from fresh initial weights (R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::AtomicFile</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::BatchNormPage</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two spirals (synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training data; changing it starts a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden &amp;layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hidden layers in both networks; changing it starts a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-linearity after each layer: ReLU max(0, x), sigmoid 1 / (1 + e^-x) or tanh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;earning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size lr in w &lt;- w - lr * grad, the same for both twins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnable &amp;gamma/beta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the scale gamma and shift beta in y = gamma * (x - mean_B) / sqrt(var_B + eps) + beta are trained or frozen at 1 and 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train (batch statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval (running statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train normalizes with the mini-batch mean_B and var_B; eval uses the running averages collected during training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalization lab — coming in the next build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Here a plain network and the same network with batch normalization train in lockstep from the same initial weights on the same batches.&lt;/p&gt;&lt;p&gt;You will see both loss and accuracy curves, each layer&apos;s activation distribution over time (15th, 50th and 85th percentiles), the learned gamma and beta, and how much each layer&apos;s input distribution shifts between steps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::BatchSizePage</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch sizes B to compare, separated by commas. The gradient&apos;s noise shrinks roughly like 1 / sqrt(B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate &amp;rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear: lr * B / B0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square root: lr * sqrt(B / B0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning rate changes with the batch size B relative to the smallest size B0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size lr for the smallest batch size, in w &lt;- w - lr * grad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training set for every batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size lab — coming in the next build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Here the same model trains once per batch size, all from the same initial weights.&lt;/p&gt;&lt;p&gt;You will see the loss against epochs, against optimisation steps and against wall-clock time for each batch size, the noise of the gradient estimate, and the descent paths across the loss surface.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::ChartView</name>
    <message>
        <source>Could not encode the chart &quot;%1&quot; as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from NormLab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::DescentDemoPage</name>
    <message>
        <source>The batch size changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged: nothing non-finite is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch loss: %1
Learning rate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size lr in w &lt;- w - lr * grad; takes effect at the next step. Stable below about 2 / 9 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per gradient estimate; changing it starts a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights&apos; path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::FeatureScalingPage</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the features are rescaled before training, fitted on the training split only.
Min-max: x&apos; = (x - min) / (max - min)
Z-score: x&apos; = (x - mean) / std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update rule.
SGD: w &lt;- w - lr * grad
Momentum: v &lt;- beta * v + grad, w &lt;- w - lr * v
Adam: per-weight steps from running moments of the gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size lr in w &lt;- w - lr * grad. Plain gradient descent is stable only for lr &lt; 2 / lambda_max of the Hessian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature scale &amp;ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much larger the second feature&apos;s spread is than the first&apos;s; stretches the loss contours into ellipses with condition number about ratio^2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correlation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation rho between the two features; tilts the ellipses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per gradient estimate (mini-batch size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature scaling lab — coming in the next build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Here you will see the least-squares loss of a two-feature regression as contour lines in weight space, with the path each optimizer takes across it, for raw and for scaled features side by side.&lt;/p&gt;&lt;p&gt;Beside the paths: the Hessian&apos;s eigenvalues, its condition number kappa = lambda_max / lambda_min and the largest stable learning rate 2 / lambda_max, and the loss curve of each run.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature scaling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::MainWindow</name>
    <message>
        <source>%1: the run starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per displayed frame (about 30 frames a second). Small values show training in slow motion; &quot;Full speed&quot; trains as fast as the computer can and shows the newest state each frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps/frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation steps taken in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training set (fractional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed, measured on the worker thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set the current lab trains on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged at step %1 in &quot;%2&quot;: %3. Nothing non-finite is drawn. Lower the learning rate and press Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value became infinite or NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data set: this lab is not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no metrics to export yet: run the lab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab has no charts to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a &quot;%2&quot; experiment, which no lab in this window can run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab has no experiment settings to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current lab chooses its data set in its own controls; loading other data sets arrives with the labs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NormLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;NormLab %1&lt;/h3&gt;&lt;p&gt;Live experiments on feature scaling, batch normalization and mini-batch size, for teaching.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+click Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one epoch instead of one step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::session::TrainingWorker</name>
    <message>
        <source>No experiment to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
