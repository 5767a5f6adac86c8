// A CSV file parsed once off the owner's thread: the table and summary come
// back on the owner's thread, bad files come back as one message, and a newer
// load supersedes an older one.

#include "session/csv_table_loader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include "event_loop_util.h"

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

}  // namespace
