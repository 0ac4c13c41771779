#pragma once
// Shape and check-digit checks of sales tax registration numbers. They only warn: placeholder
// numbers fail them and CRA's GST/HST Registry is the authority, so an invoice is never blocked.
// Spaces and hyphens are ignored; letters are case-insensitive.

#include "shared/codec/EnumNames.h"

#include <array>
#include <string_view>
#include <vector>

namespace fitflow::tax {

enum class RegistrationWarning {
    WrongShape,    // not 9 digits + 2 letters + 4 digits (GST/HST) or 10 + 2 + 4 (QST)
    WrongProgram,  // program letters are not RT (GST/HST) or TQ (QST)
    BadCheckDigit, // BN9 Luhn digit, or the QST mod-11 digit, does not match
    ZeroReference, // reference/serial "0000" is never issued
};

inline constexpr std::array<EnumName<RegistrationWarning>, 4> kRegistrationWarningNames{{
    {RegistrationWarning::WrongShape, "wrong_shape"},
    {RegistrationWarning::WrongProgram, "wrong_program"},
    {RegistrationWarning::BadCheckDigit, "bad_check_digit"},
    {RegistrationWarning::ZeroReference, "zero_reference"},
}};

// "123456782RT0001": business number (BN9, Luhn check digit), program RT, 4-digit reference.
std::vector<RegistrationWarning> checkGstHstNumber(std::string_view number);

// "1224002901TQ0001": 10 digits whose last is a mod-11 check (weights 4,3,2,7,6,5,4,3,2 on the
// first nine, check = (11 − sum mod 11) mod 10), program TQ, 4-digit serial other than 0000.
std::vector<RegistrationWarning> checkQstNumber(std::string_view number);

} // namespace fitflow::tax
