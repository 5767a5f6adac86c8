#include "core/data/csv_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "temp_folder_test.h"

namespace normlab::core {
namespace {

namespace fs = std::filesystem;

class CsvFiles : public TempFolderTest {
  protected:
    std::string write(const std::string& text, const std::string& name = "data.csv") {
        const fs::path p = dir_ / name;
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }

    // The error message of loading `text`, or "" when it loads.
    std::string errorOf(const std::string& text, const CsvLoadOptions& options = {}) {
        try {
            (void)loadCsv(write(text), options);
        } catch (const std::runtime_error& e) {
            return e.what();
        }
        return "";
    }
};

TEST_F(CsvFiles, DetectsHeaderAndMapsStringClasses) {
    CsvLoadOptions options;
    options.testFraction = 0.0;
    const Dataset d =
        loadCsv(write("a,b,species\n1,2,setosa\n3,4,virginica\n5,6,setosa\n"), options);
    EXPECT_EQ(d.shape, (Shape{2, 1, 1}));
    EXPECT_EQ(d.numClasses, 2);
    EXPECT_EQ(d.classNames, (std::vector<std::string>{"setosa", "virginica"}));
    ASSERT_EQ(d.train.size(), 3);
    // Rows are shuffled by the split; each row's label must match its features.
    for (int r = 0; r < 3; ++r) {
        const float a = d.train.features.at(r, 0);
        EXPECT_EQ(d.train.labels[static_cast<std::size_t>(r)], a == 3.0f ? 1 : 0);
        EXPECT_FLOAT_EQ(d.train.features.at(r, 1), a + 1.0f);
    }
}

TEST_F(CsvFiles, NoHeaderWhenTheFirstRowIsNumeric) {
    const CsvSummary s = inspectCsv(write("1,2,0\n3,4,1\n"));
    EXPECT_FALSE(s.hasHeader);
    EXPECT_EQ(s.rows, 2);
    EXPECT_EQ(s.columns[0].name, "column 1");
    // A header whose names sit above numbers is found even with a numeric-looking name.
    const CsvSummary h = inspectCsv(write("x,2019,label\n1,2,cat\n"));
    EXPECT_TRUE(h.hasHeader);
    EXPECT_EQ(h.columns[1].name, "2019");
}

TEST_F(CsvFiles, QuotedFieldsEscapesAndCrlf) {
    const std::string path =
        write("\"name, full\",\"x\",y\r\n\"Smith, \"\"Jo\"\"\",1.5,2\r\n\"a\nb\",2.5,3\r\n");
    const CsvTable t = readCsvTable(path);
    EXPECT_TRUE(t.hasHeader);
    EXPECT_EQ(t.header, (std::vector<std::string>{"name, full", "x", "y"}));
    ASSERT_EQ(t.rowCount(), 2u);
    EXPECT_EQ(t.cell(0, 0), "Smith, \"Jo\"");
    EXPECT_EQ(t.cell(1, 0), "a\nb");
    EXPECT_EQ(t.cell(1, 2), "3");
    EXPECT_EQ(t.lineNumbers[1], 3);

    CsvLoadOptions options;
    options.featureColumns = {"x"};
    options.targetColumn = "y";
    options.targetKind = CsvTargetKind::Regression;
    options.testFraction = 0.0;
    const Dataset d = loadCsv(path, options);
    EXPECT_EQ(d.numClasses, 0);
    EXPECT_EQ(d.train.targets.rows(), 2);
    EXPECT_FLOAT_EQ(d.train.targets.sum(), 5.0f);
    EXPECT_NO_THROW(d.validate());
}

TEST_F(CsvFiles, SemicolonAndTabSeparatorsAreDetected) {
    EXPECT_EQ(inspectCsv(write("a;b;c\n1;2;3\n")).separator, ';');
    const CsvSummary tab = inspectCsv(write("a\tb\n1,5\t2\n"));
    EXPECT_EQ(tab.separator, '\t');
    EXPECT_EQ(tab.columns.size(), 2u);
    EXPECT_FALSE(tab.columns[0].numeric);  // "1,5" is not a number
}

TEST_F(CsvFiles, ColumnsByIndexAndNumericClassOrder) {
    CsvLoadOptions options;
    options.featureColumns = {2};
    options.targetColumn = 0;
    options.testFraction = 0.0;
    const Dataset d = loadCsv(write("10,a,1\n2,b,2\n10,c,3\n"), options);
    EXPECT_EQ(d.classNames, (std::vector<std::string>{"2", "10"}));  // numeric, not text order
    EXPECT_EQ(d.featureCount(), 1);
}

TEST_F(CsvFiles, InspectReportsNumericnessAndDistinctValues) {
    const CsvSummary s = inspectCsv(write("h,w,kind\n1.8,70,a\n1.6,60,b\n1.7,70,a\n"));
    ASSERT_EQ(s.columns.size(), 3u);
    EXPECT_TRUE(s.columns[0].numeric);
    EXPECT_TRUE(s.columns[1].numeric);
    EXPECT_FALSE(s.columns[2].numeric);
    EXPECT_EQ(s.columns[1].distinctValues, 2);
    EXPECT_EQ(s.columns[2].distinctValues, 2);
}

TEST_F(CsvFiles, RaggedRowNamesTheLine) {
    const std::string msg = errorOf("a,b,c\n1,2,3\n4,5\n");
    EXPECT_NE(msg.find(":line 3"), std::string::npos) << msg;
    EXPECT_NE(msg.find("2 fields, expected 3"), std::string::npos) << msg;
}

TEST_F(CsvFiles, NonNumericFeatureNamesLineAndColumn) {
    const std::string msg = errorOf("a,b,c\n1,2,0\n1,oops,1\n");
    EXPECT_NE(msg.find(":line 3, column 2 ('b')"), std::string::npos) << msg;
    EXPECT_NE(msg.find("'oops'"), std::string::npos) << msg;
}

TEST_F(CsvFiles, EmptyHeaderOnlyAndMissing) {
    EXPECT_NE(errorOf("").find("empty"), std::string::npos);
    EXPECT_NE(errorOf("\n\n").find("empty"), std::string::npos);
    EXPECT_NE(errorOf("a,b,c\n").find("header but no data"), std::string::npos);
    EXPECT_THROW((void)loadCsv((dir_ / "none.csv").string()), std::runtime_error);
}

TEST_F(CsvFiles, UnknownColumnListsTheColumns) {
    CsvLoadOptions options;
    options.targetColumn = "label";
    const std::string msg = errorOf("a,b,c\n1,2,3\n", options);
    EXPECT_NE(msg.find("no column named 'label'"), std::string::npos) << msg;
    EXPECT_NE(msg.find("a, b, c"), std::string::npos) << msg;
    options.targetColumn = 5;
    EXPECT_NE(errorOf("a,b,c\n1,2,3\n", options).find("column index 5"), std::string::npos);
}

TEST_F(CsvFiles, UnterminatedQuote) {
    EXPECT_NE(errorOf("a,b\n\"1,2\n").find("never closed"), std::string::npos);
}

TEST_F(CsvFiles, RegressionTargetMustBeNumeric) {
    CsvLoadOptions options;
    options.targetKind = CsvTargetKind::Regression;
    EXPECT_NE(errorOf("a,b\n1,x\n2,3\n", options).find("expected a finite number"),
              std::string::npos);
}

TEST_F(CsvFiles, LoneCarriageReturnsEndRecordsLikeNewlines) {
    CsvLoadOptions options;
    options.testFraction = 0.0;
    const Dataset d = loadCsv(write("x,y,label\r1,2,a\r3,4,b\r"), options);
    EXPECT_EQ(d.train.size(), 2);
    EXPECT_EQ(d.classNames, (std::vector<std::string>{"a", "b"}));
}

TEST_F(CsvFiles, EqualNumbersAreOneClassWhateverTheirSpelling) {
    CsvLoadOptions options;
    options.testFraction = 0.0;
    const Dataset d = loadCsv(write("x,y\n1,1\n2,1.0\n3,2\n4,01\n"), options);
    EXPECT_EQ(d.numClasses, 2);
    EXPECT_EQ(d.classNames, (std::vector<std::string>{"1", "2"}));
}

TEST_F(CsvFiles, BadColumnChoicesSayWhatIsWrong) {
    EXPECT_NE(errorOf("a\n1\n2\n").find("at least one feature and a target"), std::string::npos);
    CsvLoadOptions both;
    both.featureColumns = {"a", "c"};
    both.targetColumn = "c";
    EXPECT_NE(errorOf("a,b,c\n1,2,3\n", both).find("both a feature and the target"),
              std::string::npos);
    CsvLoadOptions twice;
    twice.featureColumns = {"a", "a"};
    twice.targetColumn = "c";
    EXPECT_NE(errorOf("a,b,c\n1,2,3\n", twice).find("chosen twice as a feature"),
              std::string::npos);
}

TEST_F(CsvFiles, TooManyClassesSuggestsARegressionTarget) {
    std::string text = "x,y\n";
    for (int i = 0; i < 1001; ++i) text += std::to_string(i) + ",c" + std::to_string(i) + "\n";
    const std::string msg = errorOf(text);
    EXPECT_NE(msg.find("1001 distinct values"), std::string::npos) << msg;
    EXPECT_NE(msg.find("regression"), std::string::npos) << msg;
}

TEST_F(CsvFiles, NonFiniteCellsAreNotNumbers) {
    for (const char* cell : {"nan", "inf", "-inf", "1e999"}) {
        const std::string msg = errorOf(std::string("a,b,c\n1,2,0\n") + cell + ",2,1\n");
        EXPECT_NE(msg.find("expected a finite number"), std::string::npos) << cell << ": " << msg;
    }
}

TEST_F(CsvFiles, ValuesBeyondFloatRangeNameLineAndColumn) {
    // Finite as doubles, infinite as the engine's floats.
    for (const char* cell : {"1e39", "-3.5e38", "1e308"}) {
        const std::string msg = errorOf(std::string("a,b,c\n1,2,0\n") + cell + ",2,1\n");
        EXPECT_NE(msg.find(":line 3, column 1 ('a'): '" + std::string(cell) +
                           "' is beyond the range of a float"),
                  std::string::npos)
            << msg;
    }
    CsvLoadOptions regression;
    regression.targetKind = CsvTargetKind::Regression;
    EXPECT_NE(errorOf("a,b\n1,2\n2,4e38\n", regression).find(":line 3, column 2 ('b')"),
              std::string::npos);
    float v = 0;
    EXPECT_TRUE(parseCsvNumber("3.4e38", v));
    EXPECT_FALSE(parseCsvNumber("3.5e38", v));
}

TEST_F(CsvFiles, AFolderIsNotAnEmptyFile) {
    const std::string msg = errorOf("");  // writes data.csv; the folder is dir_
    EXPECT_NE(msg.find("empty"), std::string::npos);
    try {
        (void)loadCsv(dir_.string());
        ADD_FAILURE() << "a folder loaded";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("is a folder, expected a CSV file"),
                  std::string::npos)
            << e.what();
    }
}

TEST_F(CsvFiles, AMissingColumnListsOnlyTheFirstNames) {
    std::string header, row;
    for (int c = 0; c < 1000; ++c) {
        header += (c ? ",name_" : "name_") + std::to_string(c);
        row += c ? ",1" : "1";
    }
    CsvLoadOptions options;
    options.targetColumn = "label";
    const std::string msg = errorOf(header + "\n" + row + "\n", options);
    EXPECT_NE(msg.find("name_0, name_1, "), std::string::npos) << msg;
    EXPECT_NE(msg.find("name_19 ... and 980 more"), std::string::npos) << msg;
    EXPECT_LT(msg.size(), 400u);
}

TEST_F(CsvFiles, LimitsAreRefusedBeforeLoading) {
    // A file beyond the size limit is refused from its size alone (a sparse file).
    const std::string huge = write("", "huge.csv");
    fs::resize_file(huge, kMaxCsvFileBytes + 1);
    try {
        (void)loadCsv(huge);
        ADD_FAILURE() << "a file over the limit loaded";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("more than the limit of 1073741824 bytes"),
                  std::string::npos)
            << e.what();
    }
    std::string wide;
    for (std::size_t c = 0; c <= kMaxCsvColumns; ++c) wide += c ? ",1" : "1";
    EXPECT_NE(errorOf(wide + "\n").find("100001 columns, more than the limit of 100000"),
              std::string::npos);
}

