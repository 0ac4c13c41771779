#pragma once
// Which sales taxes the supplier (trainer or studio) is registered to collect. A small supplier
// (not GST/HST registered) collects no tax at all: FitFlow then also ignores its QST and PST
// registrations, as Revenu Québec registers businesses for GST and QST together.

#include "shared/tax/Province.h"

#include <set>

namespace fitflow::tax {

struct SupplierRegistration {
    bool gstHstRegistered = true;
    bool qstRegistered = false;
    // Provinces whose PST/RST the supplier collects (only matters for goods).
    std::set<Province> pstRegistered;
};

} // namespace fitflow::tax
