// What invoice lines bill (`line_links`, local step 11) on a real encrypted store: a draft keeps
// its links in the row and in its queued `invoice.draft`, bad links are refused before anything
// is written, credit notes bill nothing, voiding frees what an invoice billed, pulled links are
// stored, and the unbilled packages leave out a billed one.

#include "../SyncTestStore.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/money/BilledItems.h"
#include "desktop/storage/money/UnbilledPackages.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QTest>

using fitflow::desktop::LocalChanges;
using fitflow::desktop::OutboxRepository;
using fitflow::desktop::money::InvoiceOperations;
using fitflow::desktop::money::InvoiceQueries;
using fitflow::desktop::money::MoneyPullApplier;
using fitflow::desktop::money::readBilledItems;
using fitflow::desktop::money::readUnbilledPackages;
using fitflow::test::kOrgA;
using fitflow::test::SyncTestStore;

namespace {

const std::string kClient = "01900000-0000-7000-8000-0000000000c1";
const std::string kSession = "01900000-0000-7000-8000-0000000000e1";
const std::string kOtherSession = "01900000-0000-7000-8000-0000000000e2";

nlohmann::json linkedDraft(nlohmann::json links)
{
    // One $85 session in Québec (GST and QST).
    nlohmann::json draft = fitflow::test::quebecSampleDraft(
        {.clientId = kClient, .taxPointDate = "2026-03-15", .unitPriceCents = 8500});
    draft["line_links"] = std::move(links);
    return draft;
}

nlohmann::json sessionLink(const std::string& session)
{
    return nlohmann::json::array({{{"line", 0}, {"session_id", session}}});
}

qint64 outboxCount(const SyncTestStore& store)
{
    return *OutboxRepository(store.db()).pendingCount();
}

} // namespace

class TestInvoiceLineLinks : public QObject {
    Q_OBJECT

private slots:
    void aDraftKeepsItsLinksAndQueuesThem()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        auto id = InvoiceOperations(store.db()).draft(kOrgA, linkedDraft(sessionLink(kSession)));
        QVERIFY2(id, id ? "" : id.error().message.c_str());
        auto invoice = InvoiceQueries(store.db()).find(*id);
        QVERIFY(invoice);
        QVERIFY(invoice->values["line_links"] == sessionLink(kSession));
        auto pending = OutboxRepository(store.db()).oldest(10);
        QVERIFY(pending && pending->size() == 1);
        QVERIFY(pending->front().payload["op"]["line_links"] == sessionLink(kSession));
        QVERIFY(!pending->front().payload["op"]["lines"][0].contains("session_id"));
        auto billed = readBilledItems(store.db());
        QVERIFY(billed);
        QVERIFY(billed->sessionIds.contains(QString::fromStdString(kSession)));
        QVERIFY(billed->unlinkedDescriptions.empty());

