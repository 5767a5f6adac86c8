#pragma once
// Name tables for the engine's enums: one table per enum gives both
// directions, and unknown names get one uniform error listing the choices.
//
// An enum whose names configs and CSV files use declares, beside itself,
//     constexpr EnumNaming<Kind, N> enumNaming(Kind) { return {"field", {{...}}}; }
// and then has toString(kind) and fromName<Kind>("name") from here.

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
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

// An enum's names and the field they are read for (the start of fromName's error).
// A value may have more than one name: the first is the one written.
template <class E, std::size_t N>
struct EnumNaming {
    std::string_view field;
    EnumNames<E, N> names;
};

template <class E>
concept NamedEnum = std::is_enum_v<E> && requires(E value) {
    enumNaming(value);
};

template <NamedEnum E>
[[nodiscard]] std::string toString(E value) {
    return enumName(enumNaming(value).names, value);
}

// Throws std::invalid_argument "FIELD: expected one of a, b, got 'x'".
template <NamedEnum E>
[[nodiscard]] E fromName(std::string_view name) {
    constexpr auto naming = enumNaming(E{});
    return enumFromName(naming.names, name, naming.field);
}

}  // namespace normlab::core
