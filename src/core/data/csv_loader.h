#pragma once
// CSV files as data sets: header detection, quoted fields, separator
// auto-detection, feature and target columns picked by name or index.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/data/dataset.h"

namespace normlab::core {

// A column chosen by its header name or by its 0-based index.
class CsvColumn {
  public:
    CsvColumn(int index) : index_(index) {}  // NOLINT(google-explicit-constructor)
    CsvColumn(std::string name) : name_(std::move(name)), byName_(true) {}  // NOLINT
    CsvColumn(const char* name) : name_(name), byName_(true) {}             // NOLINT
    [[nodiscard]] bool byName() const { return byName_; }
    [[nodiscard]] int index() const { return index_; }
    [[nodiscard]] const std::string& name() const { return name_; }

  private:
    int index_ = -1;
    std::string name_;
    bool byName_ = false;
};

enum class CsvTargetKind { ClassLabels, Regression };

struct CsvLoadOptions {
    std::vector<CsvColumn> featureColumns;  // empty: every column but the target
    CsvColumn targetColumn = -1;            // -1: the last column
    CsvTargetKind targetKind = CsvTargetKind::ClassLabels;
    char separator = 0;  // 0: detect among ',', ';' and tab
    double testFraction = 0.2;
    std::uint64_t seed = 1;
};

struct CsvColumnInfo {
    std::string name;  // header text, or "column N" (1-based) without a header
    bool numeric = false;
    int distinctValues = 0;  // counted up to 1000
};

struct CsvSummary {
    char separator = ',';
    bool hasHeader = false;
    int rows = 0;  // data rows
    std::vector<CsvColumnInfo> columns;
};

// Parsed text of a CSV file; errors name "path:line N".
struct CsvTable {
    char separator = ',';
    bool hasHeader = false;
    std::vector<std::string> header;             // names; generated when there is none
    std::vector<std::vector<std::string>> rows;  // data rows, all header.size() wide
    std::vector<int> lineNumbers;                // 1-based file line of each data row
};

[[nodiscard]] CsvTable readCsvTable(const std::string& path, char separator = 0);
// For a column picker: names, numeric-ness and distinct counts.
[[nodiscard]] CsvSummary inspectCsv(const std::string& path);
[[nodiscard]] Dataset loadCsv(const std::string& path, const CsvLoadOptions& options = {});

}  // namespace normlab::core