TEST_F(CsvFiles, BinaryAndTextAfterQuotesAreRefused) {
    EXPECT_NE(errorOf(std::string("a,b\n1,2\n3,\0\n", 13)).find(":line 3: holds a NUL byte"),
              std::string::npos);
    EXPECT_NE(errorOf("a,b\n\"1\"x,2\n").find(":line 2: field 1: text after a closing quote"),
              std::string::npos);
    EXPECT_NE(errorOf("a,b\n\"\" \"1\",2\n").find("text after a closing quote"),
              std::string::npos);
}

// Progress of a few-MB file: bytes parsed, then rows converted; never falling.
TEST_F(CsvFiles, ProgressRisesThroughBytesThenRowsToTheEnd) {
    std::string text = "a,b,c,label\n";
    const int rows = 120'000;
    for (int r = 0; r < rows; ++r)
        text += std::to_string(r) + ".25," + std::to_string(r % 97) + ".5,-3.125," +
                std::to_string(r % 3) + "\n";
    const std::string path = write(text);
    std::vector<LoadProgress> seen;
    CsvLoadOptions options;
    options.monitor = [&](const LoadProgress& p) {
        seen.push_back(p);
        return true;
    };
    const Dataset d = loadCsv(path, options);
    EXPECT_EQ(d.train.size() + d.test.size(), rows);
    ASSERT_GT(seen.size(), 8u);  // several reports in each stage
    int byteReports = 0, rowReports = 0;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        EXPECT_TRUE(seen[i].hasRows);
        EXPECT_EQ(seen[i].bytesTotal, text.size());
        if (seen[i].rowsTotal == 0) {
            ++byteReports;
        } else {
            ++rowReports;
        }
        if (i > 0) {
            EXPECT_GE(seen[i].fraction(), seen[i - 1].fraction()) << "report " << i;
        }
    }
    EXPECT_GE(byteReports, 3);
    EXPECT_GE(rowReports, 3);
    EXPECT_EQ(seen.back().rowsDone, static_cast<std::uint64_t>(rows));
    EXPECT_DOUBLE_EQ(seen.back().fraction(), 1.0);
}

