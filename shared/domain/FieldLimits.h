#pragma once
// Size limits of free-text domain fields, shared by codecs, storage schemas and forms.

#include <cstddef>

namespace fitflow {

inline constexpr std::size_t kMaxNameBytes = 200; // organization, location, person names
inline constexpr std::size_t kMaxAddressBytes = 500;
inline constexpr std::size_t kMaxTagBytes = 40;
inline constexpr std::size_t kMaxTags = 50;
inline constexpr std::size_t kMaxNoteSectionBytes = 20'000; // one SOAP section or free text
inline constexpr std::size_t kMaxAmendmentBytes = 10'000;

} // namespace fitflow
