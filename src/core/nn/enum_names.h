#pragma once
// Name tables for the engine's enums: one table per enum gives both
// directions, and unknown names get one uniform error listing the choices.

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace normlab::core {

template <class E, std::size_t N>
using EnumNames = std::array<std::pair<E, std::string_view>, N>;

template <class E, std::size_t N>
std::string enumName(const EnumNames<E, N>& names, E value) {
    for (const auto& [v, name] : names) {
        if (v == value) return std::string(name);
    }
    throw std::invalid_argument("unknown enum value " + std::to_string(static_cast<int>(value)));
}

// Throws std::invalid_argument "FIELD: expected one of a, b, got 'x'".
template <class E, std::size_t N>
E enumFromName(const EnumNames<E, N>& names, std::string_view name, std::string_view field) {
    std::string choices;
    for (const auto& [value, candidate] : names) {
        if (candidate == name) return value;
        choices += (choices.empty() ? "" : ", ") + std::string(candidate);
    }
    throw std::invalid_argument(std::string(field) + ": expected one of " + choices + ", got '" +
                                std::string(name) + "'");
}

}  // namespace normlab::core
