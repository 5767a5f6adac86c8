#include "core/data/csv_loader.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

#include "core/data/train_test_split.h"

namespace normlab::core {

namespace {

constexpr int kMaxDistinctCounted = 1000;
constexpr int kMaxClasses = 1000;
constexpr std::size_t kMaxQuotedCell = 40;  // characters of a bad cell shown in a message
// How often a load reports: a few hundred times for a large file, rarely
// enough to cost nothing.
constexpr std::size_t kReportBytes = std::size_t{1} << 20;
constexpr std::size_t kReportRows = std::size_t{1} << 14;
constexpr std::size_t kReadChunk = std::size_t{1} << 24;

std::string lineRef(const std::string& source, int line) {
    return source + ":line " + std::to_string(line);
}

// A cell as shown in a message: a huge one is cut.
std::string shown(std::string_view text) {
    if (text.size() <= kMaxQuotedCell) return std::string(text);
    return std::string(text.substr(0, kMaxQuotedCell)) + "...";
}

bool parseFinite(std::string_view text, double& value) {
    if (text.empty()) return false;
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (*begin == '+') ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    return ec == std::errc() && ptr == end && std::isfinite(value);
}

// Looks like a number (for header detection and class order): any finite double.
bool looksNumeric(std::string_view text) {
    double v = 0;
    return parseFinite(text, v);
}

bool isBlank(char ch) { return ch == ' ' || ch == '\t'; }

char detectSeparator(std::string_view text) {
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

}  // namespace

bool parseCsvNumber(std::string_view text, float& value) {
    double d = 0;
    if (!parseFinite(text, d) || std::abs(d) > static_cast<double>(FLT_MAX)) return false;
    value = static_cast<float>(d);
    return true;
}

// Decodes the text in place: every field's content (quotes removed, "" made ",
// unquoted fields trimmed) followed by '\0'. The write position never passes
// the read position, so no second buffer is needed.
CsvTable::CsvTable(std::string text, std::string source, char sep, const LoadMonitor& monitor)
    : source_(std::move(source)), textBytes_(text.size()) {
    LoadProgress progress;
    progress.bytesTotal = textBytes_;
    progress.hasRows = true;
    std::size_t nextReport = 0;
    std::size_t r = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // BOM
    separator = sep != 0 ? sep : detectSeparator(std::string_view(text).substr(r));
    std::string& t = text;
    std::size_t w = 0;
    std::size_t recordStart = 0, fieldStart = 0, fieldEnd = 0, fields = 0, width = 0;
    bool quoted = false, wasQuoted = false;
    int line = 1, recordLine = 1;
    std::vector<std::size_t> starts;
    std::vector<int> lines;

    const auto failAt = [&](int at, const std::string& problem) {
        throw std::runtime_error(lineRef(source_, at) + ": " + problem);
    };
    const auto put = [&](char ch) {
        if (ch == '\0') failAt(line, "holds a NUL byte; is this a text CSV file?");
        if (w == t.size()) t.push_back(ch);  // only the final field's terminator
        else t[w] = ch;
        ++w;
    };
    const auto endField = [&] {
        if (!wasQuoted) w = fieldEnd;
        if (w == t.size()) t.push_back('\0');
        else t[w] = '\0';
        ++w;
        ++fields;
        fieldStart = fieldEnd = w;
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (fields == 1 && w - recordStart == 1) {  // a blank line
            w = fieldStart = fieldEnd = recordStart;
            fields = 0;
            return;
        }
        if (width == 0) {
            width = fields;
            if (width > kMaxCsvColumns)
                failAt(recordLine, std::to_string(width) + " columns, more than the limit of " +
                                       std::to_string(kMaxCsvColumns));
        } else if (fields != width) {
            failAt(recordLine, std::to_string(fields) + " fields, expected " +
                                   std::to_string(width) + " as on line " +
                                   std::to_string(lines[0]));
        }
        if (starts.size() > kMaxCsvRows)  // the first record may be a header
            failAt(recordLine, "more than the limit of " + std::to_string(kMaxCsvRows) + " rows");
        starts.push_back(recordStart);
        lines.push_back(recordLine);
        fields = 0;
        recordStart = fieldStart = fieldEnd = w;
    };

    for (; r < t.size(); ++r) {
        if (r >= nextReport && monitor) {
            progress.bytesDone = r;
            reportLoad(monitor, progress, source_);
            nextReport = r + kReportBytes;
        }
        const char ch = t[r];
        if (quoted) {
            if (ch == '"') {
                if (r + 1 < t.size() && t[r + 1] == '"') {
                    put('"');
                    ++r;
                } else {
                    quoted = false;
                }
            } else {
                put(ch);
                if (ch == '\n') ++line;
            }
        } else if (ch == '"' && w == fieldStart && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (ch == separator) {
            endField();
        } else if (ch == '\n' || ch == '\r') {
            // CRLF, LF, or a lone CR (old Mac files) all end a record.
            if (ch == '\r' && r + 1 < t.size() && t[r + 1] == '\n') ++r;
            endRecord();
            ++line;
            recordLine = line;
        } else if (wasQuoted) {
            if (!isBlank(ch))
                failAt(line, "field " + std::to_string(fields + 1) + ": text after a closing quote");
        } else if (!(isBlank(ch) && w == fieldStart)) {  // leading blanks are dropped
            put(ch);
            if (!isBlank(ch)) fieldEnd = w;
        }
    }
    if (quoted) failAt(recordLine, "a quoted field is never closed");
    if (w > recordStart || wasQuoted || fields > 0) endRecord();
    if (starts.empty()) throw std::runtime_error(source_ + ": the file is empty");
    progress.bytesDone = textBytes_;
    reportLoad(monitor, progress, source_);
    t.resize(w);
    width_ = width;
    cells_ = std::move(t);
    rowStart_ = std::move(starts);
    lineNumbers = std::move(lines);

    // A header is a first row of names: all text, or text above a number.
    std::vector<std::string_view> first, second;
    row(0, first);
    bool isHeader = std::none_of(first.begin(), first.end(), looksNumeric);
    if (!isHeader && rowCount() > 1) {
        row(1, second);
        for (std::size_t c = 0; c < width && !isHeader; ++c)
            isHeader = !looksNumeric(first[c]) && looksNumeric(second[c]);
    }
    hasHeader = isHeader;
    header.reserve(width);
    for (std::size_t c = 0; c < width; ++c) {
        const bool named = isHeader && !first[c].empty();
        header.push_back(named ? std::string(first[c]) : "column " + std::to_string(c + 1));
    }
    if (isHeader) {
        rowStart_.erase(rowStart_.begin());
        lineNumbers.erase(lineNumbers.begin());
        if (rowStart_.empty()) throw std::runtime_error(source_ + ": a header but no data rows");
    }
}

void CsvTable::row(std::size_t r, std::vector<std::string_view>& fields) const {
    fields.resize(width());
    const char* p = cells_.data() + rowStart_.at(r);
    for (std::string_view& f : fields) {
        const std::size_t n = std::strlen(p);
        f = std::string_view(p, n);
        p += n + 1;
    }
}

std::string_view CsvTable::cell(std::size_t r, std::size_t c) const {
    if (c >= width()) throw std::out_of_range(source_ + ": no column " + std::to_string(c + 1));
    const char* p = cells_.data() + rowStart_.at(r);
    for (std::size_t i = 0; i < c; ++i) p += std::strlen(p) + 1;
    return p;
}

float CsvTable::number(std::size_t r, std::size_t c, std::string_view text) const {
    float value = 0;
    if (parseCsvNumber(text, value)) return value;
    const std::string where = lineRef(source_, lineNumbers[r]) + ", column " +
                              std::to_string(c + 1) + " ('" + header[c] + "'): ";
    if (looksNumeric(text))
        throw std::runtime_error(where + "'" + shown(text) +
                                 "' is beyond the range of a float (about +-3.4e38)");
    throw std::runtime_error(where + "expected a finite number, got '" + shown(text) + "'");
}

int CsvTable::findColumn(std::string_view name) const {
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
}

std::string CsvTable::columnList(std::size_t maxNames) const {
    std::string names;
    const std::size_t shownNames = std::min(maxNames, header.size());
    for (std::size_t c = 0; c < shownNames; ++c) names += (c == 0 ? "" : ", ") + header[c];
    if (header.size() > shownNames)
        names += " ... and " + std::to_string(header.size() - shownNames) + " more";
    return names;
}

namespace {

int resolveColumn(const CsvTable& table, const CsvColumn& column) {
    const int width = static_cast<int>(table.width());
    if (column.byName()) {
        const int c = table.findColumn(column.name());
        if (c >= 0) return c;
        throw std::runtime_error(table.source() + ": no column named '" + column.name() +
                                 "'; columns are: " + table.columnList());
    }
    if (column.index() < 0 || column.index() >= width) {
        throw std::runtime_error(table.source() + ": column index " +
                                 std::to_string(column.index()) + " is outside 0.." +
                                 std::to_string(width - 1));
    }
    return column.index();
}

std::vector<int> featureColumns(const CsvTable& table, const CsvLoadOptions& options, int target) {
    std::vector<int> features;
    if (options.featureColumns.empty()) {
        for (int c = 0; c < static_cast<int>(table.width()); ++c)
            if (c != target) features.push_back(c);
        return features;
    }
    for (const CsvColumn& col : options.featureColumns) {
        const int c = resolveColumn(table, col);
        const std::string& name = table.header[static_cast<std::size_t>(c)];
        if (c == target)
            throw std::runtime_error(table.source() + ": column '" + name +
                                     "' is both a feature and the target");
        if (std::find(features.begin(), features.end(), c) != features.end())
            throw std::runtime_error(table.source() + ": column '" + name +
                                     "' is chosen twice as a feature");
        features.push_back(c);
    }
    return features;
}

// Reads the chosen columns into one split; the table is freed on return, so
// the text and the splits made from `all` never coexist.
Split extractSplit(CsvTable table, const CsvLoadOptions& options, Dataset& d) {
    const int width = static_cast<int>(table.width());
    if (width < 2) {
        throw std::runtime_error(table.source() + ": " + std::to_string(width) +
                                 " column, expected at least one feature and a target");
    }
    const CsvColumn targetRef =
        (!options.targetColumn.byName() && options.targetColumn.index() == -1)
            ? CsvColumn(width - 1)
            : options.targetColumn;
    const int target = resolveColumn(table, targetRef);
    const auto t = static_cast<std::size_t>(target);
    const std::vector<int> features = featureColumns(table, options, target);
    const std::size_t n = table.rowCount();
    if (n * (features.size() + 1) > kMaxCsvValues)
        throw std::runtime_error(table.source() + ": " + std::to_string(n) + " rows x " +
                                 std::to_string(features.size() + 1) +
                                 " columns, more than the limit of " +
                                 std::to_string(kMaxCsvValues) + " values");

    Split all;
    d.shape = Shape{static_cast<int>(features.size()), 1, 1};
    Matrix<float> x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(features.size()));
    std::vector<std::string_view> fields;
    LoadProgress progress;
    progress.bytesDone = progress.bytesTotal = table.textBytes();
    progress.rowsTotal = n;
    progress.hasRows = true;
    for (std::size_t r = 0; r < n; ++r) {
        if (r % kReportRows == 0 && options.monitor) {
            progress.rowsDone = r;
            reportLoad(options.monitor, progress, table.source());
        }
        table.row(r, fields);
        for (std::size_t j = 0; j < features.size(); ++j) {
            const auto c = static_cast<std::size_t>(features[j]);
            x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) =
                table.number(r, c, fields[c]);
        }
    }
    all.features = FeatureStore::fromFloat(std::move(x));
    progress.rowsDone = n;
    reportLoad(options.monitor, progress, table.source());

    if (options.targetKind == CsvTargetKind::Regression) {
        all.targets.resize(static_cast<Eigen::Index>(n), 1);
        for (std::size_t r = 0; r < n; ++r)
            all.targets(static_cast<Eigen::Index>(r), 0) = table.number(r, t, table.cell(r, t));
        return all;
    }
    // Classes in sorted order: numerically when every value is a number.
    bool numeric = true;
    for (std::size_t r = 0; r < n && numeric; ++r) numeric = looksNumeric(table.cell(r, t));
    const auto less = [numeric](const std::string& a, const std::string& b) {
        if (!numeric) return a < b;
        double va = 0, vb = 0;
        parseFinite(a, va);
        parseFinite(b, vb);
        // "1", "1.0" and "01" are one class, named as first written.
        return va < vb;
    };
    std::map<std::string, int, decltype(less)> classes(less);
    std::vector<std::string_view> targets(n);
    for (std::size_t r = 0; r < n; ++r) {
        targets[r] = table.cell(r, t);
        classes.emplace(targets[r], 0);
        if (static_cast<int>(classes.size()) > kMaxClasses) {
            throw std::runtime_error(table.source() + ": target column '" + table.header[t] +
                                     "' has at least " + std::to_string(classes.size()) +
                                     " distinct values, at most " + std::to_string(kMaxClasses) +
                                     " classes are allowed (use a regression target?)");
        }
    }
    int next = 0;
    for (auto& [name, index] : classes) {
        index = next++;
        d.classNames.push_back(name);
    }
    d.numClasses = next;
    all.labels.reserve(n);
    for (const std::string_view label : targets)
        all.labels.push_back(classes.find(std::string(label))->second);
    return all;
}

}  // namespace

CsvTable readCsvTable(const std::string& path, char separator, const LoadMonitor& monitor) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec)) throw std::runtime_error(path + ": file not found");
    if (fs::is_directory(path, ec)) throw std::runtime_error(path + ": is a folder, expected a CSV file");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) throw std::runtime_error(path + ": cannot be read (" + ec.message() + ")");
    if (size > kMaxCsvFileBytes)
        throw std::runtime_error(path + ": " + std::to_string(size) +
                                 " bytes, more than the limit of " +
                                 std::to_string(kMaxCsvFileBytes) + " bytes (1 GiB) for a CSV file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot be opened");
    std::string text;
    text.reserve(static_cast<std::size_t>(size) + 1);  // room for the last terminator
    text.resize(static_cast<std::size_t>(size));
    // In chunks, so a cancel is heard while a large file is still coming in.
    std::size_t got = 0;
    LoadProgress progress;
    progress.bytesTotal = size;
    progress.hasRows = true;
    while (got < text.size() && in) {
        reportLoad(monitor, progress, path);
        const std::size_t want = std::min(kReadChunk, text.size() - got);
        in.read(text.data() + got, static_cast<std::streamsize>(want));
        got += static_cast<std::size_t>(in.gcount());
    }
    text.resize(got);
    return CsvTable(std::move(text), path, separator, monitor);
}

