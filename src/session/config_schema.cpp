#include "session/config_schema.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <utility>

#include "session/experiment_config.h"

namespace normlab::session {

QString fieldTypeName(FieldType type) {
    static constexpr std::pair<FieldType, const char*> kNames[]{
        {FieldType::Bool, "bool"},
        {FieldType::Int, "int"},
        {FieldType::Double, "double"},
        {FieldType::Enum, "enum"},
        {FieldType::String, "string"},
        {FieldType::IntList, "int list"},
        {FieldType::DoubleList, "double list"}};
    for (const auto& [t, name] : kNames)
        if (t == type) return QString::fromLatin1(name);
    return {};
}

bool FieldSpec::hasRange() const {
    return type == FieldType::Int || type == FieldType::Double || type == FieldType::IntList ||
           type == FieldType::DoubleList;
}

FieldScale FieldSpec::scale() const {
    switch (type) {
        case FieldType::Bool:
        case FieldType::Enum:
            return FieldScale::Choice;
        case FieldType::Int:
        case FieldType::IntList:
            return logScale ? FieldScale::Log : FieldScale::Integer;
        case FieldType::Double:
        case FieldType::DoubleList:
            return logScale ? FieldScale::Log : FieldScale::Linear;
        case FieldType::String:
            break;
    }
    return FieldScale::Choice;
}

QString FieldSpec::rangeText() const {
    const auto number = [](double v) { return QString::number(v, 'g', 10); };
    return QStringLiteral("%1%2, %3]")
        .arg(minExclusive ? QStringLiteral("(") : QStringLiteral("["), number(min), number(max));
}

const FieldSpec* ExperimentSchema::find(const QString& key) const {
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const FieldSpec& f) { return f.key == key; });
    return it == fields.end() ? nullptr : &*it;
}

QStringList ExperimentSchema::keys() const {
    QStringList result;
    for (const FieldSpec& f : fields) result << f.key;
    return result;
}

QStringList ExperimentSchema::dataKeys() const {
    QStringList result;
    for (const FieldSpec& f : fields)
        if (f.data) result << f.key;
    return result;
}

