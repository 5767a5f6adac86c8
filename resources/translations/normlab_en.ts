<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;normlab --help&apos; for the list of options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NormLab: live experiments on feature scaling, batch normalization and mini-batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lab N first (0: feature scaling, 1: batch normalization, 2: batch size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the lab&apos;s own view K in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, every font 1.5x larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language for the session: en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this experiment file (JSON) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, for example 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train N steps at once (with --screenshot: before the picture is taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit. Saved settings are neither read nor written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the batch-normalization lab at full speed for SECONDS (5 if no value is given), print the longest GUI stall and render times, then quit. Saved settings are neither read nor written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language takes en or ko, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, for example 1280x800, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--experiment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure takes a number of seconds from 0.5 to 3600, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time from start to the first drawn frame and the memory taken once every lab has been used (each lab trains or runs its sweep, each view is shown), then quit. Saved settings are neither read nor written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure-footprint runs alone: not with --measure or --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Course</name>
    <message>
        <source>Feature scaling, batch normalization and mini-batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two features on two scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A house price is predicted from its area in m² (x1) and its number of rooms (x2). Look at the raw data: both features feed the same linear model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much wider is the spread of the area than the spread of the rooms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few times wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than ten times wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area: standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms: standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio of the spreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area spreads {spread_ratio:0} times wider than the number of rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features are on different scales. Scaling puts them on one scale before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this data the area spreads only {spread_ratio:1} times wider than the rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features are already on similar scales, so scaling changes little here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max scaling: into 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max scaling maps each feature to (x − min) / (max − min), with the minimum and maximum of the training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area after min-max: smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area after min-max: largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms after min-max: smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms after min-max: largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both scaled features lie between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max scaling keeps the shape of each feature and only moves and stretches it into 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some plotted values fall outside 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum and maximum come from the training data only, so other rows may fall outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score: mean 0, standard deviation 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The z-score subtracts each feature&apos;s mean and divides by its standard deviation, both measured on the training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area after z-score: mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area after z-score: standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms after z-score: mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms after z-score: standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both features now have a mean near 0 and a standard deviation near 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlike min-max, the z-score has no fixed range: an unusual house can still lie far from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plotted rows differ from the training rows, so their spread is not exactly 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean and standard deviation are measured on the training rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each plot shows the loss over the two weights w1 and w2. The condition number κ says how much steeper the valley is across than along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which loss surface is the long, narrow valley?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scaling</source>
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
        <source>All the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ without scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ after min-max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ after z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without scaling the valley is {kappa_ratio:0} times more stretched than after the z-score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One learning rate must suit both directions; in a stretched valley it is too small for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this data the unscaled valley is only {kappa_ratio:1} times more stretched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the features have similar scales, the loss is already a round bowl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first steps of gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run 20 steps of gradient descent on each plot, every run at the same fraction of its own largest stable step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without scaling, do both weights move towards their best values at the same pace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, both at the same pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, one weight does almost all the moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scaling: faster weight, share of the way done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scaling: slower weight, share of the way done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-score: slower weight, share of the way done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without scaling one weight is {none.fast_done:0}% of the way there and the other only {none.slow_done:0}%; after the z-score both are past {zscore.slow_done:0}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient mostly follows the steep direction, whichever weight matters more for the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valley is not stretched enough for one weight to lag behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reaches the minimum first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now let the three runs go on until each one meets the tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more steps does the unscaled run need than the z-scored one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About as many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About twice as many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than ten times as many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps, no scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps, min-max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps, z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unscaled run needed {steps_ratio:0} times the steps of the z-scored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling made the valley round, so one learning rate fits every direction and the path goes straight to the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unscaled run needed only {steps_ratio:1} times the steps of the z-scored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a mild stretch, scaling saves little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unscaled run has not reached the minimum within the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretched valley makes the steps along its floor tiny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal covariate shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two identical sigmoid networks, one with batch normalization (BN), train on the same batches. The view follows the inputs of the last hidden layer&apos;s sigmoids as training goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network&apos;s sigmoid inputs will drift more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without BN (plain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain: median moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: median moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain network&apos;s inputs drifted {drift_ratio:0} times farther than BN&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each layer of the plain network learns on inputs that keep moving as the layers below change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drift needs weights that change a lot; this run did not move far enough to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spread changes too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not only the middle moves: look at the 15–85% band of the same inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain: band edges moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: band edges moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain network&apos;s band moved more than three times as far as BN&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN normalises each unit&apos;s inputs over the batch, so what the next layer sees stays in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN&apos;s learnable scale and shift can move the band too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What BN computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN takes the mean and variance of each unit over the mini-batch and normalises: x_norm = (x − mean) / √(variance + ε). Then it scales by γ and shifts by β. Look at one unit before any training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before training, what are the mean and standard deviation of the BN unit&apos;s inputs over the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean 0, standard deviation 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever the weights give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean 0.5, standard deviation 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN unit: mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN unit: standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain unit: standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the batch the BN unit has mean {bn.unit0.mean:3} and standard deviation {bn.unit0.std:3}; the plain one has {plain.unit0.std:3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With γ = 1 and β = 0 at the start, BN&apos;s output is the z-score of the batch, whatever the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BN unit&apos;s spread is {bn.unit0.std:3}, below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ε under the square root matters when a unit&apos;s variance is tiny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ and β are learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ (scale) and β (shift) start at 1 and 0 and are trained by backpropagation like the weights. After 2000 steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have γ and β stayed at 1 and 0?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they stay put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, training moved them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ of the last BN layer: smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ: largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β: smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β: largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training moved γ to between {bn.gamma.min:2} and {bn.gamma.max:2}, and β to between {bn.beta.min:2} and {bn.beta.max:2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network chooses each unit&apos;s scale and shift itself; normalising does not fix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ stayed within 5% of 1 on this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training changed the weights more than the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN and the sigmoid&apos;s linear part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For N(0, 1) inputs, 95% fall in −1.96 to 1.96, where the sigmoid is almost a straight line. Look at the BN network before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What share of the BN network&apos;s sigmoid inputs lie in −1.96 to 1.96 at the start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: inputs in −1.96…1.96</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bn.linear0:1}% of the BN network&apos;s sigmoid inputs lie in the near-linear part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised inputs would make each sigmoid almost linear, and a stack of linear layers is one linear layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bn.linear0:1}% lie in the near-linear part, even more than 95%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch values are not exactly normal; the share depends on their shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {bn.linear0:1}% lie in the near-linear part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ and β bring the nonlinearity back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train for 2000 steps. γ can widen the inputs and β can move them, out of the straight part of the sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After training, does the share of BN inputs in the linear part go up or down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: in the linear part at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: in the linear part now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share in the linear part fell from {bn.linear0:1}% to {bn.linear:1}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learned γ and β moved inputs into the curved parts, where the sigmoid acts as a nonlinearity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share in the linear part rose from {bn.linear0:1}% to {bn.linear:1}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network kept its units near the middle; γ and β could move them but did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN in a CNN: per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a CNN, BN comes after the convolution and before the activation: conv → BN → ReLU. It normalises each channel over the batch and every position, so it keeps one γ and one β per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many γ values does the last conv block&apos;s BN layer have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per pixel and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ values in the last BN layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel&apos;s filter is the same at every position, so its statistics are pooled over all positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer holds {bn.gamma.count:0} γ values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network&apos;s last BN layer is a dense one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same CNN with and without BN, after 300 steps on the same batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which CNN is ahead on the test set?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain: test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised inputs let the same learning rate work for every layer from the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN does not win every run; the early steps depend on the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect 1: faster training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sigmoid network. Compare the two test accuracies early, after 300 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is ahead after 300 steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {step:0} steps the BN network is {acc_lead:1} points ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same learning rate moves the BN network faster, because its layers&apos; inputs stay in a good range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {step:0} steps BN&apos;s lead is only {acc_lead:1} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early on, both networks are still close to where they started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect 2: less care for the initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start both networks from tiny weights, N(0, 0.03²), and train for 1000 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network still learns from such a poor start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the same tiny weights BN reached {bn.test_acc:1}% and the plain network {plain.test_acc:1}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN rescales each layer&apos;s inputs itself, so the scale of the starting weights matters much less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This start was not poor enough to stop the plain network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect 3: a regularising noise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN&apos;s mean and variance come from each mini-batch, so the same image is normalised a little differently every time: a kind of noise. Compare train and test accuracy after 2000 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the gap between train and test accuracy smaller with BN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, smaller with BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, about the same or larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: train − test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain: train − test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN&apos;s train–test gap is the smaller one on this run: {bn.gap:1} against {plain.gap:1} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN&apos;s train–test gap is not smaller on this run: {bn.gap:1} against {plain.gap:1} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One short run cannot show a regularising effect; it would show, if at all, in long runs that overfit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it really covariate shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Santurkar et al. (2018) measured the shift differently: how much a layer&apos;s gradient changes when the layers below take their step. Here it is measured for both networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does BN make this gradient change smaller?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, clearly smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not clearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: gradient change ‖G − G′‖ / ‖G‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain: gradient change ‖G − G′‖ / ‖G‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN&apos;s gradient change is {bn.ics:2}, the plain network&apos;s {plain.ics:2}: not clearly smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By this measure BN did not remove the shift, so the shift alone cannot explain why BN helps; Santurkar et al. point to a smoother loss instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small or large mini-batches?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same network trains twice on 10,000 images for the same 2 epochs at the same learning rate: once with B = 16, once with B = 512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which batch size reaches the higher test accuracy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 16: test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 512: test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small batch won by {acc_lead:1} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A larger batch gives a less noisy gradient, but in the same epochs it takes far fewer steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small batch&apos;s lead is {acc_lead:1} points: the large batch won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this learning rate the small batch&apos;s noise hurt more than its extra steps helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this budget the number of steps did not decide the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the number of updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both runs saw every image twice. Count how often each one updated its weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 16: updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 512: updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 16 made {updates_ratio:0} times as many updates as B = 512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small batches update more often for the same data; the original study recommends a B between 8 and 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sizes are too close for the number of updates to differ much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the slower unscaled weight is already {none.slow_done:0}% of the way there, the faster {none.fast_done:0}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this run the plain network&apos;s inputs drifted {drift_ratio:1} times as far as BN&apos;s: less than three times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this run the plain network&apos;s band moved {plain.drift.band:2} and BN&apos;s {bn.drift.band:2}: less than three times as far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last BN layer follows a conv layer of {conv.channels:0} channels and holds {bn.gamma.count:0} γ values: one per channel, shared by every position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer holds {bn.gamma.count:0} γ values for {conv.channels:0} channels: more than one per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the per-channel BN of a CNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer holds {bn.gamma.count:0} γ values for {conv.channels:0} channels: fewer than one per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv → BN → ReLU: who is ahead after 300 steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {step:0} steps the BN network has {bn.test_acc:1}% and the plain one {plain.test_acc:1}%: BN is {acc_lead:1} points ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {step:0} steps the plain network is ahead: {plain.test_acc:1}% against BN&apos;s {bn.test_acc:1}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {step:0} steps the two are within a point: BN {bn.test_acc:1}%, plain {plain.test_acc:1}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ReLU and He initialisation the plain CNN kept pace on this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the same tiny weights BN reached {bn.test_acc:1}% and the plain network {plain.test_acc:1}%: within 10 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run shows a smaller gap, not its cause; the noise is expected to matter most in long runs that overfit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN&apos;s gradient change is {bn.ics:2}, the plain network&apos;s {plain.ics:2}: less than half on this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here BN did reduce the shift as this measure sees it; Santurkar et al. found runs where it did not, and point to a smoother loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two batch sizes ended within 2 points of each other ({acc_lead:1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = 16 made {updates_ratio:1} times as many updates as B = 512: not ten times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Synthetic houses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
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
        <source>Same learning rate for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same fraction of each plot&apos;s 2/λmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two moons (2-D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles (2-D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR (2-D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spirals (2-D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs (2-D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max to [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score (x − μ) / σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP (dense layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small CNN (per-channel BN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid 1 / (1 + e^−z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU max(0, z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the activation (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen at γ = 1, β = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian N(0, std²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier (std √(2 / (in + out)))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He (std √(2 / in))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running statistics (eval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch statistics (train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square root of B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch norm (BN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer norm (LN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group norm (GN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic two-feature regression set, or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: column name of feature 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: column name of feature 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: column name of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: number of examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: standard deviation of feature 1 (e.g. area in m^2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: mean of feature 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: standard deviation of feature 2 (e.g. rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: mean of feature 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: correlation between the two features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: target weight of feature 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: target weight of feature 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: target intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: std of the target noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit an intercept too, held at its best value for every (w1, w2); without one, shifting the features (min-max, z-score) changes the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient descent, momentum or Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum optimiser: coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same lr for all scalings, or the same fraction of each one&apos;s 2/lambda_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate when lr_mode is same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr as a fraction of 2/lambda_max when lr_mode is fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch size for noisy SGD paths (0 = full batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting weight w1 (all scalings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting weight w2 (all scalings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimisation steps per scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged when |w - w*| &lt;= tolerance * |w0 - w*| and loss - min &lt;= tolerance * (initial loss - min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contour grid resolution per axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of contour levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training data: Fashion-MNIST, a synthetic 2-D set, an IDX folder or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fashion-mnist/idx: folder with {train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz] (empty = the system Fashion-MNIST); csv: the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: name of the label column (empty = last column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training examples used (0 = all; synthetic sets: how many to generate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test examples used for evaluation (0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic/csv: fraction held out as the test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic sets: noise level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input feature scaling, fitted on the training split only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlp, or a small CNN (conv3x3-BN-ReLU twice, pooling, dense) for image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlp: number of hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlp: units per hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnn: channels of each conv layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnn: pooling after the conv layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden-layer nonlinearity (cnn conv layers always use relu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch norm before (as in the paper) or after the activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN gamma/beta learnable, or frozen at 1/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running-statistics momentum (PyTorch convention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to the batch variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate BN with running statistics (eval) or batch statistics (train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaussian init: weight standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum optimiser: momentum coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bins of the pre-activation histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid saturated when within eps of 0 or 1: |z| &gt; ln(1/eps - 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure gradient-difference ICS and loss smoothness at each evaluation (costly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch size (at least 2: BN needs a batch variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training steps per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (data order, init, synthetic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs per point, with seeds seed, seed+1, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel runs (0 = automatic: cores - 1 in the app, every core headless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear regression on two features: none vs min-max vs z-score scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twin networks with and without batch norm, same init and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps between evaluations and probe rows (also after the last step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train a third network: the BN one with random per-unit shifts and scales injected after every BN layer, redrawn each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noisy BN strength s: shifts up to about 1.5 s, scales between 1/(1+s)^1.5 and (1+s)^1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final test accuracy vs initial weight std, with and without batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaussian init weight stds to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr = base_lr, base_lr * B, or base_lr * sqrt(B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate before the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final test accuracy vs mini-batch size at a fixed budget of epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch sizes to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training budget in passes over the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training budget in examples seen instead (0 = use epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated lr rules to sweep, each point run with each: constant (lr = base_lr), linear (base_lr * B), sqrt (base_lr * sqrt(B))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant learning rates to run for every batch size (the lr x B map); empty = one lr per batch size from lr_rule and base_lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert batch norm in every hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with bn=true: run every point also without batch norm (both settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning-curve points per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test examples per learning-curve point (0 = all; final numbers always use the whole test set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the small-batch model&apos;s mini-batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the large-batch model&apos;s mini-batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the small-batch model&apos;s lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the large-batch model&apos;s lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both models train until their training loss is at most this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit per model: a model that has not reached the target by then is reported as not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training-loss checks (and learning-curve points) per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training rows the training loss and accuracy are measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points of w(alpha) for alpha in [-0.5, 1.5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box half-width relative to each weight: epsilon (|w| + 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected gradient-ascent steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training rows the sharpness loss is measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final test accuracy vs mini-batch size for each normaliser, and BN&apos;s batch vs running statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnn: units of a normalised dense layer between the last pooling and the output (0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated normalisers to compare: none, batch, layer, group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group norm: channel groups G (1 = layer norm, G = channels = instance norm); must divide every normalised width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training budget in passes over the training set, equal for every B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch norm: training batches of B measuring batch vs running statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the normaliser of the twin the plain network is compared with: batch norm (statistics over the batch), layer norm or group norm (over each sample&apos;s own units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small vs large batch trained to the same training loss: test accuracy, loss along the line between them, epsilon-sharpness, 2-D loss slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D loss slice: a and b in [-radius, radius] along two filter-normalised random directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D loss slice: grid points per side (odd: the solution is the centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training rows the 2-D slice&apos;s loss is measured on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>&lt;h3&gt;Why scale features?&lt;/h3&gt;&lt;p&gt;Gradient descent moves every weight by the slope of the loss in that weight&apos;s direction. When one feature is measured in hundreds (a flat&apos;s area in m&amp;sup2;) and another in single digits (its number of rooms), the loss is hundreds of times steeper along one weight than along the other. The contours become a long, narrow valley.&lt;/p&gt;&lt;p&gt;In such a valley the gradient points mostly across the valley, not along it. A step large enough to make progress along the floor overshoots the steep walls, so the learning rate must stay small and the path zig-zags. The optimiser ends up busy with whichever weight has the steepest slope, whether or not that weight matters most.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Min-max scaling&lt;/b&gt; maps each feature onto [0, 1]: x&apos; = (x &amp;minus; min) / (max &amp;minus; min). &lt;b&gt;Z-score standardisation&lt;/b&gt; gives each feature mean 0 and standard deviation 1: x&apos; = (x &amp;minus; &amp;mu;) / &amp;sigma;. After z-scoring, uncorrelated features give round contours and the gradient points straight at the minimum.&lt;/p&gt;&lt;p&gt;The numbers under each plot tell the same story. The Hessian&apos;s eigenvalues &amp;lambda;&lt;sub&gt;max&lt;/sub&gt; and &amp;lambda;&lt;sub&gt;min&lt;/sub&gt; measure the steepest and the flattest curvature; their ratio, the condition number &amp;kappa;, measures how narrow the valley is. Plain gradient descent is stable only for learning rates below 2/&amp;lambda;&lt;sub&gt;max&lt;/sub&gt;, and the number of steps it needs grows roughly with &amp;kappa;. Correlated features stay elongated even after z-scoring: &amp;kappa; = (1 + &amp;rho;) / (1 &amp;minus; &amp;rho;).&lt;/p&gt;&lt;p&gt;The mini-batch slider shares its batch size with the batch-size lab: small batches make the path noisy, because each step sees only a sample of the data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internal covariate shift&lt;/h3&gt;&lt;p&gt;Every hidden layer learns from the outputs of the layer below. As the lower layers update their weights, the distribution of those outputs keeps moving, so each layer chases a target that shifts under it. The effect compounds with depth: a small change near the input can become a large change near the output, and one unit with unusually large values can dominate the layer above it.&lt;/p&gt;&lt;h3&gt;What batch normalization does&lt;/h3&gt;&lt;p&gt;Inside the network, for every unit and every mini-batch, batch normalization subtracts the batch mean &amp;mu;&lt;sub&gt;B&lt;/sub&gt; and divides by the batch standard deviation: x&lt;sub&gt;norm&lt;/sub&gt; = (x &amp;minus; &amp;mu;&lt;sub&gt;B&lt;/sub&gt;) / &amp;radic;(&amp;sigma;&lt;sub&gt;B&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + &amp;epsilon;). It then scales and shifts the result with two parameters of its own, y = &amp;gamma; x&lt;sub&gt;norm&lt;/sub&gt; + &amp;beta;, which are learnt by backpropagation like any weight. At test time the running averages of the mean and variance replace the batch statistics.&lt;/p&gt;&lt;h3&gt;Why &amp;gamma; and &amp;beta; matter for a sigmoid&lt;/h3&gt;&lt;p&gt;A standard normal input keeps 95% of its values between &amp;minus;1.96 and +1.96, and over that interval the sigmoid is almost a straight line. Normalisation alone would therefore turn a sigmoid network into a nearly linear one. With learnable &amp;gamma; and &amp;beta; the network can widen or move the distribution back into the curved part whenever that helps. Freeze them at 1 and 0 to see the inputs pinned to the linear band.&lt;/p&gt;&lt;h3&gt;In a convolutional network&lt;/h3&gt;&lt;p&gt;The order is convolution, then batch normalization, then the activation. Statistics are taken per channel, over the batch and every position of the feature map, so each channel has one &amp;gamma; and one &amp;beta;. The convolution&apos;s bias is dropped because &amp;beta; already does its job.&lt;/p&gt;&lt;h3&gt;What it buys&lt;/h3&gt;&lt;p&gt;Training becomes faster and usually reaches a better result. Each sample is normalised with statistics of the other samples in its batch, which adds a little noise that acts as a regulariser. And the network becomes far less sensitive to how its weights were initialised: sweep the initial standard deviation and compare the two curves.&lt;/p&gt;&lt;h3&gt;Is it really covariate shift?&lt;/h3&gt;&lt;p&gt;Santurkar et al. (2018) questioned the explanation: measured by how much a layer&apos;s gradient changes when the layers below take their step, a BN network need not have less shift than a plain one. What BN clearly does is make the loss landscape smoother along the gradient, so larger steps stay safe. The last view measures both for the run on screen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;More shift, same benefit&lt;/h3&gt;&lt;p&gt;Their decisive experiment adds noise after every BN layer: a new random shift and scale per unit at every step, so the next layer&apos;s inputs move far more than in the plain network. If BN helped by keeping inputs still, this noisy BN network should train like the plain one. They found it trains about as well as BN: the benefit is not about shift; the smoother loss along the gradient is. The Noisy BN view runs this test and states what this run measured.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Small batches often generalise better&lt;/h3&gt;&lt;p&gt;A large mini-batch gives a more accurate estimate of the gradient, so it seemed natural that it would also train a better model. Experiments say otherwise: with the same number of epochs, mini-batches of roughly 8 to 32 examples often reach a higher test accuracy than batches of hundreds or thousands.&lt;/p&gt;&lt;p&gt;Two reasons are usually given. A small batch takes many more, cheaper steps per epoch, so the weights are corrected more often. And the noise in a small batch&apos;s gradient keeps the optimiser from settling into sharp, narrow minima that fit the training set but not new data; large batches are drawn to those sharp minima.&lt;/p&gt;&lt;p&gt;The learning rate has to follow the batch size. With &lt;b&gt;linear scaling&lt;/b&gt; the rate grows in proportion to the batch (lr = base lr &amp;times; B), which keeps the update per example constant; &lt;b&gt;square-root scaling&lt;/b&gt; grows it with &amp;radic;B. With a constant rate, large batches simply take too few steps.&lt;/p&gt;&lt;p&gt;Batch normalization needs a reasonable batch too: with only two or four samples, the batch mean and variance are so noisy that training-mode results and evaluation-mode results drift apart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try it:&lt;/b&gt; run the sweep and watch the accuracy-vs-B curve form; switch the learning curves to &lt;i&gt;updates&lt;/i&gt; and &lt;i&gt;wall time&lt;/i&gt; to see that small batches take many more, cheaper steps. The lr &amp;times; B map shows for which pairs training is stable at all, and marks each batch size&apos;s best rate with &amp;#9733;: does the small batch still win once every batch size has its own best rate?&lt;/p&gt;&lt;p&gt;The &lt;i&gt;Same training loss&lt;/i&gt; view puts the sharp-minimum explanation to the test. A small-batch and a large-batch model are trained until their training losses are equal; then it draws the loss along the straight line between the two solutions, measures how far the loss can rise in a small box around each, and shows a 2-D slice of the loss around each solution, along two random directions scaled to the weights filter by filter (Li et al. 2018). A flat minimum is a wide bowl whose loss rises slowly as the weights move; a sharp one is a narrow pit. Its text says which slice rose more in the result shown.&lt;/p&gt;&lt;p&gt;The batch-size slider of the feature-scaling lab uses the same idea: there each mini-batch gives a noisy gradient, and the descent path across the loss contours wanders more the smaller the batch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart in front (the one with the keyboard focus, else the lab&apos;s main chart) to the clipboard as an image, for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart in front to the clipboard as an image, for slides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of the largest stable rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start w1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start w2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ignored a change meant for another lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was refused: it is not a finite number. The run keeps %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was refused: it must be above 0. The run keeps %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was refused: the smallest this run takes is %3. The run keeps %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size %1 was refused: the training set has only %2 examples. The run keeps batch size %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was refused: the largest this run takes is %3. The run keeps %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingTexts</name>
    <message>
        <source>No scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min-max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::AffineView</name>
    <message>
        <source>γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min–max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–85%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain: γ ≡ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain: β ≡ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ and β</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ and β are frozen at 1 and 0: every %1 unit&apos;s input stays standardized (mean 0, std 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which %1 layer&apos;s γ (scale) and β (shift) to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ (scale) per unit — with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β (shift) per unit — with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ and β are learned: %1 normalizes, then y = γ·x&lt;sub&gt;norm&lt;/sub&gt; + β lets each unit choose its own scale and offset again (up to undoing %1 entirely).</source>
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
        <source>Fashion-MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the synthetic set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST could not be loaded from %1 (%2). Install the Debian package dataset-fashion-mnist (sudo apt install dataset-fashion-mnist), or choose a synthetic data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracked unit changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Play to train both networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sets (*-ubyte *-ubyte.gz *.csv);;IDX files (*-ubyte *-ubyte.gz);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new data set was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no class labels; the lab trains classifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 refused: the tracked layer has units 0 to %2; still tracking unit %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At chance: test accuracy %1 stayed within %2 points of chance (%3%) for the first %4 evaluations. Try a smaller learning rate or another initialisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network %1 has a loss or weights that are no longer finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: the network %2 diverged at learning rate %3. Lower the learning rate or the initial weight scale, then reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test examples, %4 inputs, %5 classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; choose a data set to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled: the run keeps its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::BatchSizePage</name>
    <message>
        <source>Passes over the training set for every batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqrt lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train with mini-batches of B = %1 examples. Each update uses the mean gradient of %1 examples, so one epoch takes N / %1 updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch sizes B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch size to add to the finished sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs only the new batch size (with every checked lr rule, BN setting and seed) and adds it to the table and charts; earlier runs are kept, not rerun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every batch size gets the same budget: the same passes over the data (epochs) or the same number of examples seen. Updates = examples seen / B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training examples each run sees; updates = examples / B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant: lr = base lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same step size for every B: large batches take few steps of the same size, so they move the weights much less per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear: lr = base lr × B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr grows in proportion to B, so every example moves the weights by the same amount (Goyal et al. 2017).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square root: lr = base lr × √B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr grows with √B, which keeps the noise of an update about constant (Hoffer et al. 2017).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base lr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification data every run trains and is tested on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training examples used (0 = all 60,000 of Fashion-MNIST). Fewer make a quick sweep; synthetic sets generate this many (0 = 2,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP 2×100 ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN lab: 3×100 sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab&apos;s MLP (2 hidden layers of 100 ReLU units, He init), or the network of the batch-normalization lab (Ioffe &amp; Szegedy&apos;s 3×100 sigmoid MLP, Gaussian init with std 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every point with the plain network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every point with BN in each hidden layer: x̂ = (x − μ_B) / √(σ²_B + ε), with μ_B and σ²_B taken over the B examples of the mini-batch. Needs B ≥ 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seeds per point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per point with different initial weights and data order; the charts draw their mean and a min–max band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clears the table and trains one run per checked batch size × lr rule × BN setting × seed in the background, %n at a time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the runs in progress; finished runs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run lr × B &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the lr × batch-size map: every checked B with constant learning rates 0.001, 0.003, …, 1 (7 × sizes runs). Runs already done are not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs finished out of those queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy vs B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final test accuracy or loss of every batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy of every run while it trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation gap: train accuracy minus test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr × B map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final test accuracy for each learning rate and batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy with BN&apos;s batch statistics vs its running statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final test accuracy (%) or mean cross-entropy test loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs: the same data seen. Updates: small batches take many more steps. Wall time: each small step is cheap, so per second the picture changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test acc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train acc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per run: its settings, progress and final numbers. Gap = train accuracy − test accuracy (percentage points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the lesson beside the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings loaded from &quot;%1&quot;: press Run sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finished runs stay in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: finished runs stay in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one batch size, one lr rule and one BN setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1 is already in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map already has every learning rate for these batch sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch-size sweep: choose the batch sizes and press Run sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep: %1 of %2 runs finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 running on %2 worker threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 cancelled or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final test loss vs batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final test accuracy vs batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size B (log₂ scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test loss (cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation gap vs batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train − test accuracy (percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning curves: test accuracy of every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs (passes over the training set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates (optimisation steps, log₁₀ scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time (s, training only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final test accuracy (%) by learning rate and batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep fills one cell per batch size, at the lr its rule gives. Press Run lr × B map to fill the grid with constant rates 0.001 … 1 and see where training is stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate actually used (log₁₀ scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>div.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>B = %1, lr ≈ %2: %3% test accuracy (%n run(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>B = %1, lr ≈ %2: diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: test accuracy in eval vs train mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs with batch norm yet: check &quot;With batch norm&quot; and press Run sweep. Eval mode normalises with running averages of the batch statistics; train mode with the mean and variance of each test batch of B examples, which are noisy when B is small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: eval mode (running mean/var)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: train mode (batch mean/var)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small vs large batch trained to the same training loss: test accuracy, the loss between them and their sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final test loss is higher than before training: the loss blew up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training accuracy %1 % stayed near chance after %2 updates: too few or too small steps, not poor generalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged or under-trained: not a generalisation result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured in this sweep:&lt;/b&gt; nothing yet. Press Run sweep; the sentences here are computed from the finished runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1: %2 % (seeds %3–%4, %5 updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1: %2 % (%3 updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 examples seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured in this sweep&lt;/b&gt; (%1, %2, %3 per run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run trained: every one diverged or stayed near chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best mean test accuracy at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of B = 8–32: %1; largest batch: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every seed of B = %1 beats every seed of B = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seeds of B = %1 and B = %2 overlap: this sweep does not separate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the small batches do &lt;i&gt;not&lt;/i&gt; win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At equal epochs B = %1 made %2 updates, B = %3 only %4: this sweep cannot tell better generalisation from more updates (the Same training loss tab compares models trained to equal loss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run(s) diverged and %2 stayed near chance (train accuracy below %3 %): marked in red, left out of the means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Other lr rules and BN settings are drawn but not summarised here.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final test accuracy (%) by learning rate and batch size (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base learning rate the rule scales: w ← w − lr · ∇L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the data; the runs start when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one lr rule and one BN setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1 cannot run with batch norm (one example has no batch variance); check &quot;Without batch norm&quot; to run it plainly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch-size sweep: loading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the file: %1×%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled: the sweep keeps the runs it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch, layer and group norm at small batch sizes: test error and batch norm&apos;s running-statistics gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished runs saved in &quot;%1&quot; are shown; Run sweep runs them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1: %2 % at lr %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tuned, measured in this map&lt;/b&gt; (each batch size at its best rate, marked ★): best %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of B = 8–32: %1, %2 points above the largest batch (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of B = 8–32: %1, %2 points below the largest batch (%3): tuned, the small batches do &lt;i&gt;not&lt;/i&gt; win here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates at which every run trained: B = %1: %2 of %3 (%4 … %5); B = %6: %7 of %8 (%9 … %10).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::BnControls</name>
    <message>
        <source>Choose a file with File &gt; Open data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input scaling changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of training examples changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The depth changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BN momentum changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initialisation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial weight std changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimiser changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training data; changing it starts a new run. IDX and CSV files are chosen with File &gt; Open data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input &amp;scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature scaling of the inputs, fitted on the training split only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many training examples to use (0 = all; synthetic sets: how many to generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLP, or conv 3×3 → BN → ReLU twice with pooling and a dense output; the CNN&apos;s BN normalizes each channel over batch and pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden &amp;layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hidden layers (1–10) in both networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per hidden layer (8–256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-linearity of the hidden layers, the same for both networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnable &amp;γ, β:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = γ·(x − μ_B) / √(σ²_B + ε) + β: γ and β learned, or frozen at 1 and 0 (applies at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN mo&amp;mentum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running statistics: μ_run ← (1 − m)·μ_run + m·μ_B (PyTorch convention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initialisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights start; both networks start from the same weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial weight s&amp;td:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian initialisation: W ~ N(0, std²), on a log scale; the paper uses 1. Changing it starts a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update rule, the same for both networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;rning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr in w ← w − lr·∇L, on a log scale; applies at the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mome&amp;ntum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β in v ← β·v + ∇L, w ← w − lr·v; applies at the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per step (at least 2: BN needs a batch variance); applies at the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN at e&amp;valuation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the BN network normalizes on the test set: with the running averages μ_run, σ²_run or with each test batch&apos;s own statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the initial weights, batch order and synthetic data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model changed; the %1 preset&apos;s settings apply (learning rate %2, %3 initialisation, %4 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noisy BN network was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noisy BN network was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nois&amp;y BN network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Santurkar et al. 2018: train a third network, the BN one with random noise after every BN layer (a new shift and scale per unit at every step), so its layer inputs shift far more than the plain network&apos;s. Starts a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise stren&amp;gth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s in 0–10: shifts of up to 1.5·s and scales between (1 + s)^−1.5 and (1 + s)^1.5, one part shared by the layer and one per unit, redrawn each step; applies at the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normaliser changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of groups changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks (identical except the normaliser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normaliser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the normalised twin uses. Batch norm standardizes each unit over the mini-batch; layer and group norm standardize each example over its own units (all of them, or G groups), so they need no batch and behave the same in training and evaluation. Starts a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups G:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group norm splits each layer&apos;s units (or channels) into G groups and standardizes each group of each example. Starts a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normaliser placement changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normaliser ε changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normaliser &amp;placement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the normaliser N sits: before, f(N(W x)) as in Ioffe &amp; Szegedy; after, N(f(W x)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normaliser &amp;ε:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε in √(σ² + ε), σ² the variance the normaliser divides by: keeps the division finite for a constant unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::BnView</name>
    <message>
        <source>Layer %1 (last hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noisy BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain (no %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
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
    <name>normlab::app::Classroom</name>
    <message>
        <source>No course file was found (resources/lessons/course.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course panel with the list of every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveals the current step&apos;s result; if it is shown, goes to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the current step&apos;s preset, view and checkpoint back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the window in black; press again to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the course panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches to the %1 lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous v&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide the controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds the lab&apos;s controls away so the charts get the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controls are folded away so the view fits beside the course panel; F9 shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::CourseController</name>
    <message>
        <source>This window has no %1 lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed. Page Down: next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep has finished. Page Down reveals the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 reached. Page Down reveals the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: step %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The result is shown when the run gets there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: the course step&apos;s checkpoint is reached, so the run paused. Page Down reveals what it measured; Play continues past it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::CoursePanel</name>
    <message>
        <source>Page Down goes to the next step and reveals its result; Page Up goes back. B or period blanks the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begins at the selected step (the first if none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (Page Down); reveals this step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what this run measured (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the step&apos;s preset, view and checkpoint back, after you changed the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of every step of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this step&apos;s statements fits these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab was changed or stopped early; the numbers are this run&apos;s as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::CsvSourceBox</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CSV file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature x1 and feature x2 are the same column &quot;%1&quot;; pick two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is also a feature; pick a different column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 numeric columns (%3); the lab needs three: two features and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 data rows; the lab needs at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (%2 numeric columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a CSV file with a header row (also File &gt; Open data set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature x1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature x2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column used as the first feature (weight w1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column used as the second feature (weight w2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column the model predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; still using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; no file open yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::FeatureScalingPage</name>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::FeatureScatterView</name>
    <message>
        <source>x1 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x2 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaled x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaled x2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw features (equal units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::FieldBinding</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed here (allowed: %2); the value stays %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::GifFile</name>
    <message>
        <source>Could not write the GIF &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::GifRecording</name>
    <message>
        <source>Save the recording as an animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab shows no view to record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the animated GIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the GIF was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● Recording GIF: %n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record animated &amp;GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the view in front as the run plays; choose it again to stop and save the recording as an animated GIF for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File &gt; Record animated GIF again (Ctrl+Shift+G) to stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::GifWriter</name>
    <message>
        <source>the GIF encoder could not write its data (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to encode the GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame is larger than the GIF&apos;s picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GIF encoder failed (giflib error %1)</source>
        <extracomment>%1 is giflib&apos;s error code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::InitSweepPanel</name>
    <message>
        <source>Initialisation sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest &amp;std:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest standard deviation σ of the initial weights, w ~ N(0, σ²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest std:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest standard deviation σ of the initial weights, w ~ N(0, σ²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many stds, spaced evenly on a log scale between the two ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps each pair of networks takes before its test accuracy is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per std with different seeds; the chart shows their mean and a min–max band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run init sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains the BN and the plain network from each std in the background (both twins share the initial weights and the mini-batches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial weight std σ (log₁₀ scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With BN every layer&apos;s inputs are re-normalised, so the scale of the initial weights hardly matters; without BN too small a std makes the signal vanish and too large a one saturates the sigmoids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1 hidden layers × %2 %3 units, lr %4, batch %5 (the BN lab&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to train both networks from each initial std.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard deviations σ to sweep, exactly as listed; the three boxes above fill the list, or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points are not possible here (2 to %2); the list stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled: the sweep keeps the points it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy by initial std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished points saved in &quot;%1&quot; are shown; Run runs them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::InitSweepView</name>
    <message>
        <source>Initialisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::LabPage</name>
    <message>
        <source>This lab does not load data files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::LandscapeView</name>
    <message>
        <source>Output layer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Is batch normalization&apos;s benefit really about internal covariate shift?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Santurkar et al. (2018) measured shift as the change of a layer&apos;s gradient G when the layers below take their step (G′), and found it can be as large with BN as without. What BN does change is the loss landscape: along the gradient, loss and gradient vary far less, so larger steps are safe.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring: the first results appear at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on &lt;i&gt;Measure at every checkpoint&lt;/i&gt; above to compare both networks here. Each checkpoint (every %1 steps) then runs extra forward and backward passes on the last batch; the cost is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checkpoints measured. Cost so far: %2 s of probing against %3 s of training (%4% extra).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure at every checkpoint (costly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Santurkar et al. 2018: ICS = ‖G − G′‖, the change of a layer&apos;s gradient when the layers below take their step; smoothness = how much the loss and gradient change along the gradient for steps c·lr, c in [0.5, 4]. Applies from the next checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS of &amp;layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose gradient change to show (weighted layers 2 to the output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS: gradient change ‖G − G′‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS: cosine(G, G′)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss along the gradient, steps 0.5–4 × lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖g(w − c·lr·g) − g(w)‖ along the gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really covariate shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS relative to the gradient: ‖G − G′‖ / ‖G‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Smoothness&lt;/b&gt;: loss and gradient along the gradient, for steps of 0.5–4 × lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS: ‖G − G′‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS: ‖G − G′‖ / ‖G‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICS: cos(G, G′)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient change range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖Δg‖</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::LinearRegionView</name>
    <message>
        <source>in |z| ≤ 1.96</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated |z| &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean f′(z) / max f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN with γ = 1, β = 0 puts most inputs inside the green band, where the sigmoid is nearly linear; learnable γ and β let the network move them out again when that helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The networks use another activation; the sigmoid is drawn for reference and the derivative column is for their activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose activation inputs to show, at the latest step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation &amp;eps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sigmoid unit counts as saturated when its output is within eps of 0 or 1, i.e. |z| &gt; ln(1/eps − 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid and the current activation inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation input z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(z) and frequency / peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|z| ≤ 1.96</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs, plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with γ = 1, β = 0 standardizes each example&apos;s inputs over its own units, so most of them fall inside the green band too, without any batch statistics; learnable γ and β let the network move them out again when that helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::LoadProgressBar</name>
    <message>
        <source>Loading the data: %1 of %2 MB read (%p%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the data (%p%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; the lab keeps the data it had before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the data file has been read and converted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::LossCurvesView</name>
    <message>
        <source>Loss above its minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss − min</source>
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
        <source>About NormLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;NormLab %1&lt;/h3&gt;&lt;p&gt;Live experiments on feature scaling, batch normalization and mini-batch size, for teaching.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current lab does not load data files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the data at %2, which does not exist. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: the experiment&apos;s step budget is reached, so the run paused. Play continues past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab shows no chart to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved results in %1 were not opened: %2. Its settings were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the settings of %1, not its results: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::NoisyBnView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;More shift, same benefit?&lt;/b&gt; Santurkar et al. (2018) trained a third network: the BN one with random noise after every BN layer, a new shift and scale per unit at every step, so its layer inputs shift all the time.&lt;/p&gt;&lt;p&gt;Tick &lt;i&gt;Noisy BN network&lt;/i&gt; in the controls (or open the bn-noisy preset) to train it beside the other two.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring: the first comparison appears at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Measured in this run, last hidden layer, averaged over all %1 steps, in step-0 band widths: median / 15–85% band moved &lt;b&gt;%2 / %3&lt;/b&gt; with noisy BN, %4 / %5 plain, %6 / %7 with BN. Test accuracy over the last %8 evaluations: BN %9%, noisy BN %10%, plain %11%.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The noisy network diverged; lower the noise strength or the learning rate.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;More shift, same benefit:&lt;/b&gt; noisy BN&apos;s inputs moved more than the plain network&apos;s, yet its accuracy is within %1 points of BN&apos;s. So BN&apos;s advantage does not come from keeping layer inputs still; the smoother loss along the gradient (the &lt;i&gt;Really covariate shift?&lt;/i&gt; tab) is what remains.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Noisy BN&apos;s inputs moved more than the plain network&apos;s, but in this run its accuracy is %1 points from BN&apos;s: here the noise cost accuracy. A smaller noise strength keeps the shift and costs less.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In this run noisy BN&apos;s inputs did not move more than the plain network&apos;s: raise the noise strength to test the claim.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–85% band moved (step-0 widths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisy BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hidden layer: input shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::SameLossView</name>
    <message>
        <source>The bundled result was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the result in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open result folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another result written by normlab-cli run same-loss --out FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss along w(α) = (1 − α) w_small + α w_large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α (0 = small-batch solution, 1 = large-batch solution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss, seed band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss, seed band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundled result&lt;/b&gt;, regenerate with &lt;tt&gt;normlab-cli run same-loss --out FOLDER&lt;/tt&gt;; on the machine that made it each model took %1 s (B = %2) and %3 s (B = %4) of training and measuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Result in&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both models trained until their training loss was at most %1: B = %2 reached it in %3 of %4 seeds after %5 epochs (%6 updates), B = %7 in %8 of %9 after %10 epochs (%11 updates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy %1 % vs %2 % (higher for the small batch in %3 of %4 seeds); train − test gap %5 vs %6 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε-sharpness (largest rise of the training loss in a small box around the weights, %): %1 for B = %2, %3 for B = %4; higher for the large batch in %5 of %6 seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half a unit of α beyond each solution the training loss rises by %1 on the small-batch side and %2 on the large-batch side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result has no 2-D loss slices (no slice.csv): run it again to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B = %1, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a (along d₁)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b (along d₂)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss, the same colours and contour lines in both slices (red dot: the solution): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D slices (Li et al. 2018): the training loss at w + a d₁ + b d₂ for a, b in [−%1, %1] on %2 × %2 points, d₁ and d₂ random directions whose every filter has the norm of the solution&apos;s. Over the slice the loss rises on average by %3 around B = %4 and by %5 around B = %6; the nearest point where it has risen by %7 lies at distance %8 vs %9. The large-batch slice rises more in %10 of %11 seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = %1, b = %2: training loss %3 (%4 above the solution), training accuracy %5 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::ScalingControls</name>
    <message>
        <source>Open data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no numeric column %2; the pickers show the columns used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new data set was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data columns changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV file to use your own data; the synthetic set stays in use until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data source changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intercept was switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synthetic data changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic: house prices from area (x1) and rooms (x2), generated from the sliders below. CSV file: two columns of your own file as features and one as the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area spread σ1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of feature x1 (area in m²). A large spread makes the loss steep along w1: λ grows with σ1².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of feature x1. Without an intercept, a mean far from 0 adds mean² to the curvature: λ grows with σ1² + mean1².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms spread σ2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of feature x2 (number of rooms). The ratio of the two spreads sets how narrow the valley is: κ ≈ (σ1/σ2)².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of feature x2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ρ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation between x1 and x2. It tilts the valley; even after z-scoring κ = (1 + |ρ|) / (1 − |ρ|).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the noise added to the price; raises the minimum loss, not the shape of the valley.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of houses generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit an intercept b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model y = w1·x1 + w2·x2 + b. The plots stay two-dimensional: b is set to its best value at every (w1, w2), which is the same as centring the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent: w ← w − lr·∇L
Momentum: v ← 0.9·v − lr·∇L, w ← w + v
Adam: per-weight steps from running averages of ∇L and ∇L²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same learning rate for all: every plot uses the same lr, the unfair comparison — the raw features need a tiny lr or they diverge.
Same fraction of each plot&apos;s 2/λmax: each plot uses lr = fraction × 2/λmax of its own surface, the fair comparison. Above 1 gradient descent diverges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size lr in w ← w − lr·∇L, on a log scale. Gradient descent is stable only for lr &lt; 2/λmax of each plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr = fraction × 2/λmax for each plot, on a log scale. Gradient descent converges below 1 and diverges above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mini-batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per gradient estimate; 0 = full batch (the exact gradient). Small batches make the path noisy: the same batch-size idea the batch-size lab explores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start (w1, w2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where all three runs start, in each plot&apos;s own weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting w1 for all three runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting w2 for all three runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click any plot to start all three runs there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::ScalingViews</name>
    <message>
        <source>Each plot: the mean squared error over (w1, w2), with the intercept b at its best value for every point, b = mean(y) − w1·mean(x1) − w2·mean(x2). The paths descend this same surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each plot: the mean squared error over (w1, w2) of the model y = w1·x1 + w2·x2 (no intercept). The paths descend this same surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss surfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curves and features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#333&quot;&gt;- - -&lt;/span&gt; steepest direction (λmax) &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;· · ·&lt;/span&gt; flattest direction (λmin) &amp;nbsp; ● minimum &amp;nbsp; ○ start &amp;nbsp; — path (click a plot to move the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch plots to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: one unit of w1 is as long on screen as one unit of w2, so a narrow valley looks narrow and perpendicular directions look perpendicular. On: each plot fills its box for a close-up, and says that it is stretched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::ShiftView</name>
    <message>
        <source>no checkpoint yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which hidden layer&apos;s pre-activations z = W x + b (the activation&apos;s input; with BN, the normalized and scaled value) to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;z scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both heatmaps on one z range, so the spread of the inputs compares directly; off: each on its own range, to see its drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays the run from the first checkpoint; drag the slider to scrub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint shown in the lower chart and marked by the black line; at the right end it follows the live run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution at the chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation input z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covariate shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 values not finite, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per evaluation interval (the first is step 0, before any update); darker = more values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here both networks&apos; inputs move about as much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drift measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured at step %1 against step 0, in step-0 band widths (15–85%): the plain network&apos;s median moved %2 and its band edges up to %3; %6 %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the plain network&apos;s inputs drift far more than %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here %1&apos;s inputs move more than the plain network&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain (no %1)</source>
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
    <name>normlab::app::SigmoidInputView</name>
    <message>
        <source>Layer %1, all units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked unit (layer %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit&apos;s input (as in the paper, Fig. 1b/c) or the percentiles over all units of a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which unit of the tracked layer to follow; changing it starts a new run (the history is recorded for one unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;y scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both charts on one y range, so their spreads compare directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15th–85th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median moved %2, band edges up to %3, band width ×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drift measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since step 0, in step-0 15–85% band widths: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain (no %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::SmallBatchView</name>
    <message>
        <source>Could not load the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to train every normaliser at every batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN (running stats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN (batch stats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GN (G = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement yet: the statement here is computed from the finished runs once two normalisers share a batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured at B = %1:&lt;/b&gt; %2 is ahead with %3% test error; %4 has %5%. The margin, %6 points, is larger than the seed spread (%7 points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured at B = %1:&lt;/b&gt; %2 has the lowest test error, %3%; %4 has %5%. The margin, %6 points, is within the seed spread (%7 points), so this run does not separate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2% → %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test error from B = %1 down to B = %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) diverged and are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batch norm&apos;s batch means sit furthest from its running means in layer %1: %2 running standard deviations at B = %3, %4 at B = %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-batch sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normalisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;lr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which normalisers to compare: none, batch, layer, group (comma separated). Batch norm is evaluated twice: with its running statistics and with each test batch&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run&apos;s learning rate is this times its batch size (the linear rule), so every batch size gets the same epochs at a comparable step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run small-batch sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains the network once per normaliser, batch size and seed in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: a small CNN (%1 and %2 channels, a normalised %3-unit dense layer), %4 test examples; settings not shown here come from the norm-vs-batch preset or the file opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: an MLP of %1 hidden layers × %2 units, %3 test examples; settings not shown here come from the norm-vs-batch preset or the file opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test error vs batch size, per normaliser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size B (log₂ scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test error (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean over seeds with the min–max band. Batch norm&apos;s statistics come from the batch, so they get noisy as B falls; layer and group norm use each example&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BN: batch vs running statistics at the end of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|μ_B − μ_run| / σ_run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far a training batch&apos;s means sit from the running means used at evaluation, in running standard deviations, per BN layer; averaged over units and training batches of B.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::SurfaceView</name>
    <message>
        <source>%1 — diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intercept: a different model from the unscaled one
(best MSE %1 here, %2 unscaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ = %1&lt;br&gt;λ&lt;sub&gt;max&lt;/sub&gt; = %2, λ&lt;sub&gt;min&lt;/sub&gt; = %3&lt;br&gt;max stable lr 2/λ&lt;sub&gt;max&lt;/sub&gt; = %4&lt;br&gt;lr in use = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 × 2/λ&lt;sub&gt;max&lt;/sub&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;font color=&quot;#9b1c1c&quot;&gt;Diverged at step %1 with lr %2 ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = %3; this run stopped, the others go on.&lt;/font&gt;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged in 1 step&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged in %1 steps&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not converged yet&lt;/b&gt; (step %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;theory ≈ κ·ln(1/tol)/2 = %1 steps at the best lr %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;best momentum for this κ: β = ((√κ−1)/(√κ+1))² = %1 (in use: %2), error × %3 per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretched: w1 and w2 on different scales</source>
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
        <source>Loss contours over the weights (w1, w2); darker = higher loss. Click to start all three runs at that point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::SweepProgressBox</name>
    <message>
        <source>Loading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points finished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs finished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finished points stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finished runs stay in the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: finished points stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: finished runs stay in the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the runs in progress; finished points stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the runs in progress; finished runs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points finished out of those queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs finished out of those queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>normlab::app::TrainingCurvesView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: test accuracy %2%, test loss %3, train − test accuracy %4 points.&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-entropy loss (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train − test accuracy (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noisy BN train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noisy BN test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 test</source>
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
