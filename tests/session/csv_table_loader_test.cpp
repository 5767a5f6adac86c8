// A CSV file parsed once off the owner's thread: the table and summary come
// back on the owner's thread, bad files come back as one message, a newer
// load supersedes an older one, progress rises, and a cancel stops the parse.

#include "session/csv_table_loader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>

#include "event_loop_util.h"
#include "large_csv.h"

namespace {

using normlab::session::CsvTableLoader;
using normlab::session::ParsedCsv;

class CsvTableLoaderTest : public ::testing::Test {
  protected:
    void SetUp() override { normlab::session::test::app(); }
    QString write(const QString& name, const QByteArray& text) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
    QTemporaryDir dir;
};

TEST_F(CsvTableLoaderTest, ParsesOnItsOwnThreadAndReportsOnTheOwners) {
    const QString path =
        write("houses.csv", "area,rooms,city,price\n80,3,Seoul,500\n60,2,Busan,300\n");
    CsvTableLoader loader;
    std::shared_ptr<const ParsedCsv> got;
    QThread* reportedOn = nullptr;
    QObject::connect(&loader, &CsvTableLoader::loaded,
                     [&](const std::shared_ptr<const ParsedCsv>& csv) {
                         got = csv;
                         reportedOn = QThread::currentThread();
                     });
    int failures = 0;
    QObject::connect(&loader, &CsvTableLoader::failed, [&] { ++failures; });
    loader.load(path);
    EXPECT_TRUE(loader.isLoading());
    ASSERT_TRUE(normlab::session::test::waitFor([&] { return got != nullptr || failures > 0; }));
    EXPECT_FALSE(loader.isLoading());
    EXPECT_EQ(failures, 0);
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(reportedOn, QThread::currentThread());
    EXPECT_EQ(got->path, path);
    EXPECT_EQ(got->table.rowCount(), 2u);
    ASSERT_EQ(got->summary.columns.size(), 4u);
    EXPECT_TRUE(got->summary.columns[0].numeric);
    EXPECT_FALSE(got->summary.columns[2].numeric);
    EXPECT_EQ(got->summary.columns[3].name, "price");
}

TEST_F(CsvTableLoaderTest, AMissingOrRaggedFileIsOneMessageNamingIt) {
    CsvTableLoader loader;
    QStringList messages;
    int loads = 0;
    QObject::connect(&loader, &CsvTableLoader::failed,
                     [&](const QString&, const QString& message) { messages << message; });
    QObject::connect(&loader, &CsvTableLoader::loaded, [&] { ++loads; });
    loader.load(dir.filePath("none.csv"));
    ASSERT_TRUE(normlab::session::test::waitFor([&] { return messages.size() == 1; }));
    EXPECT_TRUE(messages[0].contains("none.csv")) << messages[0].toStdString();
    const QString ragged = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n");
    loader.load(ragged);
    ASSERT_TRUE(normlab::session::test::waitFor([&] { return messages.size() == 2; }));
    EXPECT_TRUE(messages[1].contains("ragged.csv")) << messages[1].toStdString();
    EXPECT_EQ(loads, 0);
}

TEST_F(CsvTableLoaderTest, OnlyTheNewestLoadIsReported) {
    const QString first = write("first.csv", "x,y\n1,2\n");
    const QString second = write("second.csv", "u,v,w\n1,2,3\n");
    CsvTableLoader loader;
    QStringList reported;
    QObject::connect(&loader, &CsvTableLoader::loaded,
                     [&](const std::shared_ptr<const ParsedCsv>& csv) { reported << csv->path; });
    loader.load(first);
    loader.load(second);
    ASSERT_TRUE(normlab::session::test::waitFor([&] { return reported.contains(second); }));
    // The first load's result, had it arrived before, was dropped.
    EXPECT_EQ(reported, QStringList{second});
    EXPECT_FALSE(loader.isLoading());
}

TEST_F(CsvTableLoaderTest, ALargeFileReportsRisingProgressUpToTheWhole) {
    const QString path = dir.filePath("large.csv");
    ASSERT_TRUE(normlab::test::writeLargeCsv(path, 300'000));  // about 3.5 MB
    const qint64 size = QFileInfo(path).size();
    CsvTableLoader loader;
    std::vector<double> fractions;
    qint64 lastDone = -1, lastTotal = -1;
    QObject::connect(&loader, &CsvTableLoader::progress,
                     [&](double fraction, qint64 done, qint64 total) {
                         fractions.push_back(fraction);
                         lastDone = done;
                         lastTotal = total;
                     });
    int loaded = 0;
    QObject::connect(&loader, &CsvTableLoader::loaded, [&] { ++loaded; });
    loader.load(path);
    ASSERT_TRUE(normlab::session::test::waitFor([&] { return loaded == 1; }, 30000));
    ASSERT_GE(fractions.size(), 4u);  // one a MB parsed, and the end
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_LT(fractions.front(), 0.5);
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);
    EXPECT_EQ(std::adjacent_find(fractions.begin(), fractions.end()), fractions.end())
        << "each report moves the fraction";
    EXPECT_EQ(lastDone, size);
    EXPECT_EQ(lastTotal, size);
}

TEST_F(CsvTableLoaderTest, CancelStopsTheParseAndReportsOnlyCancelled) {
    const QString path = dir.filePath("large.csv");
    ASSERT_TRUE(normlab::test::writeLargeCsv(path, 1'300'000));  // about 16 MB
    CsvTableLoader loader;
    EXPECT_FALSE(loader.cancel());  // nothing to cancel
    double highest = 0;
    const QMetaObject::Connection canceller =
        QObject::connect(&loader, &CsvTableLoader::progress, [&](double fraction, qint64, qint64) {
            highest = std::max(highest, fraction);
            if (fraction > 0) {
                EXPECT_TRUE(loader.cancel()) << "still loading at its first MB";
            }
        });
    QStringList cancelled;
    int loaded = 0, failed = 0;
    QObject::connect(&loader, &CsvTableLoader::cancelled,
                     [&](const QString& cancelledPath) { cancelled << cancelledPath; });
    QObject::connect(&loader, &CsvTableLoader::loaded, [&] { ++loaded; });
    QObject::connect(&loader, &CsvTableLoader::failed, [&] { ++failed; });
    loader.load(path);
    ASSERT_TRUE(normlab::session::test::waitFor([&] { return !cancelled.isEmpty(); }, 30000));
    EXPECT_EQ(cancelled, QStringList{path});
    EXPECT_FALSE(loader.isLoading());
    // The parse stopped at one of its next reports, long before the end of the file.
    EXPECT_LT(highest, 1.0);
    EXPECT_EQ(loaded, 0);
    EXPECT_EQ(failed, 0);

    // The loader is ready for the next file.
    QObject::disconnect(canceller);
    const QString small = write("small.csv", "x,y\n1,2\n");
    loader.load(small);
    ASSERT_TRUE(normlab::session::test::waitFor([&] { return loaded == 1; }));
    EXPECT_EQ(cancelled.size(), 1);
}

TEST_F(CsvTableLoaderTest, DestroyingTheLoaderMidParseStopsIt) {
    const QString path = dir.filePath("large.csv");
    ASSERT_TRUE(normlab::test::writeLargeCsv(path, 1'300'000));
    auto loader = std::make_unique<CsvTableLoader>();
    int reports = 0;
    QObject::connect(loader.get(), &CsvTableLoader::loaded, [&] { ++reports; });
    QObject::connect(loader.get(), &CsvTableLoader::failed, [&] { ++reports; });
    QObject::connect(loader.get(), &CsvTableLoader::cancelled, [&] { ++reports; });
    bool progressed = false;
    QObject::connect(loader.get(), &CsvTableLoader::progress, [&] { progressed = true; });
    loader->load(path);
    ASSERT_TRUE(normlab::session::test::waitFor([&] { return progressed; }, 30000));
    loader.reset();  // stops the parse, then joins its thread
    QCoreApplication::processEvents();
    EXPECT_EQ(reports, 0);  // nothing is reported by a loader that is gone
}

}  // namespace
