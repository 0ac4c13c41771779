// fitflow-cli invoice draft|redraft|issue|void|credit|refund|list|reserve|late-fee and payment
// record.

#include "desktop/cli/MoneyCommands.h"

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/OpenStore.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "desktop/sync/money/LateCancellationFee.h"
#include "shared/codec/JsonReader.h"
#include "shared/codec/SafeJsonParser.h"
#include "shared/codec/TextFormats.h"

namespace fitflow::cli {

namespace {

using desktop::money::InvoiceOperations;

// The --json option as a JSON object ("{}" when absent), or an error printed on stderr.
std::optional<nlohmann::json> jsonOption(const CommandInvocation& invocation)
{
    const QString text = invocation.option(QStringLiteral("json"));
    auto json = parseJson(text.isEmpty() ? std::string("{}") : text.toStdString());
    if (!json) {
        printError(QStringLiteral("--json is not valid JSON"), json.error());
        return std::nullopt;
    }
    if (!json->is_object()) {
        printError(QStringLiteral("--json must be a JSON object"));
        return std::nullopt;
    }
    return std::move(*json);
}

std::string argument(const CommandInvocation& invocation, int index)
{
    return invocation.arguments.at(index).toStdString();
}

// Prints `result` (an id or a number) on stdout, or its error on stderr.
int report(const fitflow::Result<std::string>& result, const QString& what)
{
    if (!result) {
        printError(what, result.error());
        return kExitFailure;
    }
    printOut(QString::fromStdString(*result) + QLatin1Char('\n'));
    return kExitOk;
}

int report(const fitflow::Status& status, const QString& what)
{
    if (!status) {
        printError(what, status.error());
        return kExitFailure;
    }
    return kExitOk;
}

// Runs `operation` on the opened store; input problems exit with kExitUsage before opening.
template <typename Operation>
int withStore(const CommandInvocation& invocation, Operation&& operation)
{
    OpenedStore opened = openStore(invocation);
    if (!opened.store) {
        return opened.exitCode;
    }
    return operation(opened.store->database());
}

fitflow::Result<std::optional<std::vector<invoice::CreditedLine>>>
creditedLines(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& reader) {
        std::optional<std::vector<invoice::CreditedLine>> lines;
        if (reader.has("lines")) {
            lines = reader.array("lines", [](JsonReader& line) {
                invoice::CreditedLine credited;
                credited.lineIndex = static_cast<std::size_t>(line.int64("line", 0, 999));
                credited.quantity = line.int64("quantity", 1, invoice::kMaxLineQuantity);
                return credited;
            });
        }
        return lines;
    });
}

} // namespace

int runInvoiceDraft(const CommandInvocation& invocation)
{
    const auto json = jsonOption(invocation);
    if (!json) {
        return kExitUsage;
    }
    return withStore(invocation, [&](const QSqlDatabase& db) {
        return report(InvoiceOperations(db).draft(
                          invocation.option(QStringLiteral("org")).toStdString(), *json),
                      QStringLiteral("cannot draft the invoice"));
    });
}

int runInvoiceRedraft(const CommandInvocation& invocation)
{
    const auto json = jsonOption(invocation);
    if (!json) {
        return kExitUsage;
    }
    return withStore(invocation, [&](const QSqlDatabase& db) {
        return report(InvoiceOperations(db).redraft(argument(invocation, 0), *json),
                      QStringLiteral("cannot change the draft"));
    });
}

int runInvoiceIssue(const CommandInvocation& invocation)
{
    return withStore(invocation, [&](const QSqlDatabase& db) {
        return report(InvoiceOperations(db).issue(argument(invocation, 0)),
                      QStringLiteral("cannot issue the invoice"));
    });
}

int runInvoiceVoid(const CommandInvocation& invocation)
{
    return withStore(invocation, [&](const QSqlDatabase& db) {
        return report(InvoiceOperations(db).voidInvoice(argument(invocation, 0)),
                      QStringLiteral("cannot void the invoice"));
    });
}