TEST_F(CsvFiles, ACancelStopsTheLoadAtTheNextReport) {
    std::string text;
    for (int r = 0; r < 200'000; ++r) text += std::to_string(r) + ",1.5,0\n";
    const std::string path = write(text);
    for (const int stopAt : {1, 3, 6}) {  // while reading, parsing, converting rows
        int calls = 0;
        LoadProgress last;
        CsvLoadOptions options;
        options.monitor = [&](const LoadProgress& p) {
            last = p;
            return ++calls < stopAt;
        };
        try {
            (void)loadCsv(path, options);
            ADD_FAILURE() << "a cancelled load returned a data set";
        } catch (const LoadCancelled& e) {
            EXPECT_NE(std::string(e.what()).find(path + ": loading was cancelled"),
                      std::string::npos)
                << e.what();
        }
        EXPECT_EQ(calls, stopAt) << "the loader asked again after being told to stop";
        EXPECT_LT(last.fraction(), 1.0);
    }
}

TEST(CsvText, ParsesFromMemoryAsFromAFile) {
    const CsvTable t(" a ; \"b,c\" ;d\n 1 ; \"x;y\" ;3\n\n", "memory.csv");
    EXPECT_EQ(t.separator, ';');  // the comma is inside quotes
    EXPECT_EQ(t.header, (std::vector<std::string>{"a", "b,c", "d"}));
    ASSERT_EQ(t.rowCount(), 1u);
    EXPECT_EQ(t.cell(0, 0), "1");
    EXPECT_EQ(t.cell(0, 1), "x;y");
    EXPECT_EQ(t.cell(0, 2), "3");
}

TEST(CsvText, TrimsDecodesAndKeepsQuotedSpaces) {
    const CsvTable t("name,v\n  plain  ,1\n\"  kept  \",2\n\"say \"\"hi\"\"\"  ,3", "m.csv");
    ASSERT_EQ(t.rowCount(), 3u);
    EXPECT_EQ(t.cell(0, 0), "plain");
    EXPECT_EQ(t.cell(1, 0), "  kept  ");
    EXPECT_EQ(t.cell(2, 0), "say \"hi\"");
    EXPECT_EQ(t.cell(2, 1), "3");
    EXPECT_EQ(t.lineNumbers, (std::vector<int>{2, 3, 4}));
    CsvLoadOptions options;
    options.testFraction = 0.0;
    options.targetKind = CsvTargetKind::Regression;
    options.targetColumn = "v";
    options.featureColumns = {"v"};
    EXPECT_THROW((void)loadCsv(CsvTable("v,w\n1,2\n", "m.csv"), options), std::runtime_error);
    options.featureColumns = {"w"};
    const Dataset d = loadCsv(CsvTable("v,w\n1,2\n3,4\n", "m.csv"), options);
    EXPECT_EQ(d.name, "m");
    EXPECT_FLOAT_EQ(d.train.targets.sum(), 4.0f);
}

}  // namespace
}  // namespace normlab::core
