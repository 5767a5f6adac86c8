#pragma once
// CSV files as data sets: header detection, quoted fields, separator
// auto-detection, feature and target columns picked by name or index.
//
// Memory stays within a small multiple of the file: the text is decoded in
// place (no string per cell) and numbers go straight into the float matrix.
// Files beyond the limits below are refused before anything large is
// allocated, with a message naming the limit.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/data/dataset.h"
#include "core/data/load_progress.h"

namespace normlab::core {

inline constexpr std::uint64_t kMaxCsvFileBytes = std::uint64_t{1} << 30;  // 1 GiB
inline constexpr std::size_t kMaxCsvRows = 10'000'000;
inline constexpr std::size_t kMaxCsvColumns = 100'000;
inline constexpr std::size_t kMaxCsvValues = 100'000'000;  // rows x chosen columns (400 MB)

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
    LoadMonitor monitor;  // progress (bytes parsed, then rows converted) and cancel
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

// Parsed text of a CSV file; errors name "source:line N".
class CsvTable {
  public:
    // Parses `text` (the whole file); `source` names it in messages. The
    // monitor hears of the bytes parsed; throws LoadCancelled when it says stop.
    CsvTable(std::string text, std::string source, char separator = 0,
             const LoadMonitor& monitor = {});

    char separator = ',';
    bool hasHeader = false;
    std::vector<std::string> header;  // names; generated when there is none
    std::vector<int> lineNumbers;     // 1-based file line of each data row

    [[nodiscard]] const std::string& source() const { return source_; }
    [[nodiscard]] std::size_t rowCount() const { return rowStart_.size(); }
    [[nodiscard]] std::size_t width() const { return width_; }
    // Size of the text the table was parsed from, for progress.
    [[nodiscard]] std::uint64_t textBytes() const { return textBytes_; }
    // The decoded fields of data row r, as views into the table.
    void row(std::size_t r, std::vector<std::string_view>& fields) const;
    [[nodiscard]] std::string_view cell(std::size_t r, std::size_t c) const;
    // The cell as the engine's float; throws naming source, line and column
    // when it is not a number or outside float's range.
    [[nodiscard]] float number(std::size_t r, std::size_t c, std::string_view text) const;
    // 0-based index of the column named `name`, or -1.
    [[nodiscard]] int findColumn(std::string_view name) const;
    // "a, b, c" for messages, cut after `maxNames` names ("... and N more").
    [[nodiscard]] std::string columnList(std::size_t maxNames = 20) const;

  private:
    std::string source_;
    std::size_t width_ = 0;
    std::uint64_t textBytes_ = 0;
    std::string cells_;                 // every data cell decoded, each ending in '\0'
    std::vector<std::size_t> rowStart_;  // offset in cells_ of each data row
};

// True when `text` is a whole finite number that fits in a float.
[[nodiscard]] bool parseCsvNumber(std::string_view text, float& value);

[[nodiscard]] CsvTable readCsvTable(const std::string& path, char separator = 0,
                                    const LoadMonitor& monitor = {});
// For a column picker: names, numeric-ness and distinct counts.
[[nodiscard]] CsvSummary inspectCsv(const std::string& path);
[[nodiscard]] CsvSummary inspectCsv(const CsvTable& table);
[[nodiscard]] Dataset loadCsv(const std::string& path, const CsvLoadOptions& options = {});
// The same from a table already parsed (e.g. from memory); consumes it.
[[nodiscard]] Dataset loadCsv(CsvTable table, const CsvLoadOptions& options = {});

}  // namespace normlab::core
