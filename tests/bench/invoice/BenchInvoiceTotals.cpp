// How long invoice totals take for 1, 10 and 100 lines: the pure computation, and the whole
// `fitflow-cli invoice-totals` path (strict JSON decode, compute, encode).

#include "shared/invoice/InvoiceTotalsCalculator.h"
#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/tax/TaxTable.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

namespace {

using fitflow::invoice::InvoiceDraft;
using fitflow::invoice::InvoiceLine;
using fitflow::tax::Province;
using fitflow::tax::TaxCategory;

const fitflow::tax::TaxTable& table()
{
    static const fitflow::tax::TaxTable loaded = [] {
        auto result = fitflow::tax::TaxTable::bundledCanada();
        if (!result) {
            std::cerr << "bundled tax table invalid: " << result.error().code << "\n";
            std::abort();
        }
        return *result;
    }();
    return loaded;
}

// A Quebec invoice mixing services, goods and a tax-included fee: the most taxes per line.
InvoiceDraft quebecDraft(std::int64_t lineCount)
{
    InvoiceDraft draft;
    draft.taxPointDate = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::March,
                                                     std::chrono::day{15}};
    draft.supplier.qstRegistered = true;
    draft.location = {fitflow::tax::SessionMode::InPerson, Province::QC};
    for (std::int64_t i = 0; i < lineCount; ++i) {
        InvoiceLine line;
        line.description = "Personal training, 60 min";
        line.quantity = 1 + i % 3;
        line.unitPrice = fitflow::money::Money::cad(8500 + i);
        line.discount = fitflow::money::Money::cad(i % 5 == 0 ? 500 : 0);
        line.category = i % 4 == 3 ? TaxCategory::Goods : TaxCategory::Service;
        line.taxIncluded = i % 7 == 6;
        draft.lines.push_back(line);
    }
    return draft;
}

nlohmann::json quebecJson(std::int64_t lineCount)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const InvoiceLine& line : quebecDraft(lineCount).lines) {
        lines.push_back({{"description", line.description},
                         {"quantity", line.quantity},
                         {"unit_price_cents", line.unitPrice.cents()},
                         {"discount_cents", line.discount.cents()},
                         {"category", line.category == TaxCategory::Goods ? "goods" : "service"},
                         {"tax_included", line.taxIncluded}});
    }
    return {{"tax_point_date", "2026-03-15"},
            {"supplier",
             {{"gst_hst_registered", true}, {"qst_registered", true}, {"pst_registered", {"BC"}}}},
            {"place", {{"kind", "in_person"}, {"province", "QC"}}},
            {"lines", lines}};
}

void computeTotals(benchmark::State& state)
{
    const InvoiceDraft draft = quebecDraft(state.range(0));
    for (auto _ : state) {
        auto totals = fitflow::invoice::computeInvoiceTotals(draft, table());
        benchmark::DoNotOptimize(totals);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void totalsFromJson(benchmark::State& state)
{
    const nlohmann::json input = quebecJson(state.range(0));
    for (auto _ : state) {
        auto output = fitflow::invoice::invoiceTotalsFromJson(input, table());
        benchmark::DoNotOptimize(output);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void loadBundledTable(benchmark::State& state)
{
    for (auto _ : state) {
        auto loaded = fitflow::tax::TaxTable::bundledCanada();
        benchmark::DoNotOptimize(loaded);
    }
}

} // namespace

BENCHMARK(computeTotals)->Arg(1)->Arg(10)->Arg(100);
BENCHMARK(totalsFromJson)->Arg(1)->Arg(10)->Arg(100);
BENCHMARK(loadBundledTable);

BENCHMARK_MAIN();