        // An unlinked draft queues no links and counts by its description only.
        auto plain =
            InvoiceOperations(store.db()).draft(kOrgA, linkedDraft(nlohmann::json::array()));
        QVERIFY(plain);
        pending = OutboxRepository(store.db()).oldest(10);
        QVERIFY(!pending->back().payload["op"].contains("line_links"));
        billed = readBilledItems(store.db());
        QCOMPARE(billed->unlinkedDescriptions.size(), std::size_t{1});
    }

    void badLinksAreRefusedBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QString>("links");
        QTest::addColumn<QString>("code");
        QTest::newRow("line out of range")
            << QStringLiteral(R"([{"line": 1, "session_id": "%1"}])") << "out_of_range";
        QTest::newRow("both a session and a package")
            << QStringLiteral(R"([{"line": 0, "session_id": "%1", "package_id": "%1"}])")
            << "invalid_value";
        QTest::newRow("neither") << QStringLiteral(R"([{"line": 0}])") << "invalid_value";
        QTest::newRow("a line twice")
            << QStringLiteral(
                   R"([{"line": 0, "session_id": "%1"}, {"line": 0, "package_id": "%1"}])")
            << "invalid_value";
        QTest::newRow("not a uuid")
            << QStringLiteral(R"([{"line": 0, "session_id": "s1"}])") << "invalid_value";
        QTest::newRow("unknown field")
            << QStringLiteral(R"([{"line": 0, "session_id": "%1", "note": 1}])") << "unknown_field";
    }

    void badLinksAreRefusedBeforeAnythingIsWritten()
    {
        QFETCH(QString, links);
        QFETCH(QString, code);
        SyncTestStore store;
        QVERIFY(store.ok());
        const auto parsed = nlohmann::json::parse(
            QString(links)
                .replace(QLatin1String("%1"), QString::fromStdString(kSession))
                .toStdString());
        auto refused = InvoiceOperations(store.db()).draft(kOrgA, linkedDraft(parsed));
        QVERIFY(!refused);
        QCOMPARE(QString::fromStdString(refused.error().code), code);
        QVERIFY2(refused.error().path.rfind("line_links", 0) == 0, refused.error().path.c_str());
        QCOMPARE(outboxCount(store), qint64{0});
        QVERIFY(InvoiceQueries(store.db()).list()->empty());
    }

    void creditNotesBillNothingAndVoidingFreesTheSession()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        QVERIFY(MoneyPullApplier(store.db())
                    .apply(kOrgA, {{"entity", "number_block"},
                                   {"id", "01900000-0000-7000-8000-0000000000d1"},
                                   {"version", 1},
                                   {"values", {{"first", 1}, {"count", 10}}}}));
        InvoiceOperations operations(store.db());
        auto credited = operations.draft(kOrgA, linkedDraft(sessionLink(kSession)));
        auto voided = operations.draft(kOrgA, linkedDraft(sessionLink(kOtherSession)));
        QVERIFY(credited && voided);
        QVERIFY(operations.issue(*credited) && operations.issue(*voided));
        auto note = operations.creditNote(*credited);
        QVERIFY(note);
        QVERIFY(InvoiceQueries(store.db()).find(*note)->values["line_links"] ==
                nlohmann::json::array());
        QVERIFY(operations.voidInvoice(*voided));
        auto billed = readBilledItems(store.db());
        QVERIFY(billed);
        QCOMPARE(billed->sessionIds, std::set<QString>{QString::fromStdString(kSession)});
    }

    void pulledLinksAreStoredAndABilledPackageIsNotOffered()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db());
        auto billedPackage = changes.add("package", kOrgA,
                                         {{"client_id", kClient},
                                          {"name", "Ten sessions"},
                                          {"sessions_total", 10},
                                          {"price_cents", 75000}});
        auto freePackage = changes.add("package", kOrgA,
                                       {{"client_id", kClient},
                                        {"name", "Five sessions"},
                                        {"sessions_total", 5},
                                        {"price_cents", 40000}});
        QVERIFY(billedPackage && freePackage);
        const nlohmann::json links = {{{"line", 0}, {"package_id", *billedPackage}}};
        QVERIFY(MoneyPullApplier(store.db())
                    .apply(kOrgA, {{"entity", "invoice"},
                                   {"id", "01900000-0000-7000-8000-0000000000f1"},
                                   {"version", 7},
                                   {"values",
                                    {{"kind", "invoice"},
                                     {"status", "issued"},
                                     {"client_id", kClient},
                                     {"draft", linkedDraft(links)},
                                     {"totals", {{"total_cents", 86231}}},
                                     {"line_links", links}}}}));
        auto billed = readBilledItems(store.db());
        QVERIFY(billed);
        QVERIFY(billed->packageIds.contains(QString::fromStdString(*billedPackage)));
        auto unbilled = readUnbilledPackages(store.db(), billed->packageIds);
        QVERIFY(unbilled);
        QCOMPARE(unbilled->size(), std::size_t{1});
        QCOMPARE(unbilled->front().id, QString::fromStdString(*freePackage));
        QCOMPARE(unbilled->front().credits, 5);
        QCOMPARE(unbilled->front().priceCents, qint64{40000});
    }
};

QTEST_GUILESS_MAIN(TestInvoiceLineLinks)
#include "TestInvoiceLineLinks.moc"