int runInvoiceCredit(const CommandInvocation& invocation)
{
    const auto json = jsonOption(invocation);
    if (!json) {
        return kExitUsage;
    }
    const auto lines = creditedLines(*json);
    if (!lines) {
        printError(QStringLiteral("--json is not a credit note request"), lines.error());
        return kExitUsage;
    }
    return withStore(invocation, [&](const QSqlDatabase& db) {
        return report(InvoiceOperations(db).creditNote(argument(invocation, 0), *lines),
                      QStringLiteral("cannot issue the credit note"));
    });
}

int runInvoiceList(const CommandInvocation& invocation)
{
    return withStore(invocation, [&](const QSqlDatabase& db) {
        desktop::money::InvoiceFilter filter;
        filter.orgId = invocation.option(QStringLiteral("org")).toStdString();
        auto invoices = desktop::money::InvoiceQueries(db).list(filter);
        if (!invoices) {
            printError(QStringLiteral("cannot list the invoices"), invoices.error());
            return static_cast<int>(kExitFailure);
        }
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& invoice : *invoices) {
            nlohmann::json row = invoice.values;
            row["id"] = invoice.id;
            row["org_id"] = invoice.orgId;
            rows.push_back(std::move(row));
        }
        printOut(QString::fromStdString(rows.dump(2)) + QLatin1Char('\n'));
        return static_cast<int>(kExitOk);
    });
}

int runInvoiceReserve(const CommandInvocation& invocation)
{
    const QString countText = invocation.option(QStringLiteral("count"));
    bool valid = true;
    const qint64 count = countText.isEmpty() ? desktop::money::kDefaultNumberBlockSize
                                             : countText.toLongLong(&valid);
    if (!valid) {
        printError(QStringLiteral("--count must be a whole number"));
        return kExitUsage;
    }
    return withStore(invocation, [&](const QSqlDatabase& db) {
        return report(InvoiceOperations(db).reserveNumbers(
                          invocation.option(QStringLiteral("org")).toStdString(), count),
                      QStringLiteral("cannot reserve invoice numbers"));
    });
}

int runInvoiceLateFee(const CommandInvocation& invocation)
{
    const auto json = jsonOption(invocation);
    if (!json) {
        return kExitUsage;
    }
    desktop::money::LateFeeRequest request;
    request.sessionId = invocation.arguments.at(0);
    request.descriptionTemplate = QStringLiteral("Late cancellation fee — %1");
    auto read = readJsonObject(*json, [&](JsonReader& reader) {
        request.feeCents = reader.int64("fee_cents", 1, kMaxCents);
        request.taxPointDate = QDate::fromString(
            QString::fromStdString(formatIsoDate(reader.date("date"))), Qt::ISODate);
        return 0;
    });
    if (!read) {
        printError(QStringLiteral("invalid --json"), read.error());
        return kExitUsage;
    }
    return withStore(invocation, [&](const QSqlDatabase& db) {
        auto drafted = desktop::money::draftLateCancellationFee(db, request);
        return report(drafted ? fitflow::Result<std::string>(drafted->invoiceId)
                              : fitflow::Result<std::string>(drafted.error()),
                      QStringLiteral("cannot draft the fee invoice"));
    });
}

int runInvoiceRefund(const CommandInvocation& invocation)
{
    const auto json = jsonOption(invocation);
    if (!json) {
        return kExitUsage;
    }
    return withStore(invocation, [&](const QSqlDatabase& db) {
        return report(InvoiceOperations(db).refundPayment(argument(invocation, 0), *json),
                      QStringLiteral("cannot refund the payment"));
    });
}

int runPaymentRecord(const CommandInvocation& invocation)
{
    const auto json = jsonOption(invocation);
    if (!json) {
        return kExitUsage;
    }
    return withStore(invocation, [&](const QSqlDatabase& db) {
        return report(InvoiceOperations(db).recordPayment(
                          invocation.option(QStringLiteral("invoice")).toStdString(), *json),
                      QStringLiteral("cannot record the payment"));
    });
}

} // namespace fitflow::cli
