// Invoices ▸ New contractor invoice… over a real encrypted store seeded as Alex's device (a
// trainer of Northside Studios at Plateau), driven by object name: the menu action with its
// shortcut, only for trainers; the dialog offers Plateau only, makes lines of the completed
// sessions Alex ran there in the period, taxes them with Alex as the supplier (Québec: GST and
// QST), issues with this device's block offline, lists it billed to the studio, and its PDF read
// back with pdftotext names both parties' registration numbers, in French.

#include "../GuiTestSupport.h"
#include "../manager/ManagerTestStore.h"
#include "desktop/core/account/ProfileService.h"
#include "desktop/core/invoices/ContractorInvoiceChoices.h"
#include "desktop/core/invoices/InvoiceListModel.h"
#include "desktop/core/invoices/InvoicesService.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "desktop/ui/invoices/ContractorInvoiceAction.h"
#include "desktop/ui/invoices/ContractorInvoiceDialog.h"
#include "desktop/ui/shell/MainWindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fitflow::desktop;
using fitflow::desktop::testing::child;

namespace {

constexpr int kWaitMs = 15000;
const std::string kBlockId = "01900000-0000-7000-8000-00000000d001";

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    // Compatibility forms: the PDF's font draws "fi" and "fl" as ligatures.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

// Alex's device after a sync: Alex's own numbers in the profile, the studio's on the
// organization, and a block of invoice numbers.
bool seedAlexDevice(testing::ClientsTestStore& store)
{
    if (!testing::seedStudio(store, "trainer")) {
        return false;
    }
    return store.onStore<bool>([](LocalStore* db) {
        QSqlDatabase database = db->database();
        nlohmann::json profile = testing::profileJson("trainer");
        profile["tax_registrations"] = {{"gst_hst_number", "123456782RT0001"},
                                        {"qst_number", "1224002901TQ0001"}};
        return ProfileCache(database).save(profile).ok() &&
               EntityRepository(database)
                   .savePlainRow(*findSyncedEntity("organization"),
                                 {testing::kTestOrgId,
                                  testing::kTestOrgId,
                                  {{"name", "Northside Studios"},
                                   {"kind", "studio"},
                                   {"province", "QC"},
                                   {"gst_hst_number", "123456789RT0001"},
                                   {"qst_number", "1234567890TQ0001"}}})
                   .ok() &&
               money::MoneyPullApplier(database)
                   .apply(testing::kTestOrgId, {{"entity", "number_block"},
                                                {"id", kBlockId},
                                                {"version", 9},
                                                {"values", {{"first", 1001}, {"count", 10}}}})
                   .ok();
    });
}

bool saveStudioNumbers(testing::ClientsTestStore& store)
{
    return store.onStore<bool>([](LocalStore* db) {
        return EntityRepository(db->database())
            .savePlainRow(*findSyncedEntity("organization"),
                          {testing::kTestOrgId,
                           testing::kTestOrgId,
                           {{"name", "Northside Studios"},
                            {"kind", "studio"},
                            {"province", "QC"},
                            {"gst_hst_number", "123456789RT0001"},
                            {"qst_number", "1234567890TQ0001"}}})
            .ok();
    });
}

} // namespace

class TestContractorInvoiceDialog : public QObject {
    Q_OBJECT

private slots:
    void managersHaveNoContractorInvoiceAction()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(testing::seedStudio(store, "manager"));
        MainWindow window(store.context());
        auto* action =
            child<ContractorInvoiceAction>(&window, QStringLiteral("newContractorInvoiceAction"));
        QVERIFY(action);
        QSignalSpy finished(&action->profile(), &ProfileService::refreshFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(!action->isVisible());
        action->trigger();
        QVERIFY(action->dialog() == nullptr);
    }

