// Contractor invoices on the device (local step 13): a trainer's invoice to the studio has no
// client, names the location where the services were supplied, bills no client's sessions, keeps
// its recipient through redrafts, pulls and credit notes, and is issued offline only when the
// trainer's registration numbers the draft claims are on record.

#include "../SyncTestStore.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/finance/FinanceQueries.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QTest>

using fitflow::desktop::OutboxRepository;
using fitflow::desktop::ProfileCache;
using fitflow::desktop::money::InvoiceOperations;
using fitflow::desktop::money::InvoiceQueries;
using fitflow::desktop::money::MoneyPullApplier;
using fitflow::test::kOrgA;
using fitflow::test::SyncTestStore;

namespace {

const std::string kLocation = "01900000-0000-7000-8000-0000000000b1";
const std::string kClient = "01900000-0000-7000-8000-0000000000c1";
const std::string kSession = "01900000-0000-7000-8000-0000000000e1";
const std::string kBlock = "01900000-0000-7000-8000-0000000000d1";

nlohmann::json contractorDraft()
{
    nlohmann::json draft = fitflow::test::quebecSampleDraft({.locationId = kLocation});
    draft["recipient"] = "organization";
    return draft;
}

bool receiveBlock(const SyncTestStore& store)
{
    return bool(MoneyPullApplier(store.db())
                    .apply(kOrgA, {{"entity", "number_block"},
                                   {"id", kBlock},
                                   {"version", 1},
                                   {"values", {{"first", 1001}, {"count", 10}}}}));
}

bool cacheNumbers(const SyncTestStore& store, const nlohmann::json& gstHst,
                  const nlohmann::json& qst)
{
    return bool(
        ProfileCache(store.db())
            .save({{"user", {{"id", "01900000-0000-7000-8000-0000000000f1"}}},
                   {"tax_registrations", {{"gst_hst_number", gstHst}, {"qst_number", qst}}}}));
}

nlohmann::json lastOp(const SyncTestStore& store)
{
    auto pending = OutboxRepository(store.db()).oldest(100);
    return pending && !pending->empty() ? pending->back().payload["op"] : nlohmann::json();
}

} // namespace

