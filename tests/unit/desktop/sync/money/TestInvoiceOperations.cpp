// InvoiceOperations, MoneyPullApplier and the money dump on a real encrypted store: every
// operation writes its local effect and its outbox entry together, validates like the server,
// and numbers from reserved blocks are never handed out twice, across restarts too.

#include "../SyncTestStore.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/sync/PullApplier.h"
#include "desktop/sync/SyncDump.h"
#include "desktop/sync/SyncEngine.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QTest>

using fitflow::desktop::OutboxRepository;
using fitflow::desktop::money::InvoiceOperations;
using fitflow::desktop::money::InvoiceQueries;
using fitflow::desktop::money::MoneyPullApplier;
using fitflow::test::kOrgA;
using fitflow::test::SyncTestStore;

namespace {

const std::string kClient = "01900000-0000-7000-8000-0000000000c1";
const std::string kBlock = "01900000-0000-7000-8000-0000000000d1";

// Two sessions of $85 in Montreal: GST 5% and QST 9.975%, each on the $170 pre-tax amount.
nlohmann::json quebecDraft()
{
    return fitflow::test::quebecSampleDraft(
        {.clientId = kClient, .taxPointDate = "2026-03-15", .quantity = 2, .unitPriceCents = 8500});
}

bool receiveBlock(const SyncTestStore& store, const std::string& id, std::int64_t first,
                  std::int64_t count)
{
    return bool(MoneyPullApplier(store.db())
                    .apply(kOrgA, {{"entity", "number_block"},
                                   {"id", id},
                                   {"version", 1},
                                   {"values", {{"first", first}, {"count", count}}}}));
}

qint64 outboxCount(const SyncTestStore& store)
{
    return *OutboxRepository(store.db()).pendingCount();
}

} // namespace

