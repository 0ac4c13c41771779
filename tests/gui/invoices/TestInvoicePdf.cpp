// An invoice PDF written on a worker thread (QPdfWriter) and read back with pdftotext: a $500+
// Québec supply shows, in French, the supplier, both registration numbers, the date, the client,
// the description, each tax with its rate and the total; an Ontario one is in English. The
// registration numbers come from the organization row pulled into the store (server 0014), the
// supplier's street address from the invoice's location row (server 0023).

#include "../clients/ClientsTestStore.h"
#include "desktop/core/invoices/InvoiceNumberingService.h"
#include "desktop/core/invoices/InvoicePdf.h"
#include "desktop/core/invoices/InvoicesService.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using fitflow::desktop::InvoicePdf;
using fitflow::desktop::InvoicePdfContent;
using fitflow::desktop::InvoicePdfExport;
namespace desktop = fitflow::desktop;
namespace testing = fitflow::desktop::testing;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

InvoicePdfContent quebecInvoice()
{
    InvoicePdfContent content;
    content.french = true;
    content.supplierName = QStringLiteral("Northside Studios");
    content.gstHstNumber = QStringLiteral("123456789RT0001");
    content.qstNumber = QStringLiteral("1234567890TQ0001");
    content.number = QStringLiteral("INV-2026-000041");
    content.date = QStringLiteral("2026-11-20");
    content.clientName = QStringLiteral("Élodie Tremblay");
    content.lines = {{QStringLiteral("Séance d'entraînement"), 5, 50000}};
    content.subtotalCents = 50000;
    content.taxes = {{QStringLiteral("TPS 5 %"), 2500}, {QStringLiteral("TVQ 9,975 %"), 4988}};
    content.totalCents = 57488;
    return content;
}

} // namespace

class TestInvoicePdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QFAIL("pdftotext (poppler-utils) is required");
        }
    }

    void amountsFollowTheDocumentLanguage()
    {
        QCOMPARE(InvoicePdf::amount(123456789, false), QStringLiteral("$1,234,567.89"));
        QCOMPARE(InvoicePdf::amount(57488, true), QStringLiteral("574,88\u00A0$"));
        QCOMPARE(InvoicePdf::amount(-5, false), QStringLiteral("-$0.05"));
    }

    void aQuebecInvoiceOver500IsInFrenchWithEverythingCraAsksFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("INV-2026-000041.pdf"));
        InvoicePdfExport exporter;
        QSignalSpy finished(&exporter, &InvoicePdfExport::finished);
        exporter.start(quebecInvoice(), path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(0).toBool(), true);
        QCOMPARE(finished.front().at(1).toString(), path);

        const QString text = pdfText(path).simplified();
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString& expected :
             {QStringLiteral("Facture INV-2026-000041"),
              QStringLiteral("Fournisseur: Northside Studios"),
              QStringLiteral("N° d'inscription TPS/TVH: 123456789RT0001"),
              QStringLiteral("N° d'inscription TVQ: 1234567890TQ0001"),
              QStringLiteral("Date: 2026-11-20"), QStringLiteral("Client: Élodie Tremblay"),
              QStringLiteral("Séance d'entraînement (5) 500,00 $"),
              QStringLiteral("TPS 5 % 25,00 $"), QStringLiteral("TVQ 9,975 % 49,88 $"),
              QStringLiteral("Total 574,88 $")}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in: ") + text));
        }
    }

    void anOntarioInvoiceIsInEnglish()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("on.pdf"));
        InvoicePdfContent content = quebecInvoice();
        content.french = false;
        content.qstNumber.clear();
        content.lines = {{QStringLiteral("Training session"), 5, 50000}};
        content.taxes = {{QStringLiteral("HST 13%"), 6500}};
        content.totalCents = 56500;
        QString error;
        QVERIFY(InvoicePdf::write(content, path, &error));
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("GST/HST registration number: 123456789RT0001")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("HST 13% $65.00")));
        QVERIFY(text.contains(QStringLiteral("Total $565.00")));
        QVERIFY(!text.contains(QStringLiteral("QST")));
    }

    void theOrganizationsRegistrationNumbersReachThePdf()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        const std::string invoiceId = store.onStore<std::string>([](desktop::LocalStore* db) {
            // The organization as pulled from a server whose owner set both numbers.
            if (!desktop::EntityRepository(db->database())
                     .savePlainRow(*desktop::findSyncedEntity("organization"),
                                   {testing::kTestOrgId,
                                    testing::kTestOrgId,
                                    {{"name", "Northside Studios"},
                                     {"kind", "studio"},
                                     {"province", "QC"},
                                     {"gst_hst_number", "123456789RT0001"},
                                     {"qst_number", "1234567890TQ0001"}}})
                     .ok()) {
                return std::string();
            }
            auto client = desktop::LocalChanges(db->database())
                              .add("client", testing::kTestOrgId,
                                   {{"first_name", "Élodie"}, {"last_name", "Tremblay"}});
            if (!client) {
                return std::string();
            }
            const nlohmann::json draft = fitflow::test::quebecSampleDraft(
                {.clientId = *client, .locationId = testing::kTestLocationId});
            auto id =
                desktop::money::InvoiceOperations(db->database()).draft(testing::kTestOrgId, draft);
            return id ? *id : std::string();
        });
        QVERIFY(!invoiceId.empty());

        desktop::InvoicesService service(store.context());
        QSignalSpy done(&service, &desktop::InvoicesService::done);
        QSignalSpy failed(&service, &desktop::InvoicesService::failed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("org.pdf"));
        service.exportPdf(QString::fromStdString(invoiceId), path);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QString text = pdfText(path).simplified();
        for (const QString& expected : {QStringLiteral("Fournisseur: Northside Studios"),
                                        QStringLiteral("N° d'inscription TPS/TVH: 123456789RT0001"),
                                        QStringLiteral("N° d'inscription TVQ: 1234567890TQ0001")}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in: ") + text));
        }

        // Settings ▸ Tax and invoicing reads the same numbers (shown read-only there).
        desktop::InvoiceNumberingService numbering(store.context());
        std::optional<std::vector<desktop::OrganizationNumbering>> loaded;
        connect(&numbering, &desktop::InvoiceNumberingService::loaded, this,
                [&loaded](const std::vector<desktop::OrganizationNumbering>& organizations) {
                    loaded = organizations;
                });
        numbering.reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000);
        const auto& organizations = *loaded;
        QCOMPARE(organizations.size(), std::size_t{1});
        QCOMPARE(organizations.front().gstHstNumber, QStringLiteral("123456789RT0001"));
        QCOMPARE(organizations.front().qstNumber, QStringLiteral("1234567890TQ0001"));
    }

    // CRA asks for the supplier's address on a $500+ invoice: the lines are printed right under
    // the supplier's name, in both languages.
    void theSuppliersAddressIsUnderItsName_data()
    {
        QTest::addColumn<bool>("french");
        QTest::newRow("Québec, French") << true;
        QTest::newRow("Ontario, English") << false;
    }

    void theSuppliersAddressIsUnderItsName()
    {
        QFETCH(bool, french);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("address.pdf"));
        InvoicePdfContent content = quebecInvoice();
        content.french = french;
        content.supplierAddress = {QStringLiteral("4521 boul. Saint-Laurent"),
                                   QStringLiteral("Suite 200"),
                                   QStringLiteral("Montréal QC  H2T 1R2")};
        QString error;
        QVERIFY2(InvoicePdf::write(content, path, &error), qPrintable(error));
        const QString expected =
            french ? QStringLiteral("Fournisseur: Northside Studios 4521 boul. Saint-Laurent "
                                    "Suite 200 Montréal QC H2T 1R2 N° d'inscription TPS/TVH")
                   : QStringLiteral("Supplier: Northside Studios 4521 boul. Saint-Laurent "
                                    "Suite 200 Montréal QC H2T 1R2 GST/HST registration number");
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    // End to end: the address is that of the invoice's location as pulled (server 0023, local
    // step 15); a location without one prints nothing between the name and the numbers.
    void theInvoicesLocationAddressComesFromThePulledLocation()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        const auto draftAt = [&store](const std::string& locationId, bool withAddress) {
            return store.onStore<std::string>([locationId, withAddress](desktop::LocalStore* db) {
                nlohmann::json location{{"name", "Northside Plateau"},
                                        {"province", "QC"},
                                        {"time_zone", "America/Toronto"}};
                if (withAddress) {
                    location["street"] = "4521 boul. Saint-Laurent\nSuite 200";
                    location["city"] = "Montréal";
                    location["postal_code"] = "H2T 1R2";
                }
                auto client = desktop::LocalChanges(db->database())
                                  .add("client", testing::kTestOrgId,
                                       {{"first_name", "Élodie"}, {"last_name", "Tremblay"}});
                if (!client || !desktop::EntityRepository(db->database())
                                    .savePlainRow(*desktop::findSyncedEntity("location"),
                                                  {locationId, testing::kTestOrgId, location})
                                    .ok()) {
                    return std::string();
                }
                auto id = desktop::money::InvoiceOperations(db->database())
                              .draft(testing::kTestOrgId,
                                     fitflow::test::quebecSampleDraft(
                                         {.clientId = *client, .locationId = locationId}));
                return id ? *id : std::string();
            });
        };
        const std::string withAddress = draftAt(testing::kTestLocationId, true);
        const std::string without = draftAt(testing::kOtherLocationId, false);
        QVERIFY(!withAddress.empty() && !without.empty());

        desktop::InvoicesService service(store.context());
        const auto exported = [&service](const std::string& id) {
            QSignalSpy done(&service, &desktop::InvoicesService::done);
            QSignalSpy failed(&service, &desktop::InvoicesService::failed);
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
            service.exportPdf(QString::fromStdString(id), path);
            if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000) ||
                !failed.isEmpty()) {
                return QString();
            }
            return pdfText(path).simplified();
        };
        const QString addressed = exported(withAddress);
        QVERIFY2(addressed.contains(QStringLiteral(
                     "Fournisseur: Northside Studios 4521 boul. Saint-Laurent Suite 200 "
                     "Montréal QC H2T 1R2 N° d'inscription TPS/TVH")),
                 qPrintable(addressed));
        const QString unaddressed = exported(without);
        QVERIFY2(unaddressed.contains(
                     QStringLiteral("Fournisseur: Northside Studios N° d'inscription TPS/TVH")),
                 qPrintable(unaddressed));
    }
};

QTEST_MAIN(TestInvoicePdf)
#include "TestInvoicePdf.moc"
