// The shared dataset cache: its key, loading off the calling thread, reuse
// and a bad file's error.
#include "session/dataset_cache.h"

#include <gtest/gtest.h>

#include <QThread>
#include <atomic>

#include "event_loop_util.h"

namespace normlab::session {
namespace {

using test::app;
using test::waitFor;

ExperimentConfig moons(int samples = 200) {
    ExperimentConfig c = ExperimentConfig::defaults("bn-twin");
    c.applyOverride("dataset=moons");
    c.applyOverride(QStringLiteral("train_samples=%1").arg(samples));
    return c;
}

// A value of the field other than the config's own, valid for its type.
QString otherValue(const ExperimentConfig& c, const FieldSpec& f) {
    switch (f.type) {
        case FieldType::Enum:
            return f.allowed.at((f.allowed.indexOf(c.getString(f.key)) + 1) % f.allowed.size());
        case FieldType::String:
            return QStringLiteral("other");
        case FieldType::Int:
            return QString::number(c.getInt(f.key) + 1);
        case FieldType::Double:
            return QString::number((c.getDouble(f.key) + f.max) / 2, 'g', 17);
        default:
            return {};
    }
}

TEST(DatasetCache, KeyHoldsEveryDataFieldAndNothingElse) {
    for (const QString kind : {"bn-twin", "init-sweep", "batch-sweep"}) {
        const ExperimentConfig base = ExperimentConfig::defaults(kind);
        const QString key = DatasetCache::keyOf(base);
        const QStringList dataKeys = base.schema().dataKeys();
        for (const QString must :
             {"dataset", "data_path", "csv_target", "train_samples", "test_samples",
              "test_fraction", "synthetic_noise", "input_scaling", "seed"})
            EXPECT_TRUE(dataKeys.contains(must)) << kind.toStdString() << " " << must.toStdString();
        for (const FieldSpec& f : base.schema().fields) {
            const QString value = otherValue(base, f);
            if (value.isEmpty()) continue;
            ExperimentConfig changed = base;
            changed.applyOverride(f.key + '=' + value);
            EXPECT_EQ(DatasetCache::keyOf(changed) != key, f.data)
                << kind.toStdString() << " " << f.key.toStdString();
        }
    }
}

TEST(DatasetCache, LoadsOnAWorkerThreadAndReusesTheSet) {
    app();
    DatasetCache cache;
    std::atomic<QThread*> loadedOn{nullptr};
    QString loadedKey;
    QObject::connect(
        &cache, &DatasetCache::loaded, &cache,
        [&](const QString& key) {
            loadedOn = QThread::currentThread();
            loadedKey = key;
        },
        Qt::DirectConnection);
    const ExperimentConfig c = moons();
    EXPECT_EQ(cache.find(c), nullptr);
    const QString key = cache.request(c);
    EXPECT_EQ(key, DatasetCache::keyOf(c));
    ASSERT_TRUE(waitFor([&] { return cache.find(c) != nullptr; }, 10000));
    ASSERT_TRUE(waitFor([&] { return loadedOn.load() != nullptr; }));
    EXPECT_NE(loadedOn.load(), QThread::currentThread());
    EXPECT_EQ(loadedKey, key);
    EXPECT_EQ(cache.find(c), cache.get(c));  // the same set, not loaded again
    EXPECT_EQ(cache.find(c)->train.size() + cache.find(c)->test.size(), 200);
    // A different noise level is a different data set.
    ExperimentConfig noisy = c;
    noisy.applyOverride("synthetic_noise=0.3");
    EXPECT_EQ(cache.find(noisy), nullptr);
    EXPECT_NE(cache.get(noisy), cache.get(c));
}

TEST(DatasetCache, ABadFileIsAnErrorNotACrash) {
    app();
    DatasetCache cache;
    ExperimentConfig c = ExperimentConfig::defaults("bn-twin");
    c.applyOverride("dataset=csv");
    c.applyOverride("data_path=/nonexistent/data.csv");
    QString message;
    QObject::connect(&cache, &DatasetCache::failed, &cache,
                     [&](const QString&, const QString& m) { message = m; });
    cache.request(c);
    ASSERT_TRUE(waitFor([&] { return !message.isEmpty(); }, 10000));
    EXPECT_TRUE(message.contains("/nonexistent/data.csv")) << message.toStdString();
    EXPECT_EQ(cache.find(c), nullptr);
    EXPECT_THROW((void)cache.get(c), std::runtime_error);
}

TEST(DatasetCache, KeepsOnlyTheRecentSets) {
    DatasetCache cache(2);
    const auto a = cache.get(moons(100));
    (void)cache.get(moons(120));
    (void)cache.get(moons(140));
    EXPECT_EQ(cache.find(moons(100)), nullptr);  // the oldest went
    EXPECT_NE(cache.find(moons(140)), nullptr);
    EXPECT_EQ(a->train.size() + a->test.size(), 100);  // a holder keeps its data
}

}  // namespace
}  // namespace normlab::session
