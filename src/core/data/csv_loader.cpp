#include "core/data/csv_loader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/data/train_test_split.h"

namespace normlab::core {

namespace {

constexpr int kMaxDistinctCounted = 1000;
constexpr int kMaxClasses = 1000;

std::string lineRef(const std::string& path, int line) {
    return path + ":line " + std::to_string(line);
}

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t");
    return std::string(s.substr(first, last - first + 1));
}

bool parseNumber(const std::string& text, double& value) {
    if (text.empty()) return false;
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (*begin == '+') ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    return ec == std::errc() && ptr == end && std::isfinite(value);
}

bool isNumber(const std::string& text) {
    double v = 0;
    return parseNumber(text, v);
}

char detectSeparator(const std::string& text) {
    std::size_t counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (const char ch : text) {
        if (ch == '"') quoted = !quoted;
        if (quoted) continue;
        if (ch == '\n') break;
        for (int i = 0; i < 3; ++i) counts[i] += ch == candidates[i];
    }
    const auto best = std::max_element(std::begin(counts), std::end(counts)) - std::begin(counts);
    return counts[best] > 0 ? candidates[best] : ',';
}

// Splits the whole text into records; quotes may span lines.
std::vector<std::vector<std::string>> splitRecords(const std::string& path, const std::string& text,
                                                   char sep, std::vector<int>& lines) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        fields.push_back(wasQuoted ? field : trim(field));
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = fields.size() == 1 && fields[0].empty();
        if (!blank) {
            records.push_back(std::move(fields));
            lines.push_back(recordLine);
        }
        fields.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == '\n') ++line;
                field += ch;
            }
        } else if (ch == '"' && trim(field).empty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (ch == sep) {
            endField();
        } else if (ch == '\n' || ch == '\r') {
            // CRLF, LF, or a lone CR (old Mac files) all end a record.
            if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (wasQuoted) {
            if (ch != ' ' && ch != '\t') {
                throw std::runtime_error(lineRef(path, line) + ", field " +
                                         std::to_string(fields.size() + 1) +
                                         ": text after a closing quote");
            }
        } else {
            field += ch;
        }
    }
    if (quoted) {
        throw std::runtime_error(lineRef(path, recordLine) + ": a quoted field is never closed");
    }
    if (!field.empty() || wasQuoted || !fields.empty()) endRecord();
    return records;
}

int resolveColumn(const std::string& path, const CsvTable& table, const CsvColumn& column) {
    const int width = static_cast<int>(table.header.size());
    if (column.byName()) {
        const auto it = std::find(table.header.begin(), table.header.end(), column.name());
        if (it != table.header.end()) return static_cast<int>(it - table.header.begin());
        std::string names;
        for (const auto& n : table.header) names += (names.empty() ? "" : ", ") + n;
        throw std::runtime_error(path + ": no column named '" + column.name() +
                                 "'; columns are: " + names);
    }
    if (column.index() < 0 || column.index() >= width) {
        throw std::runtime_error(path + ": column index " + std::to_string(column.index()) +
                                 " is outside 0.." + std::to_string(width - 1));
    }
    return column.index();
}

double numberAt(const std::string& path, const CsvTable& table, std::size_t row, int col) {
    double value = 0;
    const std::string& text = table.rows[row][static_cast<std::size_t>(col)];
    if (!parseNumber(text, value)) {
        throw std::runtime_error(lineRef(path, table.lineNumbers[row]) + ", column " +
                                 std::to_string(col + 1) + " ('" +
                                 table.header[static_cast<std::size_t>(col)] +
                                 "'): expected a finite number, got '" + text + "'");
    }
    return value;
}

}  // namespace

CsvTable readCsvTable(const std::string& path, char separator) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw std::runtime_error(path + ": file not found");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot be opened");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);  // BOM

    CsvTable table;
    table.separator = separator != 0 ? separator : detectSeparator(text);
    std::vector<int> lines;
    auto records = splitRecords(path, text, table.separator, lines);
    if (records.empty()) throw std::runtime_error(path + ": the file is empty");

    const std::size_t width = records.front().size();
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != width) {
            throw std::runtime_error(lineRef(path, lines[r]) + ": " +
                                     std::to_string(records[r].size()) + " fields, expected " +
                                     std::to_string(width) + " as on line " +
                                     std::to_string(lines[0]));
        }
    }
    // A header is a first row of names: all text, or text above a number.
    const auto& first = records.front();
    bool header = std::none_of(first.begin(), first.end(), isNumber);
    if (!header && records.size() > 1) {
        for (std::size_t c = 0; c < width; ++c) {
            header = header || (!isNumber(first[c]) && isNumber(records[1][c]));
        }
    }
    table.hasHeader = header;
    if (header) {
        table.header = std::move(records.front());
        for (std::size_t c = 0; c < width; ++c) {
            if (table.header[c].empty()) table.header[c] = "column " + std::to_string(c + 1);
        }
        records.erase(records.begin());
        lines.erase(lines.begin());
        if (records.empty()) throw std::runtime_error(path + ": a header but no data rows");
    } else {
        for (std::size_t c = 0; c < width; ++c) {
            table.header.push_back("column " + std::to_string(c + 1));
        }
    }
    table.rows = std::move(records);
    table.lineNumbers = std::move(lines);
    return table;
}

