#pragma once
// The text of resources/tax/canada.json, compiled into the library at build time
// (cmake/EmbedText.cmake generates the definition), so the engine needs no file I/O.

#include <string_view>

namespace fitflow::tax {

std::string_view bundledCanadaTaxTable();

} // namespace fitflow::tax
