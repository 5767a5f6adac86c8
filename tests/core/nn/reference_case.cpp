#include "reference_case.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace normlab::core::test {

namespace {

std::vector<std::string> splitWords(const std::string& line) {
    std::istringstream stream(line);
    std::vector<std::string> words;
    for (std::string word; stream >> word;) words.push_back(word);
    return words;
}

bool parseNumber(const std::string& word, double& value) {
    const char* end = word.data() + word.size();
    auto [ptr, ec] = std::from_chars(word.data(), end, value);
    return ec == std::errc() && ptr == end;
}

}  // namespace

double ReferenceCase::param(const std::string& key) const {
    auto it = params.find(key);
    if (it == params.end()) {
        throw std::runtime_error(source + ": case '" + name + "' has no param '" + key + "'");
    }
    return it->second;
}

const ReferenceTensor& ReferenceCase::tensor(const std::string& key) const {
    auto it = tensors.find(key);
    if (it == tensors.end()) {
        throw std::runtime_error(source + ": case '" + name + "' has no tensor '" + key + "'");
    }
    return it->second;
}

template <class T>
Matrix<T> ReferenceCase::matrix(const std::string& key, Eigen::Index rows,
                                Eigen::Index cols) const {
    const ReferenceTensor& t = tensor(key);
    if (static_cast<Eigen::Index>(t.values.size()) != rows * cols) {
        throw std::runtime_error(source + ": tensor '" + key + "' has " +
                                 std::to_string(t.values.size()) + " values, expected " +
                                 std::to_string(rows) + " x " + std::to_string(cols));
    }
    Matrix<T> m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i) {
        m.data()[i] = static_cast<T>(t.values[static_cast<std::size_t>(i)]);
    }
    return m;
}

template Matrix<float> ReferenceCase::matrix<float>(const std::string&, Eigen::Index,
                                                    Eigen::Index) const;
template Matrix<double> ReferenceCase::matrix<double>(const std::string&, Eigen::Index,
                                                      Eigen::Index) const;

ReferenceCase parseReferenceCase(std::istream& in, const std::string& source) {
    ReferenceCase result;
    result.source = source;
    int lineNumber = 0;
    auto fail = [&](const std::string& what) {
        throw std::runtime_error(source + ":" + std::to_string(lineNumber) + ": " + what);
    };
    std::string pending;  // tensor still collecting values
    std::size_t expected = 0;
    auto finishTensor = [&] {
        if (pending.empty()) return;
        const auto got = result.tensors[pending].values.size();
        if (got != expected) {
            fail("tensor '" + pending + "' expects " + std::to_string(expected) +
                 " values but has " + std::to_string(got));
        }
        pending.clear();
    };

    for (std::string line; std::getline(in, line);) {
        ++lineNumber;
        const auto words = splitWords(line);
        if (words.empty() || words[0].starts_with('#')) continue;
        const std::string& keyword = words[0];
        if (keyword == "case" || keyword == "param" || keyword == "tensor") {
            finishTensor();
            if (keyword != "case" && result.name.empty()) fail("expected 'case NAME' first");
        }
        if (keyword == "case") {
            if (words.size() != 2) fail("expected 'case NAME'");
            if (!result.name.empty()) fail("a second 'case' line; one case per file");
            result.name = words[1];
        } else if (keyword == "param") {
            double value = 0;
            if (words.size() != 3 || !parseNumber(words[2], value)) {
                fail("expected 'param KEY NUMBER'");
            }
            if (!result.params.emplace(words[1], value).second) {
                fail("param '" + words[1] + "' given twice");
            }
        } else if (keyword == "tensor") {
            if (words.size() < 3) fail("expected 'tensor NAME D0 [D1 ...]'");
            ReferenceTensor tensor;
            expected = 1;
            for (std::size_t i = 2; i < words.size(); ++i) {
                double dim = 0;
                if (!parseNumber(words[i], dim) || dim < 1 || dim != static_cast<int>(dim)) {
                    fail("tensor '" + words[1] + "': dimension '" + words[i] +
                         "' is not a positive integer");
                }
                tensor.dims.push_back(static_cast<int>(dim));
                expected *= static_cast<std::size_t>(dim);
            }
            if (!result.tensors.emplace(words[1], std::move(tensor)).second) {
                fail("tensor '" + words[1] + "' given twice");
            }
            pending = words[1];
        } else {
            if (pending.empty()) {
                fail("unexpected '" + keyword + "': expected case, param, tensor or a comment");
            }
            auto& values = result.tensors[pending].values;
            for (const auto& word : words) {
                double value = 0;
                if (!parseNumber(word, value)) {
                    fail("tensor '" + pending + "': '" + word + "' is not a number");
                }
                if (values.size() == expected) {
                    fail("tensor '" + pending + "' has more than " + std::to_string(expected) +
                         " values");
                }
                values.push_back(value);
            }
        }
    }
    finishTensor();
    if (result.name.empty()) fail("no 'case NAME' line");
    return result;
}

ReferenceCase loadReferenceCase(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path.string() + ": cannot open the file");
    return parseReferenceCase(in, path.string());
}

}  // namespace normlab::core::test
