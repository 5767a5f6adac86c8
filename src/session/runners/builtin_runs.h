#pragma once
// The headless run of each built-in experiment kind (a RunFunction): it reads
// a validated config and writes the kind's output files into outDir.

#include "session/experiment_runner.h"

namespace normlab::session {

// The BN and plain twins (the bn-paper preset and its variants): metrics.csv,
// layers.csv, units.csv, histograms.csv and, with ics_probe, landscape.csv.
RunFunction runBnTwin;

// The same regression fitted on raw, min-max and z-scored features:
// scaling.csv, path_<scaling>.csv and data.csv (see core/lab/scaling_report.h).
RunFunction runFeatureScaling;

// One run per batch size and seed, in parallel: sweep.csv (one row per run),
// curves.csv (the learning curves) and lr_map.csv (one cell per batch size
// and lr, over the seeds).
RunFunction runBatchSweep;

// The BN and plain twins trained from each initial weight std and seed, in
// parallel: init_sweep.csv.
RunFunction runInitSweep;

// Keskar et al. 2017: per seed a small-batch and a large-batch model trained
// until their training loss reaches the target, then probed. same_loss.csv
// (one row per model), curves.csv, interpolation.csv (the loss along
// w(alpha)) and sharpness.csv (the loss at each ascent step in the epsilon box).
RunFunction runSameLoss;

// Every normaliser at every batch size and seed: norm_sweep.csv (one row per
// run; batch norm twice, evaluated with running and with batch statistics)
// and running_gap.csv (batch norm's batch vs running statistics per layer at
// the end of training).
RunFunction runNormVsBatch;

}  // namespace normlab::session
