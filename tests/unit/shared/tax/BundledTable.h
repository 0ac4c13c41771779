#pragma once
// The bundled Canadian tax table, loaded once per test program (tests of tax and invoices).

#include "shared/tax/TaxTable.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>

namespace fitflow::testing {

inline const tax::TaxTable& canadaTaxTable()
{
    static const tax::TaxTable table = [] {
        auto loaded = tax::TaxTable::bundledCanada();
        if (!loaded) {
            ADD_FAILURE() << "bundled table invalid: " << loaded.error().code << " at "
                          << loaded.error().path << ": " << loaded.error().message;
            std::abort();
        }
        return *loaded;
    }();
    return table;
}

inline std::chrono::year_month_day ymd(int year, unsigned month, unsigned day)
{
    return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month},
                                       std::chrono::day{day}};
}

} // namespace fitflow::testing
