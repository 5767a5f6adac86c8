// CSV text -> table -> summary -> data set. The first byte picks the options
// (separator, target kind), the rest is the file.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "core/data/csv_loader.h"

using namespace normlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t mode = data[0];
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const char separators[4] = {0, ',', ';', '\t'};
    try {
        CsvTable table(std::move(text), "fuzz.csv", separators[mode & 3]);
        // Every row holds exactly the header's number of fields.
        std::vector<std::string_view> fields;
        for (std::size_t r = 0; r < table.rowCount(); ++r) {
            table.row(r, fields);
            if (fields.size() != table.width()) __builtin_trap();
            if (table.cell(r, table.width() - 1) != fields.back()) __builtin_trap();
        }
        const CsvSummary summary = inspectCsv(table);
        if (summary.columns.size() != table.width()) __builtin_trap();
        CsvLoadOptions options;
        options.separator = separators[mode & 3];
        options.targetKind = (mode & 4) ? CsvTargetKind::Regression : CsvTargetKind::ClassLabels;
        options.testFraction = (mode & 8) ? 0.0 : 0.25;
        const Dataset d = loadCsv(std::move(table), options);
        d.validate();
    } catch (const std::runtime_error&) {
        // A refused file: the message is the product, not a crash.
    } catch (const std::invalid_argument&) {
    }
    return 0;
}