namespace {

constexpr int kMaxSeed = 2147483647;

// What every field has: the other constructors below add their kind's parts.
FieldSpec field(const QString& key, FieldType type, const QJsonValue& def,
                const QString& description) {
    FieldSpec f;
    f.key = key;
    f.type = type;
    f.defaultValue = def;
    f.description = description;
    return f;
}

// A number or list of numbers in [min, max].
FieldSpec rangedField(const QString& key, FieldType type, const QJsonValue& def, double min,
                      double max, bool logScale, const QString& description) {
    FieldSpec f = field(key, type, def, description);
    f.min = min;
    f.max = max;
    f.logScale = logScale;
    return f;
}

FieldSpec boolField(const QString& key, bool def, const QString& description) {
    return field(key, FieldType::Bool, def, description);
}

FieldSpec intField(const QString& key, int def, int min, int max, const QString& description) {
    return rangedField(key, FieldType::Int, def, min, max, false, description);
}

FieldSpec doubleField(const QString& key, double def, double min, double max, bool logScale,
                      const QString& description) {
    return rangedField(key, FieldType::Double, def, min, max, logScale, description);
}

FieldSpec enumField(const QString& key, const QString& def, const QStringList& allowed,
                    const QString& description) {
    FieldSpec f = field(key, FieldType::Enum, def, description);
    f.allowed = allowed;
    return f;
}

FieldSpec stringField(const QString& key, const QString& def, const QString& description) {
    return field(key, FieldType::String, def, description);
}

template <typename T>
FieldSpec listField(const QString& key, FieldType type, const QList<T>& def, double min, double max,
                    bool logScale, const QString& description) {
    QJsonArray array;
    for (T v : def) array.append(v);
    return rangedField(key, type, array, min, max, logScale, description);
}

// The same field with a slider over [min, max] in `steps` steps.
FieldSpec withSlider(FieldSpec f, double min, double max, int steps) {
    f.slider.min = min;
    f.slider.max = max;
    f.slider.steps = steps;
    return f;
}

// The same field with a slider that stops at each of `stops`.
FieldSpec withStops(FieldSpec f, const QList<double>& stops) {
    f.slider.stops = stops;
    return f;
}

FieldSpec withUnit(FieldSpec f, const QString& unit) {
    f.unit = unit;
    return f;
}

void append(std::vector<FieldSpec>& fields, std::vector<FieldSpec> more) {
    fields.insert(fields.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
}

// Data for the network labs: Fashion-MNIST, a synthetic 2-D set or a file.
std::vector<FieldSpec> networkDataFields() {
    std::vector<FieldSpec> fields{
        enumField(
            "dataset", "fashion-mnist",
            {"fashion-mnist", "circles", "moons", "xor", "spirals", "blobs", "idx", "csv"},
            QT_TRANSLATE_NOOP(
                "FieldSpec",
                "training data: Fashion-MNIST, a synthetic 2-D set, an IDX folder or a CSV file")),
        stringField(
            "data_path", "",
            QT_TRANSLATE_NOOP(
                "FieldSpec",
                "fashion-mnist/idx: folder with {train,t10k}-{images-idx3,labels-idx1}-ubyte"
                "[.gz] (empty = the system Fashion-MNIST); csv: the file")),
        stringField(
            "csv_target", "",
            QT_TRANSLATE_NOOP("FieldSpec", "csv: name of the label column (empty = last column)")),
        intField("train_samples", 0, 0, 1000000,
                 QT_TRANSLATE_NOOP(
                     "FieldSpec",
                     "training examples used (0 = all; synthetic sets: how many to generate)")),
        intField("test_samples", 0, 0, 1000000,
                 QT_TRANSLATE_NOOP("FieldSpec", "test examples used for evaluation (0 = all)")),
        doubleField(
            "test_fraction", 0.2, 0.05, 0.9, false,
            QT_TRANSLATE_NOOP("FieldSpec", "synthetic/csv: fraction held out as the test split")),
        doubleField("synthetic_noise", 0.1, 0.0, 1.0, false,
                    QT_TRANSLATE_NOOP("FieldSpec", "synthetic sets: noise level")),
        enumField("input_scaling", "minmax", {"none", "minmax", "zscore"},
                  QT_TRANSLATE_NOOP("FieldSpec",
                                    "input feature scaling, fitted on the training split only")),
    };
    for (FieldSpec& f : fields) f.data = true;
    return fields;
}

struct NetworkDefaults {
    int depth = 3;
    int width = 100;
    QString activation = "sigmoid";
    QString init = "gaussian";
    double initStd = 1.0;
    QString optimizer = "sgd";
};

// The architecture, BN and optimiser shared by the BN twin and the sweeps.
std::vector<FieldSpec> networkFields(const NetworkDefaults& d, bool withInit) {
    std::vector<FieldSpec> fields{
        enumField(
            "model", "mlp", {"mlp", "cnn"},
            QT_TRANSLATE_NOOP(
                "FieldSpec",
                "mlp, or a small CNN (conv3x3-BN-ReLU twice, pooling, dense) for image data")),
        intField("depth", d.depth, 1, 10,
                 QT_TRANSLATE_NOOP("FieldSpec", "mlp: number of hidden layers")),
        intField("width", d.width, 8, 256,
                 QT_TRANSLATE_NOOP("FieldSpec", "mlp: units per hidden layer")),
        intField("cnn_channels", 8, 2, 64,
                 QT_TRANSLATE_NOOP("FieldSpec", "cnn: channels of each conv layer")),
        enumField("pooling", "max", {"max", "avg"},
                  QT_TRANSLATE_NOOP("FieldSpec", "cnn: pooling after the conv layers")),
        enumField("activation", d.activation, {"sigmoid", "tanh", "relu"},
                  QT_TRANSLATE_NOOP("FieldSpec",
                                    "hidden-layer nonlinearity (cnn conv layers always use relu)")),
        enumField("bn_placement", "before", {"before", "after"},
                  QT_TRANSLATE_NOOP("FieldSpec",
                                    "batch norm before (as in the paper) or after the activation")),
        enumField("affine", "learnable", {"learnable", "frozen"},
                  QT_TRANSLATE_NOOP("FieldSpec", "BN gamma/beta learnable, or frozen at 1/0")),
        [] {
            FieldSpec f = doubleField(
                "bn_momentum", 0.1, 0.0, 1.0, false,
                QT_TRANSLATE_NOOP("FieldSpec", "running-statistics momentum (PyTorch convention)"));
            f.minExclusive = true;
            return withSlider(f, 0.01, 1.0, 99);
        }(),
        // One slider stop per decade, from a tiny eps to one that blurs the normalisation.
        withSlider(doubleField("bn_eps", 1e-5, 1e-10, 1.0, true,
                               QT_TRANSLATE_NOOP("FieldSpec", "added to the batch variance")),
                   1e-8, 0.1, 7),
        enumField("bn_eval_mode", "eval", {"eval", "train"},
                  QT_TRANSLATE_NOOP(
                      "FieldSpec",
                      "evaluate BN with running statistics (eval) or batch statistics (train)")),
    };
    if (withInit) {
        append(fields, {
                           enumField("init", d.init, {"gaussian", "xavier", "he"},
                                     QT_TRANSLATE_NOOP("FieldSpec", "weight initialisation")),
                           withSlider(doubleField("init_std", d.initStd, 1e-4, 100.0, true,
                                                  QT_TRANSLATE_NOOP(
                                                      "FieldSpec",
                                                      "gaussian init: weight standard deviation")),
                                      1e-3, 10.0, 80),
                       });
    }
    append(fields,
           {
               enumField("optimizer", d.optimizer, {"sgd", "momentum", "adam"},
                         QT_TRANSLATE_NOOP("FieldSpec", "optimiser")),
               withSlider(doubleField("momentum", 0.9, 0.0, 0.999, false,
                                      QT_TRANSLATE_NOOP(
                                          "FieldSpec", "momentum optimiser: momentum coefficient")),
                          0.0, 0.99, 99),
           });
    return fields;
}

std::vector<FieldSpec> probeFields() {
    return {
        intField("histogram_bins", 40, 4, 256,
                 QT_TRANSLATE_NOOP("FieldSpec", "bins of the pre-activation histograms")),
        doubleField(
            "saturation_eps", 0.05, 1e-6, 0.5, true,
            QT_TRANSLATE_NOOP("FieldSpec",
                              "sigmoid saturated when within eps of 0 or 1: |z| > ln(1/eps - 1)")),
        boolField(
            "ics_probe", false,
            QT_TRANSLATE_NOOP(
                "FieldSpec",
                "measure gradient-difference ICS and loss smoothness at each evaluation (costly)")),
    };
}

FieldSpec groupsField() {
    return intField(
        "groups", 2, 1, 64,
        QT_TRANSLATE_NOOP("FieldSpec",
                          "group norm: channel groups G (1 = layer norm, G = channels = "
                          "instance norm); must divide every normalised width"));
}

// The twin's normaliser: the plain network against batch, layer or group norm.
std::vector<FieldSpec> twinNormaliserFields() {
    return {
        enumField("normaliser", "batch", {"batch", "layer", "group"},
                  QT_TRANSLATE_NOOP("FieldSpec",
                                    "the normaliser of the twin the plain network is compared "
                                    "with: batch norm (statistics over the batch), layer norm or "
                                    "group norm (over each sample's own units)")),
        groupsField(),
    };
}

// Training of the BN/plain twin, alone or once per point of the init sweep.
std::vector<FieldSpec> twinTrainingFields(int defaultSteps) {
    return {
        withSlider(doubleField("lr", 0.5, 1e-5, 10.0, true,
                               QT_TRANSLATE_NOOP("FieldSpec", "learning rate")),
                   1e-4, 10.0, 100),
        withStops(
            intField("batch_size", 60, 2, 4096,
                     QT_TRANSLATE_NOOP("FieldSpec",
                                       "mini-batch size (at least 2: BN needs a batch variance)")),
            {2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096}),
        intField("steps", defaultSteps, 1, 10000000,
                 QT_TRANSLATE_NOOP("FieldSpec", "training steps per run")),
    };
}

FieldSpec seedField() {
    FieldSpec f =
        intField("seed", 1, 0, kMaxSeed,
                 QT_TRANSLATE_NOOP("FieldSpec", "random seed (data order, init, synthetic data)"));
    f.data = true;  // synthetic sets and CSV splits are drawn with it
    return f;
}

// A sweep's seed, its runs per point and how many run at once.
std::vector<FieldSpec> sweepSeedFields(int defaultSeeds = 1) {
    return {
        seedField(),
        intField("seeds", defaultSeeds, 1, 100,
                 QT_TRANSLATE_NOOP("FieldSpec", "runs per point, with seeds seed, seed+1, ...")),
        intField("workers", 0, 0, 64,
                 QT_TRANSLATE_NOOP(
                     "FieldSpec",
                     "parallel runs (0 = automatic: cores - 1 in the app, every core headless)")),
    };
}

void checkGroupsDivide(const ExperimentConfig& c, QStringList& errors);

// A comma-separated list of names ("none, batch"): the distinct known ones,
// with one message per unknown or repeated entry.
QStringList checkNameList(const ExperimentConfig& c, const QString& key, const QStringList& known,
                          QStringList& errors) {
    QStringList names;
    for (const QString& name : c.getNameList(key)) {
        if (!known.contains(name)) {
            errors << QStringLiteral("field \"%1\": \"%2\" is not one of %3%4")
                          .arg(key, name, known.join(", "), didYouMean(name, known));
        } else if (names.contains(name)) {
            errors << QStringLiteral("field \"%1\": \"%2\" is listed twice").arg(key, name);
        } else {
            names << name;
        }
    }
    return names;
}

void requirePath(const ExperimentConfig& c, const QStringList& kindsNeedingPath,
                 QStringList& errors) {
    const QString dataset = c.getString("dataset");
    if (kindsNeedingPath.contains(dataset) && c.getString("data_path").isEmpty())
        errors
            << QStringLiteral("field \"data_path\": required when dataset is \"%1\"").arg(dataset);
}

void checkNetworkData(const ExperimentConfig& c, QStringList& errors) {
    requirePath(c, {"idx", "csv"}, errors);
    const QString dataset = c.getString("dataset");
    if (c.getString("model") == "cnn" && dataset != "fashion-mnist" && dataset != "idx")
        errors << QStringLiteral(
                      "field \"model\": cnn needs image data (dataset fashion-mnist or idx), "
                      "not \"%1\"")
                      .arg(dataset);
}

QStringList checkFeatureScaling(const ExperimentConfig& c) {
    QStringList errors;
    requirePath(c, {"csv"}, errors);
    if (c.getString("dataset") == "csv") {
        for (const char* key : {"csv_feature1", "csv_feature2", "csv_target"}) {
            if (c.getString(key).isEmpty())
                errors << QStringLiteral("field \"%1\": required when dataset is \"csv\"").arg(key);
        }
    }
    return errors;
}

// The BN twin and the init sweep (a twin per point) share their rules.
QStringList checkTwin(const ExperimentConfig& c) {
    QStringList errors;
    checkNetworkData(c, errors);
    if (!c.has("normaliser")) return errors;
    const QString normaliser = c.getString("normaliser");
    if (normaliser == "group") checkGroupsDivide(c, errors);
    if (c.has("noisy_bn") && c.getBool("noisy_bn") && normaliser != "batch")
        errors << QStringLiteral(
                      "field \"noisy_bn\": the noisy network adds noise after batch norm; it "
                      "needs normaliser \"batch\", not \"%1\"")
                      .arg(normaliser);
    return errors;
}

// The same-loss comparison: the twin's rules, and a slice grid with a centre point.
QStringList checkSameLoss(const ExperimentConfig& c) {
    QStringList errors = checkTwin(c);
    if (c.getInt("slice_points") % 2 == 0)
        errors << QStringLiteral(
            "field \"slice_points\": must be odd, so the solution itself is the grid's centre");
    return errors;
}

QStringList checkBatchSweep(const ExperimentConfig& c) {
    QStringList errors;
    checkNetworkData(c, errors);
    (void)checkNameList(c, "lr_rule", {"constant", "linear", "sqrt"}, errors);
    if (c.getBool("also_without_bn") && !c.getBool("bn"))
        errors << QStringLiteral(
            "field \"also_without_bn\": only meaningful with bn=true (bn=false runs without "
            "batch norm already)");
    if (c.getBool("bn") && !c.getBool("also_without_bn")) {
        const QList<int> sizes = c.getIntList("batch_sizes");
        for (int size : sizes) {
            if (size < 2) {
                errors << QStringLiteral(
                    "field \"batch_sizes\": batch size 1 cannot train with batch norm "
                    "(its batch variance is zero); use sizes >= 2 or bn=false");
                break;
            }
        }
    }
    return errors;
}

// Group norm's G must divide the width of every normalised layer.
void checkGroupsDivide(const ExperimentConfig& c, QStringList& errors) {
    const int groups = c.getInt("groups");
    const bool cnn = c.getString("model") == "cnn";
    const int width = cnn ? c.getInt("cnn_channels") : c.getInt("width");
    // A CNN's second conv layer has twice the channels, so G dividing the first is enough.
    if (width % groups != 0)
        errors << QStringLiteral(
                      "field \"groups\": %1 groups must divide the %2 %3 of every "
                      "normalised layer")
                      .arg(groups)
                      .arg(width)
                      .arg(cnn ? QStringLiteral("cnn_channels") : QStringLiteral("units"));
    const int dense = cnn && c.has("cnn_dense") ? c.getInt("cnn_dense") : 0;
    if (dense % groups != 0)
        errors << QStringLiteral(
                      "field \"groups\": %1 groups must divide the %2 units of cnn_dense")
                      .arg(groups)
                      .arg(dense);
}

QStringList checkNormVsBatch(const ExperimentConfig& c) {
    QStringList errors;
    checkNetworkData(c, errors);
    const QStringList kinds =
        checkNameList(c, "normalisers", {"none", "batch", "layer", "group"}, errors);
    if (kinds.contains("batch") && c.getIntList("batch_sizes").contains(1))
        errors << QStringLiteral(
            "field \"batch_sizes\": batch size 1 cannot train with batch norm (its batch "
            "variance is zero); use sizes >= 2 or leave batch out of normalisers");
    if (kinds.contains("group")) checkGroupsDivide(c, errors);
    return errors;
}

// A network lab's schema: its data fields, then the network's.
ExperimentSchema networkSchema(const QString& kind, const QString& description,
                               CrossFieldCheck check, const NetworkDefaults& d, bool withInit) {
    ExperimentSchema s{kind, description, networkDataFields(), check};
    append(s.fields, networkFields(d, withInit));
    return s;
}

// The BN/plain twin, alone or once per point of a sweep: the network, the
// twin's normaliser and its training.
ExperimentSchema twinSchema(const QString& kind, const QString& description, bool withInit,
                            int defaultSteps) {
    ExperimentSchema s = networkSchema(kind, description, &checkTwin, NetworkDefaults{}, withInit);
    append(s.fields, twinNormaliserFields());
    append(s.fields, twinTrainingFields(defaultSteps));
    return s;
}

ExperimentSchema featureScalingSchema() {
    ExperimentSchema s{
        "feature-scaling",
        QT_TRANSLATE_NOOP("FieldSpec",
                          "linear regression on two features: none vs min-max vs z-score scaling"),
        {},
        &checkFeatureScaling};
    s.fields = {
        enumField(
            "dataset", "synthetic", {"synthetic", "csv"},
            QT_TRANSLATE_NOOP("FieldSpec", "synthetic two-feature regression set, or a CSV file")),
        stringField("data_path", "", QT_TRANSLATE_NOOP("FieldSpec", "csv: the file")),
        stringField("csv_feature1", "",
                    QT_TRANSLATE_NOOP("FieldSpec", "csv: column name of feature 1")),
        stringField("csv_feature2", "",
                    QT_TRANSLATE_NOOP("FieldSpec", "csv: column name of feature 2")),
        stringField("csv_target", "",
                    QT_TRANSLATE_NOOP("FieldSpec", "csv: column name of the target")),
        [] {
            FieldSpec f = withSlider(
                intField("n_samples", 200, 10, 100000,
                         QT_TRANSLATE_NOOP("FieldSpec", "synthetic: number of examples")),
                10, 5000, 100);
            f.logScale = true;
            return f;
        }(),
        // The lab's shipped picture (the GUI starts from these too): kappa about
        // 350 unscaled, so gradient descent at 0.9 x 2/lambda_max zig-zags down
        // a narrow valley from a start off its floor, while both scalings
        // (kappa about 1.05) need some 30 steps, never one.
        withUnit(withSlider(doubleField("feature1_scale", 30.0, 1e-3, 1e6, true,
                                        QT_TRANSLATE_NOOP(
                                            "FieldSpec",
                                            "synthetic: standard deviation of feature 1 (e.g. area "
                                            "in m^2)")),
                            0.1, 1000.0, 200),
                 QStringLiteral("m\u00b2")),
        withUnit(
            withSlider(doubleField("feature1_mean", 120.0, -1e6, 1e6, false,
                                   QT_TRANSLATE_NOOP("FieldSpec", "synthetic: mean of feature 1")),
                       -500.0, 500.0, 1000),
            QStringLiteral("m\u00b2")),
        withSlider(doubleField(
                       "feature2_scale", 1.5, 1e-3, 1e6, true,
                       QT_TRANSLATE_NOOP(
                           "FieldSpec", "synthetic: standard deviation of feature 2 (e.g. rooms)")),
                   0.1, 1000.0, 200),
        withSlider(doubleField("feature2_mean", 4.0, -1e6, 1e6, false,
                               QT_TRANSLATE_NOOP("FieldSpec", "synthetic: mean of feature 2")),
                   -500.0, 500.0, 1000),
        withSlider(doubleField("correlation", 0.0, -0.99, 0.99, false,
                               QT_TRANSLATE_NOOP(
                                   "FieldSpec", "synthetic: correlation between the two features")),
                   -0.95, 0.95, 38),
        doubleField("true_w1", 2.0, -1e6, 1e6, false,
                    QT_TRANSLATE_NOOP("FieldSpec", "synthetic: target weight of feature 1")),
        doubleField("true_w2", 30.0, -1e6, 1e6, false,
                    QT_TRANSLATE_NOOP("FieldSpec", "synthetic: target weight of feature 2")),
        doubleField("true_bias", 50.0, -1e6, 1e6, false,
                    QT_TRANSLATE_NOOP("FieldSpec", "synthetic: target intercept")),
        withSlider(
            doubleField("noise", 10.0, 0.0, 1e6, false,
                        QT_TRANSLATE_NOOP("FieldSpec", "synthetic: std of the target noise")),
            0.0, 100.0, 100),
        boolField("intercept", true,
                  QT_TRANSLATE_NOOP(
                      "FieldSpec",
                      "fit an intercept too, held at its best value for every (w1, w2); without "
                      "one, shifting the features (min-max, z-score) changes the model")),
        enumField("optimizer", "gd", {"gd", "momentum", "adam"},
                  QT_TRANSLATE_NOOP("FieldSpec", "gradient descent, momentum or Adam")),
        doubleField("momentum", 0.9, 0.0, 0.999, false,
                    QT_TRANSLATE_NOOP("FieldSpec", "momentum optimiser: coefficient")),
        enumField("lr_mode", "fraction", {"same", "fraction"},
                  QT_TRANSLATE_NOOP(
                      "FieldSpec",
                      "same lr for all scalings, or the same fraction of each one's 2/lambda_max")),
        withSlider(
            doubleField("lr", 1e-3, 1e-9, 10.0, true,
                        QT_TRANSLATE_NOOP("FieldSpec", "learning rate when lr_mode is same")),
            1e-6, 10.0, 280),
        withSlider(doubleField("fraction", 0.9, 0.01, 2.5, true,
                               QT_TRANSLATE_NOOP(
                                   "FieldSpec",
                                   "lr as a fraction of 2/lambda_max when lr_mode is fraction")),
                   0.01, 2.5, 240),
        withStops(
            intField("batch_size", 0, 0, 100000,
                     QT_TRANSLATE_NOOP("FieldSpec",
                                       "mini-batch size for noisy SGD paths (0 = full batch)")),
            {0, 1, 2, 4, 8, 16, 32, 64, 128, 256}),
        doubleField("start_w1", 12.0, -1e6, 1e6, false,
                    QT_TRANSLATE_NOOP("FieldSpec", "starting weight w1 (all scalings)")),
        doubleField("start_w2", -10.0, -1e6, 1e6, false,
                    QT_TRANSLATE_NOOP("FieldSpec", "starting weight w2 (all scalings)")),
        intField("steps", 3000, 1, 1000000,
                 QT_TRANSLATE_NOOP("FieldSpec", "optimisation steps per scaling")),
        doubleField(
            "tolerance", 1e-3, 1e-12, 0.999, true,
            QT_TRANSLATE_NOOP("FieldSpec",
                              "converged when |w - w*| <= tolerance * |w0 - w*| and loss - min <= "
                              "tolerance * (initial loss - min)")),
        intField("grid", 200, 10, 1000,
                 QT_TRANSLATE_NOOP("FieldSpec", "contour grid resolution per axis")),
        intField("levels", 15, 2, 100, QT_TRANSLATE_NOOP("FieldSpec", "number of contour levels")),
        seedField(),
    };
    return s;
}

ExperimentSchema bnTwinSchema() {
    ExperimentSchema s = twinSchema(
        "bn-twin",
        QT_TRANSLATE_NOOP("FieldSpec",
                          "twin networks with and without batch norm, same init and batches"),
        true, 5000);
    append(s.fields,
           {
               intField("eval_interval", 100, 1, 1000000,
                        QT_TRANSLATE_NOOP(
                            "FieldSpec",
                            "steps between evaluations and probe rows (also after the last step)")),
               seedField(),
               boolField("noisy_bn", false,
                         QT_TRANSLATE_NOOP(
                             "FieldSpec",
                             "train a third network: the BN one with random per-unit shifts and "
                             "scales injected after every BN layer, redrawn each step")),
               withSlider(
                   doubleField("bn_noise", 1.0, 0.0, 10.0, false,
                               QT_TRANSLATE_NOOP(
                                   "FieldSpec",
                                   "noisy BN strength s: shifts up to about 1.5 s, scales between "
                                   "1/(1+s)^1.5 and (1+s)^1.5")),
                   0.0, 10.0, 40),
           });
    append(s.fields, probeFields());
    return s;
}

ExperimentSchema initSweepSchema() {
    ExperimentSchema s = twinSchema(
        "init-sweep",
        QT_TRANSLATE_NOOP("FieldSpec",
                          "final test accuracy vs initial weight std, with and without batch norm"),
        false, 1000);
    s.fields.push_back(listField<double>(
        "init_stds", FieldType::DoubleList, {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0},
        1e-4, 100.0, true, QT_TRANSLATE_NOOP("FieldSpec", "gaussian init weight stds to sweep")));
    append(s.fields, sweepSeedFields());
    return s;
}

FieldSpec batchSizesField(const QList<int>& def) {
    return listField<int>("batch_sizes", FieldType::IntList, def, 1, 4096, true,
                          QT_TRANSLATE_NOOP("FieldSpec", "mini-batch sizes to sweep"));
}

// The batch-size sweeps' network: two ReLU layers with He init.
NetworkDefaults sweepNetworkDefaults() {
    NetworkDefaults d;
    d.depth = 2;
    d.activation = "relu";
    d.init = "he";
    return d;
}

// The learning rate of a batch-size sweep, scaled from one base value by B.
std::vector<FieldSpec> learningRateRuleFields() {
    return {
        enumField(
            "lr_rule", "linear", {"constant", "linear", "sqrt"},
            QT_TRANSLATE_NOOP("FieldSpec", "lr = base_lr, base_lr * B, or base_lr * sqrt(B)")),
        doubleField("base_lr", 1e-3, 1e-7, 10.0, true,
                    QT_TRANSLATE_NOOP("FieldSpec", "learning rate before the rule")),
    };
}

ExperimentSchema batchSweepSchema() {
    ExperimentSchema s = networkSchema(
        "batch-sweep",
        QT_TRANSLATE_NOOP("FieldSpec",
                          "final test accuracy vs mini-batch size at a fixed budget of epochs"),
        &checkBatchSweep, sweepNetworkDefaults(), true);
    append(
        s.fields,
        {
            batchSizesField({2, 4, 8, 16, 32, 64, 128, 256, 512, 1024}),
            doubleField(
                "epochs", 1.0, 0.01, 1000.0, true,
                QT_TRANSLATE_NOOP("FieldSpec", "training budget in passes over the training set")),
            intField("examples", 0, 0, 1000000000,
                     QT_TRANSLATE_NOOP(
                         "FieldSpec", "training budget in examples seen instead (0 = use epochs)")),
        });
    append(
        s.fields,
        {
            stringField(
                "lr_rule", "linear",
                QT_TRANSLATE_NOOP("FieldSpec",
                                  "comma-separated lr rules to sweep, each point run with each: "
                                  "constant (lr = base_lr), linear (base_lr * B), sqrt "
                                  "(base_lr * sqrt(B))")),
            learningRateRuleFields().back(),  // base_lr
            [] {
                FieldSpec f = listField<double>(
                    "lr_grid", FieldType::DoubleList, QList<double>{}, 1e-7, 10.0, true,
                    QT_TRANSLATE_NOOP(
                        "FieldSpec",
                        "constant learning rates to run for every batch size (the lr x B map); "
                        "empty = one lr per batch size from lr_rule and base_lr"));
                f.minListLength = 0;
                return f;
            }(),
            boolField("bn", false,
                      QT_TRANSLATE_NOOP("FieldSpec", "insert batch norm in every hidden layer")),
            boolField("also_without_bn", false,
                      QT_TRANSLATE_NOOP(
                          "FieldSpec",
                          "with bn=true: run every point also without batch norm (both settings)")),
            intField("evals_per_epoch", 10, 1, 1000,
                     QT_TRANSLATE_NOOP("FieldSpec", "learning-curve points per epoch")),
            intField("curve_test_samples", 2000, 0, 1000000,
                     QT_TRANSLATE_NOOP(
                         "FieldSpec",
                         "test examples per learning-curve point (0 = all; final numbers always "
                         "use the whole test set)")),
        });
    append(s.fields, sweepSeedFields());
    return s;
}

// Keskar et al. (2017): a small-batch and a large-batch model trained to the
// same training loss, then compared by test accuracy and sharpness.
ExperimentSchema sameLossSchema() {
    NetworkDefaults d = sweepNetworkDefaults();
    d.optimizer = "adam";
    ExperimentSchema s = networkSchema(
        "same-loss",
        QT_TRANSLATE_NOOP("FieldSpec",
                          "small vs large batch trained to the same training loss: test accuracy, "
                          "loss along the line between them, epsilon-sharpness, 2-D loss slices"),
        &checkSameLoss, d, true);
    append(
        s.fields,
        {
            intField("small_batch", 16, 1, 4096,
                     QT_TRANSLATE_NOOP("FieldSpec", "the small-batch model's mini-batch size")),
            intField("large_batch", 1024, 2, 4096,
                     QT_TRANSLATE_NOOP("FieldSpec", "the large-batch model's mini-batch size")),
            doubleField("small_lr", 1e-3, 1e-7, 10.0, true,
                        QT_TRANSLATE_NOOP("FieldSpec", "the small-batch model's lr")),
            doubleField("large_lr", 1e-3, 1e-7, 10.0, true,
                        QT_TRANSLATE_NOOP("FieldSpec", "the large-batch model's lr")),
            doubleField(
                "target_train_loss", 0.1, 1e-4, 10.0, true,
                QT_TRANSLATE_NOOP("FieldSpec",
                                  "both models train until their training loss is at most this")),
            doubleField("max_epochs", 100.0, 0.01, 10000.0, true,
                        QT_TRANSLATE_NOOP(
                            "FieldSpec",
                            "limit per model: a model that has not reached the target by then is "
                            "reported as not reached")),
            intField(
                "evals_per_epoch", 4, 1, 1000,
                QT_TRANSLATE_NOOP("FieldSpec",
                                  "training-loss checks (and learning-curve points) per epoch")),
            intField(
                "train_eval_samples", 5000, 100, 1000000,
                QT_TRANSLATE_NOOP("FieldSpec",
                                  "training rows the training loss and accuracy are measured on")),
            intField("interpolation_points", 21, 2, 401,
                     QT_TRANSLATE_NOOP("FieldSpec", "points of w(alpha) for alpha in [-0.5, 1.5]")),
            doubleField(
                "sharpness_epsilon", 1e-3, 1e-6, 1.0, true,
                QT_TRANSLATE_NOOP("FieldSpec",
                                  "box half-width relative to each weight: epsilon (|w| + 1)")),
            intField("sharpness_steps", 10, 1, 1000,
                     QT_TRANSLATE_NOOP("FieldSpec", "projected gradient-ascent steps")),
            intField(
                "sharpness_samples", 5000, 100, 1000000,
                QT_TRANSLATE_NOOP("FieldSpec", "training rows the sharpness loss is measured on")),
            doubleField("slice_radius", 1.0, 1e-3, 10.0, false,
                        QT_TRANSLATE_NOOP("FieldSpec",
                                          "2-D loss slice: a and b in [-radius, radius] along two "
                                          "filter-normalised random directions")),
            intField("slice_points", 21, 3, 101,
                     QT_TRANSLATE_NOOP("FieldSpec",
                                       "2-D loss slice: grid points per side (odd: the solution "
                                       "is the centre)")),
            intField("slice_samples", 5000, 100, 1000000,
                     QT_TRANSLATE_NOOP("FieldSpec",
                                       "training rows the 2-D slice's loss is measured on")),
        });
    append(s.fields, sweepSeedFields());
    return s;
}

ExperimentSchema normVsBatchSchema() {
    ExperimentSchema s = networkSchema(
        "norm-vs-batch",
        QT_TRANSLATE_NOOP(
            "FieldSpec",
            "final test accuracy vs mini-batch size for each normaliser, and BN's batch vs running "
            "statistics"),
        &checkNormVsBatch, sweepNetworkDefaults(), true);
    append(
        s.fields,
        {
            intField("cnn_dense", 0, 0, 1024,
                     QT_TRANSLATE_NOOP(
                         "FieldSpec",
                         "cnn: units of a normalised dense layer between the last pooling and "
                         "the output (0 = none)")),
            stringField("normalisers", "none,batch,layer,group",
                        QT_TRANSLATE_NOOP(
                            "FieldSpec",
                            "comma-separated normalisers to compare: none, batch, layer, group")),
            groupsField(),
            batchSizesField({2, 4, 8, 16, 32, 64}),
            doubleField("epochs", 1.0, 0.01, 1000.0, true,
                        QT_TRANSLATE_NOOP(
                            "FieldSpec",
                            "training budget in passes over the training set, equal for every B")),
        });
    append(s.fields, learningRateRuleFields());
    append(s.fields,
           {
               intField(
                   "gap_batches", 20, 1, 10000,
                   QT_TRANSLATE_NOOP(
                       "FieldSpec",
                       "batch norm: training batches of B measuring batch vs running statistics")),
           });
    append(s.fields, sweepSeedFields(3));
    return s;
}

const std::vector<ExperimentSchema>& allSchemas() {
    static const std::vector<ExperimentSchema> schemas{featureScalingSchema(), bnTwinSchema(),
                                                       initSweepSchema(),      batchSweepSchema(),
                                                       sameLossSchema(),       normVsBatchSchema()};
    return schemas;
}

// Edit distance counting an adjacent transposition ("widht") as one edit.
int editDistance(const QString& a, const QString& b) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(static_cast<size_t>(n) + 1,
                                    std::vector<int>(static_cast<size_t>(m) + 1));
    const auto at = [&d](qsizetype i, qsizetype j) -> int& {
        return d[static_cast<size_t>(i)][static_cast<size_t>(j)];
    };
    for (qsizetype i = 0; i <= n; ++i) at(i, 0) = static_cast<int>(i);
    for (qsizetype j = 0; j <= m; ++j) at(0, j) = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(n, m);
}

}  // namespace

QStringList experimentKinds() {
    QStringList kinds;
    for (const ExperimentSchema& s : allSchemas()) kinds << s.kind;
    return kinds;
}

const ExperimentSchema* schemaFor(const QString& kind) {
    for (const ExperimentSchema& s : allSchemas())
        if (s.kind == kind) return &s;
    return nullptr;
}

QString closestMatch(const QString& word, const QStringList& candidates) {
    const QString lower = word.toLower();
    // Allow about one typo per four characters, at least one, at most three.
    const int limit = std::clamp(static_cast<int>(word.size()) / 4, 1, 3);
    QString best;
    int bestDistance = limit + 1;
    for (const QString& candidate : candidates) {
        const int d = editDistance(lower, candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

QString didYouMean(const QString& word, const QStringList& candidates) {
    const QString match = closestMatch(word, candidates);
    return match.isEmpty() ? QString() : QStringLiteral(" (did you mean \"%1\"?)").arg(match);
}

}  // namespace normlab::session