CsvSummary inspectCsv(const std::string& path) {
    const CsvTable table = readCsvTable(path);
    CsvSummary summary;
    summary.separator = table.separator;
    summary.hasHeader = table.hasHeader;
    summary.rows = static_cast<int>(table.rows.size());
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        CsvColumnInfo info;
        info.name = table.header[c];
        info.numeric = true;
        std::set<std::string> distinct;
        for (const auto& row : table.rows) {
            info.numeric = info.numeric && isNumber(row[c]);
            if (static_cast<int>(distinct.size()) < kMaxDistinctCounted) distinct.insert(row[c]);
        }
        info.distinctValues = static_cast<int>(distinct.size());
        summary.columns.push_back(std::move(info));
    }
    return summary;
}

Dataset loadCsv(const std::string& path, const CsvLoadOptions& options) {
    const CsvTable table = readCsvTable(path, options.separator);
    const int width = static_cast<int>(table.header.size());
    if (width < 2) {
        throw std::runtime_error(path + ": " + std::to_string(width) +
                                 " column, expected at least one feature and a target");
    }
    const CsvColumn targetRef =
        (!options.targetColumn.byName() && options.targetColumn.index() == -1)
            ? CsvColumn(width - 1)
            : options.targetColumn;
    const int target = resolveColumn(path, table, targetRef);
    std::vector<int> features;
    if (options.featureColumns.empty()) {
        for (int c = 0; c < width; ++c) {
            if (c != target) features.push_back(c);
        }
    } else {
        for (const CsvColumn& col : options.featureColumns) {
            const int c = resolveColumn(path, table, col);
            if (c == target) {
                throw std::runtime_error(path + ": column '" + table.header[c] +
                                         "' is both a feature and the target");
            }
            if (std::find(features.begin(), features.end(), c) != features.end()) {
                throw std::runtime_error(path + ": column '" + table.header[c] +
                                         "' is chosen twice as a feature");
            }
            features.push_back(c);
        }
    }

    const std::size_t n = table.rows.size();
    Split all;
    Matrix<float> x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(features.size()));
    for (std::size_t r = 0; r < n; ++r) {
        for (std::size_t j = 0; j < features.size(); ++j) {
            x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) =
                static_cast<float>(numberAt(path, table, r, features[j]));
        }
    }
    all.features = FeatureStore::fromFloat(std::move(x));

    Dataset d;
    d.name = std::filesystem::path(path).stem().string();
    d.shape = Shape{static_cast<int>(features.size()), 1, 1};
    if (options.targetKind == CsvTargetKind::Regression) {
        all.targets.resize(static_cast<Eigen::Index>(n), 1);
        for (std::size_t r = 0; r < n; ++r) {
            all.targets(static_cast<Eigen::Index>(r), 0) =
                static_cast<float>(numberAt(path, table, r, target));
        }
    } else {
        // Classes in sorted order: numerically when every value is a number.
        const auto t = static_cast<std::size_t>(target);
        bool numeric = true;
        for (const auto& row : table.rows) numeric = numeric && isNumber(row[t]);
        const auto less = [numeric](const std::string& a, const std::string& b) {
            if (!numeric) return a < b;
            double va = 0, vb = 0;
            parseNumber(a, va);
            parseNumber(b, vb);
            // "1", "1.0" and "01" are one class, named as first written.
            return va < vb;
        };
        std::map<std::string, int, decltype(less)> classes(less);
        for (const auto& row : table.rows) classes.emplace(row[t], 0);
        if (static_cast<int>(classes.size()) > kMaxClasses) {
            throw std::runtime_error(path + ": target column '" + table.header[t] + "' has " +
                                     std::to_string(classes.size()) + " distinct values, at most " +
                                     std::to_string(kMaxClasses) +
                                     " classes are allowed (use a regression target?)");
        }
        int next = 0;
        for (auto& [name, index] : classes) {
            index = next++;
            d.classNames.push_back(name);
        }
        d.numClasses = next;
        all.labels.reserve(n);
        for (const auto& row : table.rows) all.labels.push_back(classes.at(row[t]));
    }
    TrainTestSplits splits = splitTrainTest(all, options.testFraction, options.seed);
    d.train = std::move(splits.train);
    d.test = std::move(splits.test);
    return d;
}

}  // namespace normlab::core
