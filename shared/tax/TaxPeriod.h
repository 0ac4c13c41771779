#pragma once
// One rate of one tax in one jurisdiction over a closed date range (open-ended when `to` is
// empty), as read from the tax table. Dates are tax point dates (ETA s.168: the earlier of
// payment and due date), which decide the rate across a rate change.

#include "shared/money/Rate.h"
#include "shared/tax/TaxCode.h"

#include <chrono>
#include <optional>
#include <string>

namespace fitflow::tax {

// The amount a tax is computed on. Until 2012 Quebec's QST (and PEI's PST until 2013-03-31) was
// levied on the price including GST; every other tax is levied on the net price.
enum class TaxBase { Net, NetPlusFederalTax };

struct TaxPeriod {
    TaxCode code = TaxCode::GST;
    money::Rate rate;
    TaxBase base = TaxBase::Net;
    std::chrono::year_month_day from{};
    std::optional<std::chrono::year_month_day> to;
    std::string source;

    bool covers(std::chrono::year_month_day date) const
    {
        return from <= date && (!to || date <= *to);
    }
};

} // namespace fitflow::tax