    // The manager's device as a pull left it: Alex's contractor invoice is the studio's payable
    // (not in the manager's Invoices list), and its PDF names both parties' numbers.
    void theStudiosDevicePrintsAPulledContractorInvoice()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QFAIL("pdftotext (poppler-utils) is required");
        }
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(testing::seedStudio(store, "manager"));
        QVERIFY(saveStudioNumbers(store));
        InvoicesService service(store.context());
        std::optional<InvoicesSnapshot> snapshot;
        connect(&service, &InvoicesService::loaded, this,
                [&snapshot](const InvoicesSnapshot& loaded) { snapshot = loaded; });
        service.reload();
        QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), kWaitMs);
        const QString contractorId = QString::fromStdString(testing::kContractorInvoiceId);
        QCOMPARE(snapshot->rows.size(), std::size_t{2}); // the two invoices to clients
        for (const InvoiceRow& row : snapshot->rows) {
            QVERIFY(row.id != contractorId);
        }
        QCOMPARE(snapshot->receivables.total(), std::int64_t{11498 + 7498}); // not the payable

        expectPdfText(service, contractorId,
                      {QStringLiteral("Fournisseur: Alex Rivera"),
                       QStringLiteral("N° d'inscription TPS/TVH: 123456782RT0001"),
                       QStringLiteral("N° d'inscription TVQ: 1224002901TQ0001"),
                       QStringLiteral("Facturé à: Northside Studios"),
                       QStringLiteral("N° d'inscription TPS/TVH du destinataire: 123456789RT0001"),
                       QStringLiteral("N° d'inscription TVQ du destinataire: 1234567890TQ0001")});
    }

    void aTrainerInvoicesTheStudioForTheSessionsTheyRan()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(seedAlexDevice(store));
        MainWindow window(store.context());
        window.show();
        auto* action =
            child<ContractorInvoiceAction>(&window, QStringLiteral("newContractorInvoiceAction"));
        QVERIFY(action);
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible() && action->isEnabled(), kWaitMs);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
        QVERIFY(child<QMenu>(&window, QStringLiteral("invoicesMenu"))->actions().contains(action));
        action->trigger();
        ContractorInvoiceDialog* dialog = action->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->choicesLoaded(), kWaitMs);

        auto* organization =
            child<QComboBox>(dialog, QStringLiteral("contractorOrganizationCombo"));
        auto* location = child<QComboBox>(dialog, QStringLiteral("contractorLocationCombo"));
        auto* from = child<QDateEdit>(dialog, QStringLiteral("contractorPeriodFromEdit"));
        auto* to = child<QDateEdit>(dialog, QStringLiteral("contractorPeriodToEdit"));
        auto* date = child<QDateEdit>(dialog, QStringLiteral("contractorInvoiceDateEdit"));
        auto* lines = child<QTableWidget>(dialog, QStringLiteral("contractorLinesTable"));
        auto* issue = child<QPushButton>(dialog, QStringLiteral("contractorIssueButton"));
        QVERIFY(organization && location && from && to && date && lines && issue);
        for (QWidget* widget :
             std::initializer_list<QWidget*>{organization, location, from, to, date, lines}) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QCOMPARE(organization->currentText(), QStringLiteral("Northside Studios"));
        QCOMPARE(location->count(), 1); // Alex's membership covers Plateau only
        QCOMPARE(location->currentText(), QStringLiteral("Northside Plateau"));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("contractorSupplierLabel"))
                    ->text()
                    .contains(QStringLiteral("123456782RT0001")));

        // November: the one completed session Alex ran at Plateau (not the cancelled one, not
        // Sam's); October: none.
        from->setDate(QDate(2026, 10, 1));
        to->setDate(QDate(2026, 10, 31));
        QCOMPARE(lines->rowCount(), 0);
        to->setDate(QDate(2026, 11, 30));
        from->setDate(QDate(2026, 11, 1));
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->item(0, ContractorInvoiceDialog::Description)->text(),
                 QStringLiteral("Training session 2026-11-24 09:00, Northside Plateau"));
        lines->item(0, ContractorInvoiceDialog::UnitPrice)->setText(QStringLiteral("100.00"));
        date->setDate(QDate(2026, 11, 28));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("contractorPlaceLabel"))->text(),
                 QStringLiteral("Taxed in Québec: services supplied at Northside Plateau"));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("contractorTotalLabel"))->text(),
                 QStringLiteral("$114.98"));
        QCOMPARE(dialog->preview().draft["recipient"].get<std::string>(),
                 std::string("organization"));
        // A screenshot for reviewers, under the build folder (after the layout follows the text).
        QTest::qWait(100);
        QVERIFY(dialog->grab().save(QDir(testing::screenshotDirectory())
                                        .filePath(QStringLiteral("contractor-invoice.png"))));
        QVERIFY(!dialog->preview().draft.contains("client_id"));

        // A free line by keyboard, then removed again.
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("contractorAddLineButton")),
                          Qt::LeftButton);
        QCOMPARE(lines->rowCount(), 2);
        QVERIFY(!issue->isEnabled()); // the new line has no description or price yet
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("contractorRemoveLineButton")),
                          Qt::LeftButton);
        QCOMPARE(lines->rowCount(), 1);
        QVERIFY(issue->isEnabled());

        QSignalSpy saved(dialog, &ContractorInvoiceDialog::invoiceSaved);
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("Issued invoice INV-2026-001001."));

        // Stored as a contractor invoice, listed billed to the studio.
        const auto stored = store.onStore<std::vector<money::LocalInvoice>>([](LocalStore* db) {
            auto all = money::InvoiceQueries(db->database())
                           .list({testing::kTestOrgId, std::nullopt, std::nullopt});
            return all ? *all : std::vector<money::LocalInvoice>{};
        });
        const auto ours = std::find_if(stored.begin(), stored.end(), [](const auto& invoice) {
            return invoice.values.value("number", nlohmann::json()) == "INV-2026-001001";
        });
        QVERIFY(ours != stored.end());
        QVERIFY(ours->isContractorInvoice());
        QCOMPARE(ours->values["location_id"].get<std::string>(), testing::kTestLocationId);

        InvoicesService service(store.context());
        std::optional<InvoicesSnapshot> snapshot;
        connect(&service, &InvoicesService::loaded, this,
                [&snapshot](const InvoicesSnapshot& loaded) { snapshot = loaded; });
        service.reload();
        QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), kWaitMs);
        const auto row =
            std::find_if(snapshot->rows.begin(), snapshot->rows.end(), [&](const InvoiceRow& r) {
                return r.id == QString::fromStdString(ours->id);
            });
        QVERIFY(row != snapshot->rows.end());
        QVERIFY(row->toOrganization);
        QCOMPARE(row->clientName, QStringLiteral("Northside Studios"));

        // The Invoices page lists it to the studio, and its recipient filter tells them apart.
        auto* table = child<QTableView>(&window, QStringLiteral("invoiceTable"));
        auto* recipients = child<QComboBox>(&window, QStringLiteral("invoiceRecipientFilter"));
        QVERIFY(table && recipients);
        QVERIFY(!recipients->accessibleName().isEmpty());
        const auto listsOurs = [table] {
            const QAbstractItemModel* model = table->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, InvoiceListModel::Number).data().toString() ==
                    QLatin1String("INV-2026-001001")) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listsOurs(), kWaitMs);
        const int everyInvoice = table->model()->rowCount();
        recipients->setCurrentIndex(recipients->findData(QStringLiteral("client")));
        QVERIFY(!listsOurs());
        const int toClients = table->model()->rowCount();
        recipients->setCurrentIndex(recipients->findData(QStringLiteral("organization")));
        QVERIFY(listsOurs());
        QCOMPARE(toClients + table->model()->rowCount(), everyInvoice);

        // The PDF: from Alex to the studio, both parties' numbers, in French (Québec).
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QFAIL("pdftotext (poppler-utils) is required");
        }
        // Plateau's street address as pulled (server 0023) is printed under it.
        QVERIFY(store.onStore<bool>([](LocalStore* db) {
            return EntityRepository(db->database())
                .savePlainRow(*findSyncedEntity("location"),
                              {testing::kTestLocationId,
                               testing::kTestOrgId,
                               {{"name", "Northside Plateau"},
                                {"province", "QC"},
                                {"time_zone", "America/Toronto"},
                                {"street", "4521 boul. Saint-Laurent"},
                                {"city", "Montréal"},
                                {"postal_code", "H2T 1R2"}}})
                .ok();
        }));
        expectPdfText(service, QString::fromStdString(ours->id),
                      {QStringLiteral("Facture INV-2026-001001"),
                       QStringLiteral("Fournisseur: Alex Rivera, alex@demo.fitflow.test"),
                       QStringLiteral("N° d'inscription TPS/TVH: 123456782RT0001"),
                       QStringLiteral("N° d'inscription TVQ: 1224002901TQ0001"),
                       QStringLiteral("Facturé à: Northside Studios"),
                       QStringLiteral("Northside Plateau, Québec 4521 boul. Saint-Laurent "
                                      "Montréal QC H2T 1R2 N° d'inscription TPS/TVH du"),
                       QStringLiteral("N° d'inscription TPS/TVH du destinataire: 123456789RT0001"),
                       QStringLiteral("N° d'inscription TVQ du destinataire: 1234567890TQ0001")});
    }

private:
    // Exports invoice `id` as a PDF through the service, as the Invoices page does, and checks
    // that its text (pdftotext) holds each of `expected`.
    static void expectPdfText(InvoicesService& service, const QString& id,
                              const QStringList& expected)
    {
        QSignalSpy done(&service, &InvoicesService::done);
        QSignalSpy failed(&service, &InvoicesService::failed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
        service.exportPdf(id, path);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QString text = pdfText(path).simplified();
        for (const QString& line : expected) {
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" not in: ") + text));
        }
    }
};

QTEST_MAIN(TestContractorInvoiceDialog)
#include "TestContractorInvoiceDialog.moc"
