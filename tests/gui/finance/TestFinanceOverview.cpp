// The financial overview over a real encrypted store: invoices, a partial credit note, a void
// invoice, a draft and payments are seeded through the real money operations
// (desktop/sync/money), then the page's table (under QAbstractItemModelTester) must show revenue
// and GST/HST/QST per month and studio from issued invoices minus credit notes, payments by the
// day received, the quarter and organization filters, and the exact CSV bytes (RFC 4180). A
// trainer's own contractor invoices to studios are never a studio's revenue: their tax shows
// apart, as the tax the trainer collected as the supplier (table, chart, CSV).

#include "../GuiTestSupport.h"
#include "../clients/ClientsTestStore.h"
#include "../manager/ManagerTestStore.h"
#include "desktop/core/finance/FinanceAggregator.h"
#include "desktop/core/finance/FinanceCsv.h"
#include "desktop/core/finance/FinanceTableModel.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "desktop/ui/finance/FinanceChart.h"
#include "desktop/ui/finance/FinancePage.h"
#include "desktop/ui/finance/FinanceWindowAction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::child;

namespace {

constexpr int kWaitMs = 15000;
const std::string kTorontoOrgId = "01900000-0000-7000-8000-0000000000a2";
const std::string kTorontoLocationId = "01900000-0000-7000-8000-0000000000b3";

nlohmann::json draftAt(const std::string& clientId, const std::string& locationId,
                       const char* province, const char* date, std::int64_t quantity,
                       std::int64_t unitPriceCents)
{
    return {{"client_id", clientId},
            {"location_id", locationId},
            {"tax_point_date", date},
            {"supplier",
             {{"gst_hst_registered", true},
              {"qst_registered", true},
              {"pst_registered", nlohmann::json::array()}}},
            {"place", {{"kind", "in_person"}, {"province", province}}},
            {"lines",
             {{{"description", "Training session"},
               {"quantity", quantity},
               {"unit_price_cents", unitPriceCents},
               {"discount_cents", 0},
               {"category", "service"},
               {"tax_included", false}}}}};
}

// Seeds, through the real operations, in Northside Studios (Québec) and a second organization
// whose names need CSV quoting (Ontario, HST):
//   Oct 15 Plateau  $100 issued (GST 5.00, QST 9.98), paid in full on Nov 2
//   Nov 3  Annex    2 × $50 issued, one session credited (credit note at the original's date)
//   Nov 10 Toronto  $200 issued (HST 26.00), $100 paid on Nov 12
//   Nov 20 Plateau  $70 draft (never counted); Nov 21 Plateau $40 issued then void (not counted)
bool seedMoney(LocalStore* db)
{
    EntityRepository entities(db->database());
    if (!entities
             .savePlainRow(*findSyncedEntity("organization"),
                           {kTorontoOrgId,
                            kTorontoOrgId,
                            {{"name", "Toronto Strength, Inc."}, {"kind", "studio"}}})
             .ok() ||
        !entities
             .savePlainRow(
                 *findSyncedEntity("location"),
                 {kTorontoLocationId,
                  kTorontoOrgId,
                  {{"name", "The \"Loft\""}, {"province", "ON"}, {"time_zone", "America/Toronto"}}})
             .ok()) {
        return false;
    }
    desktop::money::MoneyPullApplier pulls(db->database());
    for (const auto& [org, block] :
         {std::pair{testing::kTestOrgId, "01900000-0000-7000-8000-0000000000f1"},
          std::pair{kTorontoOrgId, "01900000-0000-7000-8000-0000000000f2"}}) {
        if (!pulls.apply(org, {{"entity", "number_block"},
                               {"id", block},
                               {"version", 1},
                               {"values", {{"first", 1}, {"count", 50}}}})) {
            return false;
        }
    }
    LocalChanges changes(db->database());
    auto quebecClient =
        changes.add("client", testing::kTestOrgId, {{"first_name", "Élodie"}, {"last_name", "T"}});
    auto torontoClient =
        changes.add("client", kTorontoOrgId, {{"first_name", "Sam"}, {"last_name", "K"}});
    if (!quebecClient || !torontoClient) {
        return false;
    }
    desktop::money::InvoiceOperations operations(db->database());
    auto issued = [&operations](const std::string& org, const nlohmann::json& draft) {
        auto id = operations.draft(org, draft);
        return id && operations.issue(*id) ? *id : std::string();
    };
    const std::string october =
        issued(testing::kTestOrgId,
               draftAt(*quebecClient, testing::kTestLocationId, "QC", "2026-10-15", 1, 10000));
    const std::string annex =
        issued(testing::kTestOrgId,
               draftAt(*quebecClient, testing::kOtherLocationId, "QC", "2026-11-03", 2, 5000));
    const std::string toronto = issued(
        kTorontoOrgId, draftAt(*torontoClient, kTorontoLocationId, "ON", "2026-11-10", 1, 20000));
    const std::string voided =
        issued(testing::kTestOrgId,
               draftAt(*quebecClient, testing::kTestLocationId, "QC", "2026-11-21", 1, 4000));
    if (october.empty() || annex.empty() || toronto.empty() || voided.empty()) {
        return false;
    }
    return operations.draft(testing::kTestOrgId, draftAt(*quebecClient, testing::kTestLocationId,
                                                         "QC", "2026-11-20", 1, 7000)) &&
           operations.voidInvoice(voided) &&
           operations.creditNote(annex, std::vector<invoice::CreditedLine>{{0, 1}}) &&
           operations.recordPayment(
               october,
               {{"amount_cents", 11498}, {"method", "cash"}, {"received_on", "2026-11-02"}}) &&
           operations.recordPayment(
               toronto,
               {{"amount_cents", 10000}, {"method", "e_transfer"}, {"received_on", "2026-11-12"}});
}

// A contractor invoice of `trainerId` to Northside Studios (Québec, $200: GST 10.00, QST 19.95),
// as the pull brings it, issued on `date`.
nlohmann::json contractorInvoice(const std::string& trainerId, const char* number, const char* date)
{
    nlohmann::json values = testing::contractorInvoiceValues();
    values["trainer_id"] = trainerId;
    values["number"] = number;
    values["draft"]["tax_point_date"] = date;
    values["draft"]["lines"][0]["unit_price_cents"] = 20000;
    values["totals"] = {
        {"subtotal_cents", 20000},
        {"taxes",
         {{{"code", "GST"}, {"amount_cents", 1000}}, {{"code", "QST"}, {"amount_cents", 1995}}}},
        {"total_cents", 22995}};
    values["balance_cents"] = 22995;
    return values;
}

// Alex (the signed-in user) billed Northside Studios in October and November; Sam billed it
// too (Sam's tax is Sam's, not Alex's); plus the studio's own $100 invoice to a client.
bool seedContractorInvoices(LocalStore* db)
{
    if (!SyncStateRepository(db->database())
             .saveAccount(
                 {"https://127.0.0.1:1", {}, "alex@demo.fitflow.test", testing::kAlexId, "token"})
             .ok()) {
        return false;
    }
    LocalChanges changes(db->database());
    auto client =
        changes.add("client", testing::kTestOrgId, {{"first_name", "Élodie"}, {"last_name", "T"}});
    if (!client) {
        return false;
    }
    desktop::money::MoneyPullApplier pulls(db->database());
    const auto pull = [&pulls](const char* id, const nlohmann::json& values) {
        auto applied =
            pulls.apply(testing::kTestOrgId,
                        {{"entity", "invoice"}, {"id", id}, {"version", 1}, {"values", values}});
        if (!applied) {
            qWarning("cannot pull invoice %s: %s", id, applied.error().message.c_str());
        }
        return applied.ok();
    };
    return pull("01900000-0000-7000-8000-00000000e101",
                testing::invoiceValues(*client, "", "INV-2026-000101", 0)) &&
           pull("01900000-0000-7000-8000-00000000e102",
                contractorInvoice(testing::kAlexId, "AR-2026-000001", "2026-10-30")) &&
           pull("01900000-0000-7000-8000-00000000e103",
                contractorInvoice(testing::kAlexId, "AR-2026-000002", "2026-11-27")) &&
           pull("01900000-0000-7000-8000-00000000e104",
                contractorInvoice(testing::kSamId, "SC-2026-000001", "2026-11-27"));
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

qint64 cents(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data(FinanceTableModel::kCentsRole).toLongLong();
}

} // namespace

class TestFinanceOverview : public QObject {
    Q_OBJECT

private slots:
    void csvQuotesOnlyWhatItMustAndWritesDollarsFromCents_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("cents only") << qint64(5) << QStringLiteral("0.05");
        QTest::newRow("no grouping") << qint64(123456789) << QStringLiteral("1234567.89");
        QTest::newRow("credit") << qint64(-1205) << QStringLiteral("-12.05");
        QTest::newRow("smallest") << qint64(std::numeric_limits<std::int64_t>::min())
                                  << QStringLiteral("-92233720368547758.08");
    }

