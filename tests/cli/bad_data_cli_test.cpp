// Bad data files and outputs as a careless user meets them: refused with one
// line and exit code 2, never a run that exits 0 with a wrong result.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "cli_test_util.h"

namespace normlab::session {
namespace {

using test::CliResult;
using test::expectOneLineError;
using test::runCli;
using test::set;

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

const QStringList kSmallTwin{"depth=1", "width=8", "eval_interval=1"};

TEST(BadDataCli, ATinyCsvIsRefusedWithTheRowsEachSplitGot) {
    QTemporaryDir dir;
    const QString csv = writeFile(dir, "two.csv", "x,y,label\n1,2,a\n3,4,b\n");
    const CliResult r = runCli(QStringList{"run", "bn-paper", "--out", dir.filePath("run"), "--steps",
                                           "5"} +
                               set(kSmallTwin + QStringList{"dataset=csv", "data_path=" + csv,
                                                            "batch_size=2"}));
    expectOneLineError(r, 2, "2 rows for training and 0 for testing");
    EXPECT_TRUE(r.err.contains("batch_size = 2")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath("run/metrics.csv")));
}

TEST(BadDataCli, ATrainSplitSmallerThanTheBatchIsRefused) {
    QTemporaryDir dir;
    QByteArray text = "x,y,label\n";
    for (int i = 0; i < 20; ++i) text += QByteArray::number(i) + ",1," + (i % 2 ? "a\n" : "b\n");
    const QString csv = writeFile(dir, "twenty.csv", text);
    const CliResult r = runCli(QStringList{"run", "bn-paper", "--out", dir.filePath("run"), "--steps",
                                           "5"} +
                               set(kSmallTwin + QStringList{"dataset=csv", "data_path=" + csv,
                                                            "batch_size=60"}));
    expectOneLineError(r, 2, "16 rows for training and 4 for testing");
}

TEST(BadDataCli, AValueBeyondFloatRangeNamesFileLineAndColumn) {
    QTemporaryDir dir;
    QByteArray text = "x,y,label\n";
    for (int i = 0; i < 20; ++i) text += QByteArray::number(i) + ",1," + (i % 2 ? "a\n" : "b\n");
    text += "1e39,1,a\n";  // line 22
    const QString csv = writeFile(dir, "big.csv", text);
    expectOneLineError(
        runCli(QStringList{"run", "bn-paper", "--out", dir.filePath("run"), "--steps", "5"} +
               set(kSmallTwin + QStringList{"dataset=csv", "data_path=" + csv, "batch_size=4"})),
        2, csv + ":line 22, column 1 ('x'): '1e39' is beyond the range of a float");

    const QString regression = writeFile(dir, "reg.csv", "a,b,t\n1,2,3\n4,5,6\n7,-2e300,9\n");
    expectOneLineError(
        runCli(QStringList{"run", "feature-scaling", "--out", dir.filePath("fs")} +
               set({"dataset=csv", "data_path=" + regression, "csv_feature1=a",
                    "csv_feature2=b", "csv_target=t"})),
        2, regression + ":line 4, column 2 ('b'): '-2e300' is beyond the range of a float");
}

TEST(BadDataCli, BadDataFilesExitTwoLikeBadFields) {
    QTemporaryDir dir;
    const QString ragged = writeFile(dir, "ragged.csv", "x,y,label\n1,2,a\n3,b\n");
    const QStringList twin = QStringList{"run", "bn-paper", "--steps", "5"} + set(kSmallTwin);
    expectOneLineError(runCli(twin + QStringList{"--out", dir.filePath("r1")} +
                              set({"dataset=csv", "data_path=" + ragged})),
                       2, ":line 3: 2 fields, expected 3");
    // A folder given as the CSV file says so, as the IDX loader does.
    expectOneLineError(runCli(twin + QStringList{"--out", dir.filePath("r2")} +
                              set({"dataset=csv", "data_path=" + dir.path()})),
                       2, "is a folder, expected a CSV file");
    expectOneLineError(runCli(twin + QStringList{"--out", dir.filePath("r3")} +
                              set({"dataset=idx", "data_path=" + dir.filePath("nothing")})),
                       2, "not found");
}

TEST(BadDataCli, AMissingColumnAmongThousandsGivesAShortLine) {
    QTemporaryDir dir;
    QByteArray header, row;
    for (int c = 0; c < 5000; ++c) {
        header += (c ? "," : "") + QByteArray("column_with_a_long_name_") + QByteArray::number(c);
        row += c ? ",1" : "1";
    }
    const QString csv = writeFile(dir, "wide.csv", header + '\n' + row + '\n' + row + '\n');
    const CliResult r = runCli({"run", "feature-scaling", "--out", dir.filePath("run"), "--set",
                                "dataset=csv", "--set", "data_path=" + csv, "--set",
                                "csv_feature1=area", "--set", "csv_feature2=column_with_a_long_name_1",
                                "--set", "csv_target=column_with_a_long_name_2"});
    expectOneLineError(r, 2, "no column \"area\"");
    EXPECT_TRUE(r.err.contains("and 4980 more")) << r.err.left(400).toStdString();
    EXPECT_LT(r.err.size(), 2000);
}

TEST(BadDataCli, DuplicateJsonKeysAreRefusedNamingTheKey) {
    QTemporaryDir dir;
    const QString json = writeFile(dir, "twice.json",
                                   "{\"format\": \"normlab-experiment\", \"version\": 1,\n"
                                   " \"kind\": \"bn-twin\",\n"
                                   " \"params\": {\"lr\": 0.1, \"steps\": 3, \"lr\": 5}}\n");
    expectOneLineError(runCli({"run", json, "--out", dir.filePath("run"), "--dry-run"}), 2,
                       "key \"lr\" appears twice in one object (again at line 3");
}

}  // namespace
}  // namespace normlab::session