class TestContractorInvoices : public QObject {
    Q_OBJECT

private slots:
    void aDraftToTheStudioHasNoClientAndQueuesItsRecipient()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        auto id = InvoiceOperations(store.db()).draft(kOrgA, contractorDraft());
        QVERIFY2(id, id ? "" : id.error().message.c_str());
        auto stored = InvoiceQueries(store.db()).find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->recipient(), std::string("organization"));
        QVERIFY(stored->values["client_id"].is_null());
        QCOMPARE(stored->values["location_id"].get<std::string>(), kLocation);
        QVERIFY(stored->values["supplier_registration_numbers"].is_null());
        const nlohmann::json op = lastOp(store);
        QCOMPARE(op["type"].get<std::string>(), std::string("invoice.draft"));
        QCOMPARE(op["recipient"].get<std::string>(), std::string("organization"));
        QCOMPARE(op["location_id"].get<std::string>(), kLocation);
        QVERIFY(!op.contains("client_id"));
        QVERIFY(!op.contains("line_links"));
    }

    void aClientInvoiceStaysAsItWas()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        auto id = InvoiceOperations(store.db())
                      .draft(kOrgA, fitflow::test::quebecSampleDraft({.clientId = kClient}));
        QVERIFY(id);
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->recipient(), std::string("client"));
        const nlohmann::json op = lastOp(store);
        QCOMPARE(op["client_id"].get<std::string>(), kClient);
        QVERIFY(!op.contains("recipient"));
    }

    void aDraftToTheStudioRefusesAClientNoLocationAndLinks()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        InvoiceOperations operations(store.db());
        nlohmann::json withClient = contractorDraft();
        withClient["client_id"] = kClient;
        auto refused = operations.draft(kOrgA, withClient);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("invalid_value"));
        QCOMPARE(refused.error().path, std::string("client_id"));

        nlohmann::json noLocation = contractorDraft();
        noLocation.erase("location_id");
        refused = operations.draft(kOrgA, noLocation);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("missing_field"));
        QCOMPARE(refused.error().path, std::string("location_id"));

        nlohmann::json linked = contractorDraft();
        linked["line_links"] = {{{"line", 0}, {"session_id", kSession}}};
        refused = operations.draft(kOrgA, linked);
        QVERIFY(!refused);
        QCOMPARE(refused.error().path, std::string("line_links"));

        nlohmann::json unknown = contractorDraft();
        unknown["recipient"] = "studio";
        QVERIFY(!operations.draft(kOrgA, unknown));
        QCOMPARE(*OutboxRepository(store.db()).pendingCount(), qint64{0});
    }

    void aRedraftKeepsTheRecipient()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, contractorDraft());
        QVERIFY(id);
        auto changed =
            operations.redraft(*id, fitflow::test::quebecSampleDraft({.clientId = kClient}));
        QVERIFY(!changed);
        QCOMPARE(changed.error().path, std::string("recipient"));
        nlohmann::json cheaper = contractorDraft();
        cheaper["lines"][0]["unit_price_cents"] = 5000;
        QVERIFY(operations.redraft(*id, cheaper));
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->recipient(), std::string("organization"));
    }

    void issuingNeedsTheClaimedNumbersOnRecord()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store));
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, contractorDraft()); // claims GST/HST and QST
        QVERIFY(id);
        QVERIFY(cacheNumbers(store, "123456782RT0001", nullptr));
        auto refused = operations.issue(*id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("invalid_value"));
        QCOMPARE(refused.error().path, std::string("supplier"));
        QVERIFY(QString::fromStdString(refused.error().message).contains(QStringLiteral("QST")));
        QCOMPARE(InvoiceQueries(store.db()).find(*id)->status(), std::string("draft"));

        QVERIFY(cacheNumbers(store, "123456782RT0001", "1224002901TQ0001"));
        auto number = operations.issue(*id);
        QVERIFY2(number, number ? "" : number.error().message.c_str());
        QCOMPARE(*number, std::string("INV-2026-001001"));
        QCOMPARE(lastOp(store)["type"].get<std::string>(), std::string("invoice.issue"));
    }

    void aCreditNoteOfAContractorInvoiceIsToTheStudioToo()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(receiveBlock(store));
        QVERIFY(cacheNumbers(store, "123456782RT0001", "1224002901TQ0001"));
        InvoiceOperations operations(store.db());
        auto id = operations.draft(kOrgA, contractorDraft());
        QVERIFY(id && operations.issue(*id));
        auto note = operations.creditNote(*id);
        QVERIFY2(note, note ? "" : note.error().message.c_str());
        auto stored = InvoiceQueries(store.db()).find(*note);
        QVERIFY(stored);
        QCOMPARE(stored->recipient(), std::string("organization"));
        QVERIFY(stored->values["client_id"].is_null());
    }

    void aPulledContractorInvoiceKeepsTheSnapshottedNumbers()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        const std::string id = "01900000-0000-7000-8000-000000000101";
        const nlohmann::json numbers{{"gst_hst", "123456782RT0001"}, {"qst", nullptr}};
        const nlohmann::json values{{"kind", "invoice"},
                                    {"status", "issued"},
                                    {"number", "INV-2026-001001"},
                                    {"sequence_number", 1001},
                                    {"recipient", "organization"},
                                    {"client_id", nullptr},
                                    {"location_id", kLocation},
                                    {"trainer_id", "01900000-0000-7000-8000-0000000000f1"},
                                    {"original_invoice_id", nullptr},
                                    {"currency", "CAD"},
                                    {"draft", fitflow::test::quebecSampleDraft()},
                                    {"totals", {{"subtotal_cents", 10000}, {"total_cents", 11498}}},
                                    {"paid_cents", 0},
                                    {"credited_cents", 0},
                                    {"balance_cents", 11498},
                                    {"line_links", nlohmann::json::array()},
                                    {"supplier_registration_numbers", numbers},
                                    {"tax_point_date", "2026-11-20"}};
        auto applied =
            MoneyPullApplier(store.db())
                .apply(kOrgA,
                       {{"entity", "invoice"}, {"id", id}, {"version", 9}, {"values", values}});
        QVERIFY2(applied, applied ? "" : applied.error().message.c_str());
        QVERIFY(store.reopen());
        auto stored = InvoiceQueries(store.db()).find(id);
        QVERIFY(stored);
        QVERIFY(stored->isContractorInvoice());
        QCOMPARE_JSON(stored->values["supplier_registration_numbers"], numbers);
        QVERIFY(stored->values["client_id"].is_null());
    }

    void studioFiguresLeaveOutContractorInvoicesAndTheTrainerAgesTheirOwn()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        const std::string self = "01900000-0000-7000-8000-0000000000f1";
        const std::string other = "01900000-0000-7000-8000-0000000000f2";
        MoneyPullApplier pull(store.db());
        const auto invoice = [&](const std::string& id, bool toStudio, const std::string& trainer,
                                 std::int64_t balance) {
            nlohmann::json values{
                {"kind", "invoice"},
                {"status", "issued"},
                {"number", "INV-2026-00" + id.substr(id.size() - 4)},
                {"recipient", toStudio ? "organization" : "client"},
                {"client_id", toStudio ? nlohmann::json() : nlohmann::json(kClient)},
                {"location_id", kLocation},
                {"trainer_id", trainer.empty() ? nlohmann::json() : nlohmann::json(trainer)},
                {"draft", fitflow::test::quebecSampleDraft()},
                {"totals", {{"subtotal_cents", balance}, {"total_cents", balance}}},
                {"paid_cents", 0},
                {"credited_cents", 0},
                {"balance_cents", balance},
                {"tax_point_date", "2026-11-20"}};
            return bool(pull.apply(
                kOrgA, {{"entity", "invoice"}, {"id", id}, {"version", 1}, {"values", values}}));
        };
        QVERIFY(invoice("01900000-0000-7000-8000-000000000201", false, "", 10000));
        QVERIFY(invoice("01900000-0000-7000-8000-000000000202", true, self, 2000));
        QVERIFY(invoice("01900000-0000-7000-8000-000000000203", true, other, 300));
        QVERIFY(pull.apply(kOrgA, {{"entity", "payment"},
                                   {"id", "01900000-0000-7000-8000-000000000301"},
                                   {"version", 2},
                                   {"values",
                                    {{"invoice_id", "01900000-0000-7000-8000-000000000203"},
                                     {"method", "cash"},
                                     {"amount_cents", 100},
                                     {"received_on", "2026-11-21"}}}}));
        const std::chrono::year_month_day asOf{std::chrono::year{2026}, std::chrono::November,
                                               std::chrono::day{25}};
        InvoiceQueries queries(store.db());
        auto studio = queries.ageing(kOrgA, asOf);
        QVERIFY(studio);
        QCOMPARE(studio->total(), std::int64_t{10000}); // the studio's receivables only
        auto own = queries.contractorAgeing(kOrgA, asOf, self);
        QVERIFY(own);
        QCOMPARE(own->total(), std::int64_t{2000}); // not the other trainer's
        auto payments = queries.clientPayments(kOrgA);
        QVERIFY(payments);
        QVERIFY(payments->empty()); // paying a contractor is not revenue

        auto facts =
            fitflow::desktop::FinanceQueries(store.db()).facts(QString::fromStdString(kOrgA));
        QVERIFY(facts);
        QCOMPARE(facts->documents.size(), std::size_t{1});
        QCOMPARE(facts->documents.front().totalCents, std::int64_t{10000});
        QVERIFY(facts->payments.empty());
    }

    void theStoreRefusesAClientInvoiceWithoutItsClient()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QSqlQuery insert(store.db());
        QVERIFY(!insert.exec(QStringLiteral(
            "INSERT INTO money_invoices (id, org_id, kind, status, totals, total_cents, recipient)"
            " VALUES ('x', 'o', 'invoice', 'draft', '{}', 0, 'client')")));
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO money_invoices (id, org_id, kind, status, totals, total_cents, recipient)"
            " VALUES ('y', 'o', 'invoice', 'draft', '{}', 0, 'organization')")));
    }
};

QTEST_GUILESS_MAIN(TestContractorInvoices)
#include "TestContractorInvoices.moc"
