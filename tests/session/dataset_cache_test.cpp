// The shared dataset cache: its key, loading off the calling thread, reuse
// and a bad file's error.
#include "session/dataset_cache.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

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

// A CSV of a few MB: long enough that a load reports many times.
QString writeLargeCsv(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    QByteArray text = "x1,x2,x3,label\n";
    for (int r = 0; r < 150'000; ++r)
        text += QByteArray::number(r % 1000) + ".125," + QByteArray::number(r % 7) + ".5,-" +
                QByteArray::number(r % 13) + ".25," + QByteArray::number(r % 2) + "\n";
    file.write(text);
    return path;
}

ExperimentConfig csvConfig(const QString& path) {
    ExperimentConfig c = ExperimentConfig::defaults("bn-twin");
    c.applyOverride("dataset=csv");
    c.applyOverride("data_path=" + path);
    c.applyOverride("model=mlp");
    return c;
}

// What a cache sent, recorded in the test's thread (queued from the loader's);
// the connections end with the recorder.
struct CacheSignals {
    explicit CacheSignals(DatasetCache& cache) {
        QObject::connect(&cache, &DatasetCache::progress, &context,
                         [this](const QString&, double fraction, qint64 done, qint64 total) {
                             fractions.push_back(fraction);
                             bytes.push_back(done);
                             totals.push_back(total);
                         });
        QObject::connect(&cache, &DatasetCache::loaded, &context,
                         [this](const QString& key) { loaded.push_back(key); });
        QObject::connect(&cache, &DatasetCache::cancelled, &context,
                         [this](const QString& key) { cancelled.push_back(key); });
    }
    QObject context;
    std::vector<double> fractions;
    std::vector<qint64> bytes, totals;
    QStringList loaded, cancelled;
};

TEST(DatasetCache, ACancelStopsALargeLoadAtItsNextReportAndKeepsNothing) {
    app();
    const QTemporaryDir dir;
    const QString path = writeLargeCsv(dir);
    ASSERT_FALSE(path.isEmpty());
    DatasetCache cache;
    const ExperimentConfig c = csvConfig(path);
    const QString key = DatasetCache::keyOf(c);
    // The cancel is asked from the loading thread at its second report, so the
    // test knows exactly how far the load had got.
    std::atomic<int> reports{0};
    QObject::connect(
        &cache, &DatasetCache::progress, &cache,
        [&](const QString& k, double, qint64, qint64) {
            if (++reports == 2) {
                EXPECT_TRUE(cache.cancel(k));
            }
        },
        Qt::DirectConnection);
    CacheSignals sent(cache);
    EXPECT_EQ(cache.request(c), key);
    ASSERT_TRUE(waitFor([&] { return !sent.cancelled.isEmpty(); }, 20000));
    EXPECT_EQ(sent.cancelled.front(), key);
    EXPECT_TRUE(sent.loaded.isEmpty());
    EXPECT_EQ(reports.load(), 2) << "the load went on reporting after the cancel";
    ASSERT_EQ(sent.fractions.size(), 2u);
    EXPECT_LT(sent.fractions.back(), 0.5);
    EXPECT_FALSE(cache.isLoading(key));
    EXPECT_EQ(cache.find(c), nullptr);
    EXPECT_FALSE(cache.cancel(key));  // nothing to cancel now
}

TEST(DatasetCache, ProgressRisesToTheWholeLoadAndALoadAfterACancelSucceeds) {
    app();
    const QTemporaryDir dir;
    const QString path = writeLargeCsv(dir);
    ASSERT_FALSE(path.isEmpty());
    DatasetCache cache;
    const ExperimentConfig c = csvConfig(path);
    QObject::connect(
        &cache, &DatasetCache::progress, &cache,
        [&](const QString& k, double, qint64, qint64) { cache.cancel(k); },
        static_cast<Qt::ConnectionType>(Qt::SingleShotConnection | Qt::DirectConnection));
    auto first = std::make_unique<CacheSignals>(cache);
    cache.request(c);
    ASSERT_TRUE(waitFor([&] { return !first->cancelled.isEmpty(); }, 20000));
    first.reset();

    const CacheSignals sent(cache);
    cache.request(c);
    ASSERT_TRUE(waitFor([&] { return !sent.loaded.isEmpty(); }, 60000));
    ASSERT_GT(sent.fractions.size(), 10u);
    for (std::size_t i = 0; i < sent.fractions.size(); ++i) {
        if (i > 0) {
            EXPECT_GE(sent.fractions[i], sent.fractions[i - 1]) << i;
        }
        EXPECT_EQ(sent.totals[i], QFileInfo(path).size());
        EXPECT_LE(sent.bytes[i], sent.totals[i]);
    }
    EXPECT_DOUBLE_EQ(sent.fractions.back(), 1.0);
    const auto data = cache.find(c);
    ASSERT_NE(data, nullptr);
    EXPECT_EQ(data->train.size() + data->test.size(), 150'000);
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

// A small CSV whose rows are numbered by their first value, `offset` apart
// from another such file's.
QString writeNumberedCsv(const QTemporaryDir& dir, int rows, int offset) {
    const QString path = dir.filePath(QStringLiteral("numbered.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
    QByteArray text = "x1,x2,label\n";
    for (int r = 0; r < rows; ++r)
        text += QByteArray::number(r + offset) + "," + QByteArray::number(r % 5) + "," +
                QByteArray::number(r % 2) + "\n";
    file.write(text);
    return path;
}

void expectSameRows(const core::Split& a, const core::Split& b, int rows) {
    ASSERT_EQ(a.size(), rows);
    ASSERT_EQ(b.size(), rows);
    for (int r = 0; r < rows; ++r) {
        EXPECT_EQ(a.labels[static_cast<std::size_t>(r)], b.labels[static_cast<std::size_t>(r)]);
        for (int c = 0; c < a.features.cols(); ++c)
            EXPECT_EQ(a.features.at(r, c), b.features.at(r, c)) << "row " << r << " col " << c;
    }
}

TEST(DatasetCache, FewerRowsOfAKeptSetAreCutFromItNotReadAgain) {
    const QTemporaryDir dir;
    const QString path = writeNumberedCsv(dir, 400, 0);
    ExperimentConfig whole = csvConfig(path);
    whole.applyOverride("batch_size=10");
    ExperimentConfig fewer = whole;
    fewer.applyOverride("train_samples=50");
    fewer.applyOverride("test_samples=20");
    // What a load from the file gives for the smaller set.
    const auto loadedFewer = DatasetCache(1).get(fewer);

    DatasetCache cache;
    const auto all = cache.get(whole);
    ASSERT_GT(all->train.size(), 50);
    ASSERT_GT(all->test.size(), 20);
    // The file now holds other numbers: a read would show them.
    ASSERT_FALSE(writeNumberedCsv(dir, 400, 100'000).isEmpty());
    const auto cut = cache.get(fewer);
    ASSERT_NE(cut, all);
    expectSameRows(cut->train, loadedFewer->train, 50);
    expectSameRows(cut->test, loadedFewer->test, 20);
    EXPECT_EQ(cut->name, loadedFewer->name);
    EXPECT_EQ(cut->numClasses, loadedFewer->numClasses);

    // More rows than any kept set holds, or other data fields, are read again.
    DatasetCache onlyFewer;
    (void)onlyFewer.get(fewer);
    ASSERT_FALSE(writeNumberedCsv(dir, 400, 200'000).isEmpty());
    ExperimentConfig more = fewer;
    more.applyOverride("train_samples=0");
    const auto reread = onlyFewer.get(more);
    EXPECT_EQ(reread->train.size(), all->train.size());
    EXPECT_GE(reread->train.features.at(0, 0), 200'000.0f);
    ExperimentConfig otherSeed = fewer;
    otherSeed.applyOverride(QStringLiteral("seed=%1").arg(fewer.getInt("seed") + 1));
    EXPECT_GE(cache.get(otherSeed)->train.features.at(0, 0), 200'000.0f);
}

TEST(DatasetCache, ACutTooSmallForTheBatchIsRefusedLikeALoad) {
    const QTemporaryDir dir;
    DatasetCache cache;
    const ExperimentConfig whole = csvConfig(writeNumberedCsv(dir, 400, 0));
    (void)cache.get(whole);
    ExperimentConfig tiny = whole;
    tiny.applyOverride("train_samples=2");
    tiny.applyOverride(QStringLiteral("batch_size=%1").arg(8));
    try {
        (void)cache.get(tiny);
        FAIL() << "a 2-row training split for batches of 8 was accepted";
    } catch (const std::exception& e) {
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("2 rows for training")))
            << e.what();
    }
}

}  // namespace
}  // namespace normlab::session