    void csvQuotesOnlyWhatItMustAndWritesDollarsFromCents()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, expected);
        QCOMPARE(FinanceCsv::dollars(amount), expected);
        QCOMPARE(FinanceCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(FinanceCsv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(FinanceCsv::field(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(FinanceCsv::field(QStringLiteral("two\r\nlines")),
                 QStringLiteral("\"two\r\nlines\""));
    }

    void periodsAreMonthsQuartersAndYears()
    {
        QCOMPARE(FinanceAggregator::periodOf(QStringLiteral("2026-11-03"), FinancePeriod::Month),
                 QStringLiteral("2026-11"));
        QCOMPARE(FinanceAggregator::periodOf(QStringLiteral("2026-10-01"), FinancePeriod::Quarter),
                 QStringLiteral("2026-Q4"));
        QCOMPARE(FinanceAggregator::periodOf(QStringLiteral("2026-09-30"), FinancePeriod::Quarter),
                 QStringLiteral("2026-Q3"));
        QCOMPARE(FinanceAggregator::periodOf(QStringLiteral("2026-01-01"), FinancePeriod::Year),
                 QStringLiteral("2026"));
        QVERIFY(FinanceAggregator::periodOf(QStringLiteral("2026-13-01"), FinancePeriod::Month)
                    .isEmpty());
        QVERIFY(FinanceAggregator::periodOf(QString(), FinancePeriod::Year).isEmpty());
    }

    void overviewShowsSeededInvoicesByStudioAndMonthAndExportsCsv()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(store.onStore<bool>(seedMoney));

        QWidget window;
        FinanceWindowAction open(store.context(), &window);
        QVERIFY(!open.shortcut().isEmpty());
        QVERIFY(open.toolTip().contains(open.shortcut().toString(QKeySequence::NativeText)));
        open.trigger();
        FinancePage* page = open.page();
        QVERIFY(page);
        QVERIFY(page->isWindow());
        auto* table = child<QTableView>(page, QStringLiteral("financeTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel& model = *table->model();
        // Three studios in November, one in October, and the totals row.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, kWaitMs);

        const QString plateau = QStringLiteral("Northside Studios · Northside Plateau");
        const QString annex = QStringLiteral("Northside Studios · Northside Annex");
        const QString loft = QStringLiteral("Toronto Strength, Inc. · The \"Loft\"");
        using M = FinanceTableModel;
        QCOMPARE(cell(model, 0, M::Period), QStringLiteral("2026-10"));
        QCOMPARE(cell(model, 0, M::Studio), plateau);
        QCOMPARE(cents(model, 0, M::Revenue), 10000);
        QCOMPARE(cents(model, 0, M::Gst), 500);
        QCOMPARE(cents(model, 0, M::Qst), 998); // 9.975% of the pre-tax $100
        QCOMPARE(cents(model, 0, M::Invoiced), 11498);
        QCOMPARE(cents(model, 0, M::Received), 0); // paid in November
        QCOMPARE(cell(model, 0, M::Revenue), QStringLiteral("$100.00"));

        // November, Annex: $100 invoiced, one $50 session credited at the original's rates.
        QCOMPARE(cell(model, 1, M::Period), QStringLiteral("2026-11"));
        QCOMPARE(cell(model, 1, M::Studio), annex);
        QCOMPARE(cents(model, 1, M::Revenue), 5000);
        QCOMPARE(cents(model, 1, M::Gst), 250);
        QCOMPARE(cents(model, 1, M::Qst), 998 - 499);
        QCOMPARE(cents(model, 1, M::Invoiced), 11498 - 5749);
        // November, Plateau: the draft and the void invoice count for nothing; October's
        // invoice was paid on November 2.
        QCOMPARE(cell(model, 2, M::Studio), plateau);
        QCOMPARE(cents(model, 2, M::Revenue), 0);
        QCOMPARE(cents(model, 2, M::Invoiced), 0);
        QCOMPARE(cents(model, 2, M::Received), 11498);
        // November, Toronto: HST 13%.
        QCOMPARE(cell(model, 3, M::Studio), loft);
        QCOMPARE(cents(model, 3, M::Revenue), 20000);
        QCOMPARE(cents(model, 3, M::Hst), 2600);
        QCOMPARE(cents(model, 3, M::Gst), 0);
        QCOMPARE(cents(model, 3, M::Received), 10000);
        QCOMPARE(cell(model, 4, M::Period), QStringLiteral("Total"));
        QCOMPARE(cents(model, 4, M::Revenue), 35000);
        QCOMPARE(cents(model, 4, M::Gst), 750);
        QCOMPARE(cents(model, 4, M::Hst), 2600);
        QCOMPARE(cents(model, 4, M::Qst), 1497);
        QCOMPARE(cents(model, 4, M::Invoiced), 39847);
        QCOMPARE(cents(model, 4, M::Received), 21498);

        // The chart stacks November's studios: $50 + $200 of revenue; payments $114.98 + $100.
        auto* chart = child<FinanceChart>(page, QStringLiteral("financeChart"));
        QCOMPARE(chart->barCount(), 2);
        QCOMPARE(chart->largestBarCents(), 25000);
        auto* measure = child<QComboBox>(page, QStringLiteral("financeMeasureCombo"));
        measure->setCurrentIndex(1);
        QCOMPARE(chart->largestBarCents(), 21498);
        QVERIFY(chart->accessibleName().contains(QStringLiteral("Payments")));
        QVERIFY(!chart->grab().isNull());
        measure->setCurrentIndex(0);
        // A screenshot of the overview with this data, for reviewers.
        page->resize(900, 640);
        const QString shot =
            QDir(testing::screenshotDirectory()).filePath(QStringLiteral("financial-overview.png"));
        QVERIFY(page->grab().save(shot));

        // The CSV: header, one line per row (no totals line), RFC 4180 quoting, UTF-8, CRLF.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("overview.csv"));
        page->exportTo(path);
        QVERIFY(child<QLabel>(page, QStringLiteral("financeMessageLabel"))->text().contains(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected =
            QStringLiteral(
                "Period,Studio,Revenue,GST,HST,QST,Invoiced,Received\r\n"
                "2026-10,Northside Studios · Northside "
                "Plateau,100.00,5.00,0.00,9.98,114.98,0.00\r\n"
                "2026-11,Northside Studios · Northside Annex,50.00,2.50,0.00,4.99,57.49,0.00\r\n"
                "2026-11,Northside Studios · Northside Plateau,0.00,0.00,0.00,0.00,0.00,114.98\r\n"
                "2026-11,\"Toronto Strength, Inc. · The \"\"Loft\"\"\",200.00,0.00,26.00,0.00,"
                "226.00,100.00\r\n")
                .toUtf8();
        QCOMPARE(file.readAll(), expected);

        // By quarter: one row per studio in 2026-Q4.
        auto* period = child<QComboBox>(page, QStringLiteral("financePeriodCombo"));
        period->setCurrentIndex(period->findData(int(FinancePeriod::Quarter)));
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, M::Period), QStringLiteral("2026-Q4"), kWaitMs);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 1, M::Studio), plateau);
        QCOMPARE(cents(model, 1, M::Revenue), 10000);
        QCOMPARE(cents(model, 1, M::Received), 11498);

        // Only the Ontario organization.
        auto* organization = child<QComboBox>(page, QStringLiteral("financeOrganizationCombo"));
        QCOMPARE(organization->count(), 3); // all, and both organizations
        organization->setCurrentIndex(
            organization->findData(QString::fromStdString(kTorontoOrgId)));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kWaitMs);
        QCOMPARE(cell(model, 0, M::Studio), loft);
        QCOMPARE(cents(model, 1, M::Invoiced), 22600);

        // Back to every organization.
        organization->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, kWaitMs);
        // No contractor invoices of the user: no supplier section.
        QVERIFY(!child<QWidget>(page, QStringLiteral("financeSupplierSection"))->isVisible());
    }

    void trainersTaxOnOwnContractorInvoicesShowsApart()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(store.onStore<bool>(seedContractorInvoices));

        QWidget window;
        FinanceWindowAction open(store.context(), &window);
        open.trigger();
        FinancePage* page = open.page();
        QVERIFY(page);
        auto* table = child<QTableView>(page, QStringLiteral("financeTable"));
        auto* supplierTable = child<QTableView>(page, QStringLiteral("financeSupplierTable"));
        QAbstractItemModelTester tester(supplierTable->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel& studio = *table->model();
        const QAbstractItemModel& supplier = *supplierTable->model();
        // Alex's October and November invoices, and the totals row; never Sam's.
        QTRY_COMPARE_WITH_TIMEOUT(supplier.rowCount(), 3, kWaitMs);
        using M = FinanceTableModel;
        const QString plateau = QStringLiteral("Northside Studios · Northside Plateau");
        QCOMPARE(cell(supplier, 0, M::Period), QStringLiteral("2026-10"));
        QCOMPARE(cell(supplier, 0, M::Studio), plateau);
        QCOMPARE(cents(supplier, 0, M::Revenue), 20000);
        QCOMPARE(cents(supplier, 0, M::Gst), 1000);
        QCOMPARE(cents(supplier, 0, M::Qst), 1995);
        QCOMPARE(cell(supplier, 1, M::Period), QStringLiteral("2026-11"));
        QCOMPARE(cents(supplier, 2, M::Gst), 2000);
        QCOMPARE(cents(supplier, 2, M::Qst), 3990);
        // The studio's own report keeps only its invoice to a client (contractor invoices are
        // its payables): November, $100 before tax, $114.98 invoiced.
        QCOMPARE(studio.rowCount(), 2);
        QCOMPARE(cents(studio, 0, M::Revenue), 10000);
        QCOMPARE(cents(studio, 1, M::Invoiced), 11498);
        QCOMPARE(cents(studio, 1, M::Gst), 0);

        QVERIFY(child<QWidget>(page, QStringLiteral("financeSupplierSection"))->isVisibleTo(page));
        auto* chart = child<FinanceChart>(page, QStringLiteral("financeSupplierChart"));
        QCOMPARE(chart->barCount(), 2);
        QCOMPARE(chart->largestBarCents(), 2995);
        QVERIFY(chart->accessibleName().contains(QStringLiteral("supplier")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("overview.csv"));
        page->exportTo(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected =
            QStringLiteral("Period,Studio,Revenue,GST,HST,QST,Invoiced,Received\r\n"
                           "2026-11,Northside Studios · Northside "
                           "Plateau,100.00,0.00,0.00,0.00,114.98,0.00\r\n"
                           "2026-10,Contractor invoices to Northside Studios · Northside "
                           "Plateau,200.00,10.00,0.00,19.95,229.95,0.00\r\n"
                           "2026-11,Contractor invoices to Northside Studios · Northside "
                           "Plateau,200.00,10.00,0.00,19.95,229.95,0.00\r\n")
                .toUtf8();
        QCOMPARE(file.readAll(), expected);
    }
};

QTEST_MAIN(TestFinanceOverview)
#include "TestFinanceOverview.moc"
