// fitflow-cli invoice-totals: one invoice draft as JSON on stdin, its totals as JSON on stdout
// (the format of shared/invoice/InvoiceTotalsJson.h). Works offline: the tax table is compiled
// in. Invalid input exits 2 with {"error":{"code","message","path"}} on stdout, so a script
// reads one JSON document whatever happens.

#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "shared/codec/SafeJsonParser.h"
#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/tax/TaxTable.h"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

namespace fitflow::cli {
namespace {

// One draft is a few KiB; refuse anything far larger before parsing it.
constexpr std::size_t kMaxInputBytes = 1024 * 1024;

int printJsonError(const fitflow::Error& error, int exitCode)
{
    nlohmann::json body{{"code", error.code}, {"message", error.message}};
    if (!error.path.empty()) {
        body["path"] = error.path;
    }
    std::cout << nlohmann::json{{"error", body}}.dump() << '\n' << std::flush;
    return exitCode;
}

} // namespace

int runInvoiceTotals(const CommandInvocation& /*invocation*/)
{
    std::string input;
    input.reserve(4096);
    char buffer[4096];
    std::size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        input.append(buffer, read);
        if (input.size() > kMaxInputBytes) {
            return printJsonError(makeError("out_of_range", "input is larger than 1 MiB"),
                                  kExitUsage);
        }
    }

    auto json = parseJson(input);
    if (!json) {
        return printJsonError(json.error(), kExitUsage);
    }
    const auto table = tax::TaxTable::bundledCanada();
    if (!table) {
        // The bundled table is validated by unit tests; reaching this is a build defect.
        return printJsonError(table.error(), kExitFailure);
    }
    auto totals = invoice::invoiceTotalsFromJson(*json, *table);
    if (!totals) {
        return printJsonError(totals.error(), kExitUsage);
    }
    std::cout << totals->dump() << '\n' << std::flush;
    return kExitOk;
}

} // namespace fitflow::cli