CsvSummary inspectCsv(const CsvTable& table) {
    CsvSummary summary;
    summary.separator = table.separator;
    summary.hasHeader = table.hasHeader;
    summary.rows = static_cast<int>(table.rowCount());
    summary.columns.resize(table.width());
    std::vector<std::set<std::string, std::less<>>> distinct(table.width());
    for (std::size_t c = 0; c < table.width(); ++c) {
        summary.columns[c].name = table.header[c];
        summary.columns[c].numeric = true;
    }
    std::vector<std::string_view> fields;
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        table.row(r, fields);
        for (std::size_t c = 0; c < fields.size(); ++c) {
            float v = 0;
            CsvColumnInfo& info = summary.columns[c];
            info.numeric = info.numeric && parseCsvNumber(fields[c], v);
            if (static_cast<int>(distinct[c].size()) < kMaxDistinctCounted)
                distinct[c].emplace(fields[c]);
        }
    }
    for (std::size_t c = 0; c < table.width(); ++c)
        summary.columns[c].distinctValues = static_cast<int>(distinct[c].size());
    return summary;
}

CsvSummary inspectCsv(const std::string& path) { return inspectCsv(readCsvTable(path)); }

Dataset loadCsv(const std::string& path, const CsvLoadOptions& options) {
    return loadCsv(readCsvTable(path, options.separator, options.monitor), options);
}

Dataset loadCsv(CsvTable table, const CsvLoadOptions& options) {
    Dataset d;
    d.name = std::filesystem::path(table.source()).stem().string();
    const Split all = extractSplit(std::move(table), options, d);
    TrainTestSplits splits = splitTrainTest(all, options.testFraction, options.seed);
    d.train = std::move(splits.train);
    d.test = std::move(splits.test);
    return d;
}

}  // namespace normlab::core
