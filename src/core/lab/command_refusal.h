#pragma once
// Why an experiment did not apply a LabCommand, as a value: the app words it
// in the user's language; the run goes on with `kept`.

#include <cmath>
#include <optional>
#include <string>

namespace normlab::core {

struct CommandRefusal {
    enum class Reason {
        NotThisLab,    // a command meant for another lab's experiment
        NotFinite,     // NaN or infinite
        NotPositive,   // requested <= 0 where only positive values work
        BelowMinimum,  // requested < limit
        AboveMaximum,  // requested > limit
    };
    std::string field;  // the config key the command sets, e.g. "batch_size"
    Reason reason = Reason::NotThisLab;
    double requested = 0.0;
    double limit = 0.0;  // the bound it broke (BelowMinimum, AboveMaximum)
    double kept = 0.0;   // the value the run goes on with

    friend bool operator==(const CommandRefusal&, const CommandRefusal&) = default;
};

// The refusal of `requested` when it is not finite or not above 0.
[[nodiscard]] inline std::optional<CommandRefusal> refusalUnlessPositive(const std::string& field,
                                                                         double requested,
                                                                         double kept) {
    if (!std::isfinite(requested))
        return CommandRefusal{field, CommandRefusal::Reason::NotFinite, requested, 0.0, kept};
    if (!(requested > 0.0))
        return CommandRefusal{field, CommandRefusal::Reason::NotPositive, requested, 0.0, kept};
    return std::nullopt;
}

// The refusal of `requested` when it is not finite or outside [minimum, maximum].
[[nodiscard]] inline std::optional<CommandRefusal> refusalOutside(const std::string& field,
                                                                  double requested,
                                                                  double minimum, double maximum,
                                                                  double kept) {
    if (!std::isfinite(requested))
        return CommandRefusal{field, CommandRefusal::Reason::NotFinite, requested, 0.0, kept};
    if (requested < minimum)
        return CommandRefusal{field, CommandRefusal::Reason::BelowMinimum, requested, minimum,
                              kept};
    if (requested > maximum)
        return CommandRefusal{field, CommandRefusal::Reason::AboveMaximum, requested, maximum,
                              kept};
    return std::nullopt;
}

}  // namespace normlab::core