class TestInvoiceOperations : public QObject {
    Q_OBJECT

private slots:
    void draftComputesQuebecTaxesOnThePreTaxAmountAndQueuesTheOp()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        auto id = InvoiceOperations(store.db()).draft(kOrgA, quebecDraft());
        QVERIFY2(id, id ? "" : id.error().message.c_str());
        auto invoice = InvoiceQueries(store.db()).find(*id);
        QVERIFY(invoice);
        const nlohmann::json totals = invoice->values["totals"];
        QCOMPARE(totals["subtotal_cents"].get<qint64>(), 17000);
        QCOMPARE(totals["taxes"][0]["code"].get<std::string>(), std::string("GST"));
        QCOMPARE(totals["taxes"][0]["amount_cents"].get<qint64>(), 850);
        QCOMPARE(totals["taxes"][1]["code"].get<std::string>(), std::string("QST"));
        QCOMPARE(totals["taxes"][1]["base_cents"].get<qint64>(), 17000);
        QCOMPARE(totals["taxes"][1]["amount_cents"].get<qint64>(), 1696);
        QCOMPARE(totals["total_cents"].get<qint64>(), 19546);
        auto pending = OutboxRepository(store.db()).oldest(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), std::size_t{1});
        QCOMPARE(pending->front().entity, std::string("invoice"));
        QCOMPARE(pending->front().entityId, *id);
        QCOMPARE(pending->front().payload["op"]["type"].get<std::string>(),
                 std::string("invoice.draft"));
    }

    void aBadDraftWritesNothing()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        auto draft = quebecDraft();
        draft["lines"][0]["unit_price_cents"] = -1;
        auto id = InvoiceOperations(store.db()).draft(kOrgA, draft);
        QVERIFY(!id);
        QCOMPARE(QString::fromStdString(id.error().path),
                 QStringLiteral("lines[0].unit_price_cents"));
        QCOMPARE(outboxCount(store), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM money_invoices")).toInt(), 0);
    }

    void issuingNeedsAReservedBlockAndTakesNumbersInOrder()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        InvoiceOperations operations(store.db());
        auto first = operations.draft(kOrgA, quebecDraft());
        QVERIFY(first);
        auto refused = operations.issue(*first);
        QVERIFY(!refused);
        QCOMPARE(QString::fromStdString(refused.error().code),
                 QStringLiteral("invoice_numbers_exhausted"));
        QCOMPARE(outboxCount(store), 1); // the refused issue queued nothing

        QVERIFY(receiveBlock(store, kBlock, 1001, 2));
        auto number = operations.issue(*first);
        QVERIFY2(number, number ? "" : number.error().message.c_str());
        QCOMPARE(QString::fromStdString(*number), QStringLiteral("INV-2026-001001"));
        auto again = operations.issue(*first);
        QVERIFY(!again);
        QCOMPARE(QString::fromStdString(again.error().code), QStringLiteral("invoice_not_draft"));

        auto pending = OutboxRepository(store.db()).oldest(10);
        QVERIFY(pending);
        const nlohmann::json issueOp = pending->back().payload["op"];
        QCOMPARE(issueOp["type"].get<std::string>(), std::string("invoice.issue"));
        QCOMPARE(issueOp["number"].get<qint64>(), 1001);
        QCOMPARE(issueOp["totals"]["total_cents"].get<qint64>(), 19546);
        QCOMPARE(*operations.remainingNumbers(kOrgA), 1);
    }

    void numbersAreNeverReusedAfterARestart()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store, kBlock, 1001, 2));
        auto first = InvoiceOperations(store.db()).draft(kOrgA, quebecDraft());
        QVERIFY(first);
        QCOMPARE(*InvoiceOperations(store.db()).issue(*first), std::string("INV-2026-001001"));
        QVERIFY(store.reopen());
        // The same block delivered again (a replayed pull) adds nothing.
        QVERIFY(receiveBlock(store, kBlock, 1001, 2));
        InvoiceOperations operations(store.db());
        auto second = operations.draft(kOrgA, quebecDraft());
        QVERIFY(second);
        QCOMPARE(*operations.issue(*second), std::string("INV-2026-001002"));
        auto third = operations.draft(kOrgA, quebecDraft());
        QVERIFY(third);
        QVERIFY(!operations.issue(*third));
    }

    void paymentsReduceTheBalanceAndOverpaymentIsRefused()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store, kBlock, 1, 10));
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, quebecDraft());
        QVERIFY(id);
        auto unissued = operations.recordPayment(
            *id, {{"amount_cents", 100}, {"method", "cash"}, {"received_on", "2026-03-20"}});
        QVERIFY(!unissued);
        QCOMPARE(QString::fromStdString(unissued.error().code),
                 QStringLiteral("invoice_not_issued"));
        QVERIFY(operations.issue(*id));
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->cents("balance_cents"), 19546);

        auto paid = operations.recordPayment(
            *id,
            {{"amount_cents", 10000}, {"method", "e_transfer"}, {"received_on", "2026-03-20"}});
        QVERIFY2(paid, paid ? "" : paid.error().message.c_str());
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->cents("balance_cents"), 9546);
        const qint64 queued = outboxCount(store);
        auto over = operations.recordPayment(
            *id, {{"amount_cents", 9547}, {"method", "cash"}, {"received_on", "2026-03-21"}});
        QVERIFY(!over);
        QCOMPARE(QString::fromStdString(over.error().code), QStringLiteral("overpayment"));
        QCOMPARE(outboxCount(store), queued);
        auto badMethod = operations.recordPayment(
            *id, {{"amount_cents", 1}, {"method", "cheque"}, {"received_on", "2026-03-21"}});
        QVERIFY(!badMethod);
        QCOMPARE(QString::fromStdString(badMethod.error().path), QStringLiteral("method"));
        QCOMPARE(InvoiceQueries(store.db()).paymentsOf(*id)->size(), std::size_t{1});

        auto voided = operations.voidInvoice(*id);
        QVERIFY(!voided);
        QCOMPARE(QString::fromStdString(voided.error().code),
                 QStringLiteral("invoice_has_payments"));
    }

    void aFullCreditNoteReversesTheTaxAndClearsTheBalance()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store, kBlock, 1, 10));
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, quebecDraft());
        QVERIFY(id && operations.issue(*id));
        auto note = operations.creditNote(*id);
        QVERIFY2(note, note ? "" : note.error().message.c_str());
        auto credit = InvoiceQueries(store.db()).find(*note);
        QVERIFY(credit);
        QCOMPARE(credit->kind(), std::string("credit_note"));
        QCOMPARE(credit->values["number"].get<std::string>(), std::string("CN-2026-000002"));
        QCOMPARE(credit->values["totals"]["taxes"][0]["amount_cents"].get<qint64>(), -850);
        QCOMPARE(credit->values["totals"]["taxes"][1]["amount_cents"].get<qint64>(), -1696);
        QCOMPARE(credit->values["totals"]["total_cents"].get<qint64>(), -19546);
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->cents("balance_cents"), 0);
        auto twice = operations.creditNote(*id);
        QVERIFY(!twice);
        QCOMPARE(QString::fromStdString(twice.error().code),
                 QStringLiteral("credit_exceeds_original"));
    }

    void partialCreditNotesCreditLinesUntilTheOriginalIsUsedUp()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store, kBlock, 1, 10));
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, quebecDraft());
        QVERIFY(id && operations.issue(*id));
        const std::vector<fitflow::invoice::CreditedLine> oneSession{{0, 1}};
        auto first = operations.creditNote(*id, oneSession);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        const auto note = InvoiceQueries(store.db()).find(*first);
        QCOMPARE(note->values["totals"]["taxes"][0]["amount_cents"].get<qint64>(), -425);
        QCOMPARE(note->values["totals"]["taxes"][1]["amount_cents"].get<qint64>(), -848);
        QCOMPARE(note->values["totals"]["total_cents"].get<qint64>(), -9773);
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->cents("balance_cents"), 19546 - 9773);
        QVERIFY(operations.creditNote(*id, oneSession));
        auto tooMuch = operations.creditNote(*id, oneSession);
        QVERIFY(!tooMuch);
        QCOMPARE(QString::fromStdString(tooMuch.error().code),
                 QStringLiteral("credit_exceeds_original"));
        auto badLine =
            operations.creditNote(*id, std::vector<fitflow::invoice::CreditedLine>{{3, 1}});
        QVERIFY(!badLine);
    }

    void aVoidNeedsAnIssuedInvoice()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store, kBlock, 1, 10));
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, quebecDraft());
        QVERIFY(id);
        QVERIFY(!operations.voidInvoice(*id));
        QVERIFY(operations.issue(*id));
        QVERIFY(operations.voidInvoice(*id));
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->status(), std::string("void"));
    }

    void pulledRowsReplaceLocalOnesUnlessOwnOperationsWait()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        auto id = InvoiceOperations(store.db()).draft(kOrgA, quebecDraft());
        QVERIFY(id);
        nlohmann::json server = InvoiceQueries(store.db()).find(*id)->values;
        server["status"] = "issued";
        server["number"] = "INV-2026-000042";
        const nlohmann::json change{
            {"entity", "invoice"}, {"id", *id}, {"version", 9}, {"values", server}};
        MoneyPullApplier applier(store.db());
        QVERIFY(applier.apply(kOrgA, change));
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->status(), std::string("draft"));
        QVERIFY(OutboxRepository(store.db()).removeThrough(100));
        QVERIFY(applier.apply(kOrgA, change));
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->status(), std::string("issued"));
        auto invalid = applier.apply(
            kOrgA, {{"entity", "invoice"}, {"id", *id}, {"values", {{"status", "issued"}}}});
        QVERIFY(!invalid);
        QCOMPARE(QString::fromStdString(invalid.error().code), QStringLiteral("invalid_page"));
    }

    // A complete snapshot keeps the invoices it sent and those with operations still waiting,
    // and removes the rest (found through the snapshot's marks, like records).
    void aCompletedSnapshotRemovesOnlyUnsentMoneyRows()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        InvoiceOperations operations(store.db());
        auto sent = operations.draft(kOrgA, quebecDraft());
        auto gone = operations.draft(kOrgA, quebecDraft());
        QVERIFY(sent && gone);
        QVERIFY(OutboxRepository(store.db()).removeThrough(100));
        auto waiting = operations.draft(kOrgA, quebecDraft());
        QVERIFY(waiting);
        const nlohmann::json page{{"changes",
                                   {{{"entity", "invoice"},
                                     {"id", *sent},
                                     {"version", 3},
                                     {"values", InvoiceQueries(store.db()).find(*sent)->values}}}},
                                  {"removed", nlohmann::json::array()},
                                  {"cursor", "after-snapshot"},
                                  {"has_more", false},
                                  {"snapshot", true}};
        auto counts = fitflow::desktop::PullApplier(store.db(), store.clock())
                          .apply(kOrgA, page, fitflow::desktop::SnapshotTracking::Start);
        QVERIFY2(counts, counts ? "" : counts.error().message.c_str());
        QCOMPARE(counts->removed, 1);
        QVERIFY(InvoiceQueries(store.db()).find(*sent));
        QVERIFY(!InvoiceQueries(store.db()).find(*gone));
        QVERIFY(InvoiceQueries(store.db()).find(*waiting));
    }

    void theDumpListsInvoicesAndPaymentsButNotNumberBlocks()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store, kBlock, 1, 10));
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, quebecDraft());
        QVERIFY(id && operations.issue(*id));
        QVERIFY(operations.recordPayment(
            *id, {{"amount_cents", 500}, {"method", "card"}, {"received_on", "2026-03-20"}}));
        auto dump = fitflow::desktop::dumpSyncedEntities(store.db());
        QVERIFY(dump);
        QCOMPARE((*dump)["invoice"].size(), std::size_t{1});
        QCOMPARE((*dump)["invoice"][0]["id"].get<std::string>(), *id);
        QCOMPARE((*dump)["payment"].size(), std::size_t{1});
        QCOMPARE((*dump)["payment"][0]["amount_cents"].get<qint64>(), 500);
        QVERIFY(!dump->contains("number_block"));
    }

    void ageingBucketsOpenBalancesByTaxPointDate()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store, kBlock, 1, 10));
        InvoiceOperations operations(store.db());
        auto recent = operations.draft(kOrgA, quebecDraft());
        auto draft = quebecDraft();
        draft["tax_point_date"] = "2025-12-01";
        auto old = operations.draft(kOrgA, draft);
        QVERIFY(recent && old && operations.issue(*recent) && operations.issue(*old));
        using namespace std::chrono;
        auto ageing =
            InvoiceQueries(store.db()).ageing(kOrgA, year_month_day{year{2026}, March, day{31}});
        QVERIFY(ageing);
        QCOMPARE(ageing->current, 19546);
        QCOMPARE(ageing->over90, 19546);
        QCOMPARE(ageing->total(), 2 * 19546);
    }

    void aRevokedDeviceWipesItsMoneyRows()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store, kBlock, 1, 10));
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, quebecDraft());
        QVERIFY(id && operations.issue(*id));
        QVERIFY(fitflow::desktop::wipeSyncedData(store.db()));
        for (const char* table : {"money_invoices", "money_invoice_lines", "money_payments",
                                  "money_number_blocks", "money_number_usage"}) {
            QCOMPARE(
                store
                    .scalar(
                        QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
                    .toInt(),
                0);
        }
    }
};

QTEST_GUILESS_MAIN(TestInvoiceOperations)
#include "TestInvoiceOperations.moc"
