// The Invoices page over a real encrypted store, driven by object name: the New invoice dialog
// computes a Quebec invoice live with the shared engine and saves it as a draft when this device
// has no invoice numbers yet; a Quebec draft ($100 of
// services: GST 5% and QST 9.975% on the pre-tax amount) is refused a number until this device
// holds a reserved block, then issued offline; a payment lowers its balance and the receivables
// by age; a credit note clears the rest. The list model runs under QAbstractItemModelTester, and
// money typed as text becomes integer cents without floating point.

#include "../GuiTestSupport.h"
#include "../clients/ClientsTestStore.h"
#include "desktop/core/invoices/InvoiceListModel.h"
#include "desktop/core/invoices/InvoicesService.h"
#include "desktop/core/invoices/MoneyInput.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "desktop/ui/invoices/CreditNoteDialog.h"
#include "desktop/ui/invoices/InvoicesPage.h"
#include "desktop/ui/invoices/NewInvoiceDialog.h"
#include "desktop/ui/invoices/PaymentDialog.h"
#include "desktop/ui/invoices/TaxInvoicingGroup.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::child;

namespace {

constexpr int kWaitMs = 15000;
const std::string kBlockId = "01900000-0000-7000-8000-0000000000d4";

nlohmann::json quebecDraft(const std::string& clientId, const std::string& taxPointDate)
{
    return fitflow::test::quebecSampleDraft({.clientId = clientId,
                                             .locationId = testing::kTestLocationId,
                                             .taxPointDate = taxPointDate});
}

// The row of `id` in the page's (unfiltered) model, or -1.
int rowOfId(const QAbstractItemModel& model, const std::string& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(InvoiceListModel::kIdRole).toString() ==
            QString::fromStdString(id)) {
            return row;
        }
    }
    return -1;
}

InvoiceRow row(const char* id, const char* status, std::int64_t balance)
{
    InvoiceRow invoice;
    invoice.id = QString::fromLatin1(id);
    invoice.kind = QStringLiteral("invoice");
    invoice.status = QString::fromLatin1(status);
    invoice.totalCents = 11498;
    invoice.balanceCents = balance;
    return invoice;
}

} // namespace

class TestInvoicesPage : public QObject {
    Q_OBJECT

private slots:
    void listModelPassesTheTesterAndFiltersByStatus()
    {
        InvoiceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInvoices({row("a", "draft", 0), row("b", "issued", 11498), row("c", "void", 0)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(InvoiceListModel::ColumnCount));
        QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(),
                 QStringLiteral("(not issued)"));
        QCOMPARE(model.index(1, InvoiceListModel::Total).data().toString(),
                 QStringLiteral("$114.98"));
        model.setStatusFilter(QStringLiteral("issued"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(InvoiceListModel::kIdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0, 0).data(InvoiceListModel::kBalanceCentsRole).toLongLong(), 11498);
        model.setStatusFilter(QString());
        QCOMPARE(model.rowCount(), 3);
        model.setInvoices({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The server's demo invoices have no draft ("draft": null in the pulled values): the list
    // shows them, and reading them must not throw on the store thread (it ended the app).
    void anInvoicePulledWithoutADraftIsListed()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        const std::string id = "01900000-0000-7000-8000-0000000000e9";
        QVERIFY(store.onStore<bool>([&id](LocalStore* db) {
            return bool(
                desktop::money::MoneyPullApplier(db->database())
                    .apply(testing::kTestOrgId,
                           {{"entity", "invoice"},
                            {"id", id},
                            {"version", 1},
                            {"values",
                             {{"kind", "invoice"},
                              {"client_id", "01900000-0000-7000-8000-0000000000c1"},
                              {"status", "issued"},
                              {"number", "INV-2026-000007"},
                              {"draft", nullptr},
                              {"tax_point_date", "2026-11-02"},
                              {"totals", {{"subtotal_cents", 10000}, {"total_cents", 11498}}},
                              {"balance_cents", 11498}}}}));
        }));
        InvoicesPage page(store.context());
        page.service().setAgeingDate(QDate(2026, 11, 26));
        page.show();
        auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
        QCOMPARE(table->model()->index(0, InvoiceListModel::Number).data().toString(),
                 QStringLiteral("INV-2026-000007"));
        // Issued without a draft (the server's demo invoices): the tax point still dates it,
        // so it is listed with its date and counted as receivable.
        QVERIFY(!table->model()->index(0, InvoiceListModel::Date).data().toString().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(&page, QStringLiteral("ageingCurrentLabel"))->text(),
            QStringLiteral("$114.98"), kWaitMs);
    }

    void typedMoneyBecomesCents_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("cents"); // -1: refused
        QTest::newRow("whole") << QStringLiteral("85") << qint64(8500);
        QTest::newRow("one decimal") << QStringLiteral("85.5") << qint64(8550);
        QTest::newRow("shown by MoneyText") << QStringLiteral("$1,234.56") << qint64(123456);
        QTest::newRow("french") << QStringLiteral("1 234,56 $") << qint64(123456);
        QTest::newRow("thousands only") << QStringLiteral("1,234") << qint64(123400);
        QTest::newRow("0.1 + 0.2 stays exact") << QStringLiteral("0.30") << qint64(30);
        QTest::newRow("three digits after a sign are grouping")
            << QStringLiteral("1.005") << qint64(100500);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("ten") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("trailing sign") << QStringLiteral("12.") << qint64(-1);
    }

    void typedMoneyBecomesCents()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, cents);
        const auto parsed = MoneyInput::toCents(typed);
        QCOMPARE(parsed.value_or(-1), cents);
    }

    void newInvoiceDialogComputesQuebecTaxesLiveAndKeepsTheDraftWithoutNumbers()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(store.onStore<bool>([](LocalStore* db) {
            return LocalChanges(db->database())
                .add("client", testing::kTestOrgId,
                     {{"first_name", "Élodie"}, {"last_name", "Tremblay"}})
                .ok();
        }));
        InvoicesPage page(store.context());
        page.show();
        // The page's actions (also the main window's Invoices menu) carry their shortcuts.
        const QList<QAction*> actions = page.invoiceActions();
        QCOMPARE(actions.size(), 8);
        for (const QAction* action : actions) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            QVERIFY(
                action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        }
        auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
        QTest::mouseClick(child<QAbstractButton>(&page, QStringLiteral("newInvoiceButton")),
                          Qt::LeftButton);
        auto* dialog = page.findChild<NewInvoiceDialog*>(QStringLiteral("newInvoiceDialog"));
        QVERIFY(dialog);
        auto* client = child<QComboBox>(dialog, QStringLiteral("invoiceClientCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(client->count(), 1, kWaitMs);
        QCOMPARE(client->currentText(), QStringLiteral("Élodie Tremblay"));
        auto* location = child<QComboBox>(dialog, QStringLiteral("invoiceLocationCombo"));
        location->setCurrentIndex(location->findText(QStringLiteral("Northside Plateau")));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("invoicePlaceLabel"))->text(),
                 QStringLiteral("Taxed in Québec: session held at Northside Plateau"));
        auto* issue = child<QPushButton>(dialog, QStringLiteral("issueNewInvoiceButton"));
        QVERIFY(!issue->isEnabled()); // no unit price yet

        // Typed money, two sessions of $50: GST 5% and QST 9.975% each on the $100 pre-tax
        // amount (QST is not charged on the GST).
        auto* lines = child<QTableWidget>(dialog, QStringLiteral("invoiceLinesTable"));
        lines->item(0, NewInvoiceDialog::UnitPrice)->setText(QStringLiteral("50.00"));
        child<QSpinBox>(dialog, QStringLiteral("invoiceLineQuantity0"))->setValue(2);
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("invoiceSubtotalLabel"))->text(),
                 QStringLiteral("$100.00"));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("invoiceTaxesLabel"))->text(),
                 QStringLiteral("GST 5%: $5.00\nQST 9.975%: $9.98"));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("invoiceTotalLabel"))->text(),
                 QStringLiteral("$114.98"));
        // A $10 discount lowers the base of both taxes.
        lines->item(0, NewInvoiceDialog::Discount)->setText(QStringLiteral("10"));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("invoiceTaxesLabel"))->text(),
                 QStringLiteral("GST 5%: $4.50\nQST 9.975%: $8.98"));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("invoiceTotalLabel"))->text(),
                 QStringLiteral("$103.48"));
        lines->item(0, NewInvoiceDialog::Discount)->setText(QString());

        // Issue with no reserved block: the draft is kept and the dialog says what to do.
        QVERIFY(issue->isEnabled());
        QTest::mouseClick(issue, Qt::LeftButton);
        auto* problem = child<QLabel>(dialog, QStringLiteral("invoiceProblemLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(
            problem->text().contains(QStringLiteral("connect once to reserve invoice numbers")),
            kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
        QCOMPARE(table->model()->index(0, InvoiceListModel::Status).data().toString(),
                 QStringLiteral("Draft"));
        QCOMPARE(table->model()->index(0, InvoiceListModel::Total).data().toString(),
                 QStringLiteral("$114.98"));
        QVERIFY(!issue->isEnabled()); // saving again would make a second draft
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("saveDraftButton"))->isEnabled());
        dialog->reject();
    }

    void issueOfflinePayAndCreditUpdateBalanceAndAgeing()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        const std::string invoiceId = store.onStore<std::string>([](LocalStore* db) {
            auto client = LocalChanges(db->database())
                              .add("client", testing::kTestOrgId,
                                   {{"first_name", "Élodie"}, {"last_name", "Tremblay"}});
            if (!client) {
                return std::string();
            }
            auto id = desktop::money::InvoiceOperations(db->database())
                          .draft(testing::kTestOrgId, quebecDraft(*client, "2026-11-20"));
            return id ? *id : std::string();
        });
        QVERIFY(!invoiceId.empty());

        InvoicesPage page(store.context());
        page.service().setAgeingDate(QDate(2026, 11, 26));
        page.resize(900, 500);
        page.show();
        auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
        QVERIFY(table->isVisible());
        QVERIFY(!child<QWidget>(&page, QStringLiteral("invoicesEmptyState"))->isVisible());
        const QAbstractItemModel& model = *table->model();
        QCOMPARE(model.index(0, InvoiceListModel::Client).data().toString(),
                 QStringLiteral("Élodie Tremblay"));
        QCOMPARE(model.index(0, InvoiceListModel::Organization).data().toString(),
                 QStringLiteral("Northside Studios"));
        QCOMPARE(model.index(0, InvoiceListModel::Date).data().toString(),
                 QStringLiteral("2026-11-20"));
        QCOMPARE(model.index(0, InvoiceListModel::Status).data().toString(),
                 QStringLiteral("Draft"));
        // $100 + GST $5.00 + QST $9.98 (9.975% of the $100 pre-tax amount, not of $105).
        QCOMPARE(model.index(0, InvoiceListModel::Total).data().toString(),
                 QStringLiteral("$114.98"));
        auto* total = child<QLabel>(&page, QStringLiteral("ageingTotalLabel"));
        QCOMPARE(total->text(), QStringLiteral("$0.00")); // a draft is not receivable

        auto* issue = child<QAbstractButton>(&page, QStringLiteral("issueInvoiceButton"));
        auto* pay = child<QAbstractButton>(&page, QStringLiteral("recordPaymentButton"));
        auto* credit = child<QAbstractButton>(&page, QStringLiteral("creditNoteButton"));
        QVERIFY(!issue->isEnabled());
        table->selectRow(0);
        QVERIFY(issue->isEnabled());
        QVERIFY(!pay->isEnabled());
        QVERIFY(!credit->isEnabled());

        // No block reserved yet: the page says how to get numbers and nothing changes.
        auto* message = child<QLabel>(&page, QStringLiteral("invoiceMessageLabel"));
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kWaitMs);
        QVERIFY2(
            message->text().contains(QStringLiteral("connect once to reserve invoice numbers")),
            qPrintable(message->text()));
        QCOMPARE(model.index(0, InvoiceListModel::Status).data().toString(),
                 QStringLiteral("Draft"));

        // A block arrives (as a pull would deliver it); issuing works offline from it.
        QVERIFY(store.onStore<bool>([](LocalStore* db) {
            return bool(
                desktop::money::MoneyPullApplier(db->database())
                    .apply(testing::kTestOrgId, {{"entity", "number_block"},
                                                 {"id", kBlockId},
                                                 {"version", 1},
                                                 {"values", {{"first", 41}, {"count", 10}}}}));
        }));
        table->selectRow(0);
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, InvoiceListModel::Status).data().toString(),
                                  QStringLiteral("Issued"), kWaitMs);
        QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(),
                 QStringLiteral("INV-2026-000041"));
        QVERIFY2(message->text().contains(QStringLiteral("INV-2026-000041")),
                 qPrintable(message->text()));
        QCOMPARE(model.index(0, InvoiceListModel::Balance).data().toString(),
                 QStringLiteral("$114.98"));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("ageingCurrentLabel"))->text(),
                 QStringLiteral("$114.98"));
        QCOMPARE(total->text(), QStringLiteral("$114.98"));

        // Aged on a later day, the same balance moves to the 61–90 column.
        page.service().setAgeingDate(QDate(2027, 1, 25));
        page.service().reload();
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&page, QStringLiteral("ageing61to90Label"))->text(),
                                  QStringLiteral("$114.98"), kWaitMs);
        QCOMPARE(child<QLabel>(&page, QStringLiteral("ageingCurrentLabel"))->text(),
                 QStringLiteral("$0.00"));
        page.service().setAgeingDate(QDate(2026, 11, 26));
        page.service().reload();
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(&page, QStringLiteral("ageingCurrentLabel"))->text(),
            QStringLiteral("$114.98"), kWaitMs);

        // The issued invoice as a PDF (in French: a Québec supply), read back with pdftotext.
        QTemporaryDir pdfDir;
        const QString pdfPath = pdfDir.filePath(QStringLiteral("INV-2026-000041.pdf"));
        page.exportSelectedTo(pdfPath);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(pdfPath), kWaitMs);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const QString& expected :
             {QStringLiteral("Facture INV-2026-000041"), QStringLiteral("Northside Studios"),
              QStringLiteral("Client: Élodie Tremblay"), QStringLiteral("TPS 5 %"),
              QStringLiteral("TVQ 9,975 %"), QStringLiteral("114,98")}) {
            QVERIFY2(pdf.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in ") + pdf));
        }

        // A $50 e-transfer: the dialog refuses more than the balance, then records it.
        table->selectRow(0);
        QVERIFY(pay->isEnabled());
        QTest::mouseClick(pay, Qt::LeftButton);
        auto* dialog = page.findChild<PaymentDialog*>(QStringLiteral("paymentDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWaitMs);
        auto* amount = child<QLineEdit>(dialog, QStringLiteral("paymentAmountEdit"));
        auto* record = child<QPushButton>(dialog, QStringLiteral("paymentRecordButton"));
        QCOMPARE(amount->text(), QStringLiteral("$114.98"));
        amount->setText(QStringLiteral("200"));
        QVERIFY(!record->isEnabled());
        amount->setText(QStringLiteral("50.00"));
        QVERIFY(record->isEnabled());
        auto* method = child<QComboBox>(dialog, QStringLiteral("paymentMethodCombo"));
        method->setCurrentIndex(1);
        QCOMPARE(dialog->method(), InvoicesService::PaymentMethod::ETransfer);
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, InvoiceListModel::Balance).data().toString(),
                                  QStringLiteral("$64.98"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(&page, QStringLiteral("ageingCurrentLabel"))->text(),
            QStringLiteral("$64.98"), kWaitMs);
        QCOMPARE(total->text(), QStringLiteral("$64.98"));
        const std::string storedMethod = store.onStore<std::string>([invoiceId](LocalStore* db) {
            auto payments = desktop::money::InvoiceQueries(db->database()).paymentsOf(invoiceId);
            return payments && payments->size() == 1
                       ? payments->front().values.value("method", std::string())
                       : std::string();
        });
        QCOMPARE(QString::fromStdString(storedMethod), QStringLiteral("e_transfer"));

        // A credit note for the rest: it takes the next number and nothing is due any more.
        QTRY_VERIFY_WITH_TIMEOUT(credit->isEnabled(), kWaitMs);
        QTest::mouseClick(credit, Qt::LeftButton);
        auto* confirm = page.findChild<CreditNoteDialog*>(QStringLiteral("creditNoteDialog"));
        QVERIFY(confirm);
        QCOMPARE(child<QLabel>(confirm, QStringLiteral("creditAmountLabel"))->text(),
                 QStringLiteral("Credit note total, taxes included: $114.98"));
        QVERIFY(!confirm->creditedLines()); // every line in full
        QTest::mouseClick(child<QPushButton>(confirm, QStringLiteral("creditNoteConfirmButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(total->text(), QStringLiteral("$0.00"), kWaitMs);
        QCOMPARE(model.index(1, InvoiceListModel::Number).data().toString(),
                 QStringLiteral("CN-2026-000042 (credit note)"));

        // The status filter keeps only drafts: none left.
        auto* filter = child<QComboBox>(&page, QStringLiteral("invoiceStatusFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("draft")));
        QCOMPARE(model.rowCount(), 0);
        filter->setCurrentIndex(filter->findData(QStringLiteral("issued")));
        QCOMPARE(model.rowCount(), 2);
    }

    void partialCreditVoidAndRedraftFromThePage()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        struct Seeded {
            std::string credited, draft, voided;
        };
        const Seeded ids = store.onStore<Seeded>([](LocalStore* db) {
            auto client = LocalChanges(db->database())
                              .add("client", testing::kTestOrgId,
                                   {{"first_name", "Élodie"}, {"last_name", "Tremblay"}});
            if (!client ||
                !desktop::money::MoneyPullApplier(db->database())
                     .apply(testing::kTestOrgId, {{"entity", "number_block"},
                                                  {"id", kBlockId},
                                                  {"version", 1},
                                                  {"values", {{"first", 41}, {"count", 10}}}})) {
                return Seeded{};
            }
            desktop::money::InvoiceOperations money(db->database());
            nlohmann::json threeSessions = quebecDraft(*client, "2026-11-20");
            threeSessions["lines"][0]["quantity"] = 3;
            threeSessions["lines"][0]["unit_price_cents"] = 5000;
            auto credited = money.draft(testing::kTestOrgId, threeSessions);
            auto draft = money.draft(testing::kTestOrgId, quebecDraft(*client, "2026-11-21"));
            auto voided = money.draft(testing::kTestOrgId, quebecDraft(*client, "2026-11-22"));
            if (!credited || !draft || !voided || !money.issue(*credited) ||
                !money.issue(*voided)) {
                return Seeded{};
            }
            return Seeded{*credited, *draft, *voided};
        });
        QVERIFY(!ids.voided.empty());

        InvoicesPage page(store.context());
        page.resize(1000, 500);
        page.show();
        auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
        const QAbstractItemModel& model = *table->model();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kWaitMs);
        auto* credit = child<QAbstractButton>(&page, QStringLiteral("creditNoteButton"));
        auto* voidButton = child<QAbstractButton>(&page, QStringLiteral("voidInvoiceButton"));
        auto* edit = child<QAbstractButton>(&page, QStringLiteral("editDraftButton"));

        // Credit one of three $50 sessions: $50 + GST $2.50 + QST $4.99 (9.975% of $50).
        table->selectRow(rowOfId(model, ids.credited));
        QVERIFY(credit->isEnabled());
        QVERIFY(!edit->isEnabled());
        QTest::mouseClick(credit, Qt::LeftButton);
        auto* dialog = page.findChild<CreditNoteDialog*>(QStringLiteral("creditNoteDialog"));
        QVERIFY(dialog);
        auto* confirm = child<QPushButton>(dialog, QStringLiteral("creditNoteConfirmButton"));
        auto* amount = child<QLabel>(dialog, QStringLiteral("creditAmountLabel"));
        QCOMPARE(dialog->quantityBox(0)->maximum(), 3);
        dialog->quantityBox(0)->setValue(0);
        QVERIFY(!confirm->isEnabled());
        dialog->quantityBox(0)->setValue(1);
        QVERIFY(confirm->isEnabled());
        QCOMPARE(amount->text(), QStringLiteral("Credit note total, taxes included: $57.49"));
        QVERIFY(dialog->creditedLines().has_value());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, kWaitMs);
        // $150 + GST $7.50 + QST $14.96 = $172.46, less the $57.49 credited.
        QTRY_COMPARE_WITH_TIMEOUT(model.index(rowOfId(model, ids.credited), 0)
                                      .data(InvoiceListModel::kBalanceCentsRole)
                                      .toLongLong(),
                                  17246 - 5749, kWaitMs);
        const std::int64_t creditedQuantity = store.onStore<std::int64_t>([](LocalStore* db) {
            auto all = desktop::money::InvoiceQueries(db->database()).list();
            for (const auto& invoice : all ? *all : std::vector<desktop::money::LocalInvoice>{}) {
                if (invoice.kind() == "credit_note") {
                    return invoice.values["draft"]["lines"][0].value("quantity", std::int64_t{0});
                }
            }
            return std::int64_t{-1};
        });
        QCOMPARE(creditedQuantity, 1);

        // Void an issued invoice without payments, after confirming.
        table->selectRow(rowOfId(model, ids.voided));
        QVERIFY(voidButton->isEnabled());
        QTest::mouseClick(voidButton, Qt::LeftButton);
        auto* confirmVoid = page.findChild<QMessageBox*>(QStringLiteral("voidInvoiceConfirm"));
        QVERIFY(confirmVoid);
        QTest::mouseClick(
            child<QPushButton>(confirmVoid, QStringLiteral("voidInvoiceConfirmButton")),
            Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(rowOfId(model, ids.voided), InvoiceListModel::Status).data().toString(),
            QStringLiteral("Void"), kWaitMs);
        QCOMPARE(model.index(rowOfId(model, ids.voided), 0)
                     .data(InvoiceListModel::kBalanceCentsRole)
                     .toLongLong(),
                 0);
        table->selectRow(rowOfId(model, ids.voided));
        QVERIFY(!voidButton->isEnabled());
        QVERIFY(!credit->isEnabled());

        // Redraft: the draft opens filled in; two sessions instead of one replace it in place.
        table->selectRow(rowOfId(model, ids.draft));
        QVERIFY(edit->isEnabled());
        QVERIFY(!voidButton->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto* editor = page.findChild<NewInvoiceDialog*>(QStringLiteral("newInvoiceDialog"));
        QVERIFY(editor);
        QCOMPARE(editor->editedDraftId(), QString::fromStdString(ids.draft));
        auto* lines = child<QTableWidget>(editor, QStringLiteral("invoiceLinesTable"));
        QTRY_COMPARE_WITH_TIMEOUT(lines->item(0, NewInvoiceDialog::UnitPrice)->text(),
                                  QStringLiteral("$100.00"), kWaitMs);
        QCOMPARE(child<QComboBox>(editor, QStringLiteral("invoiceLocationCombo"))->currentText(),
                 QStringLiteral("Northside Plateau"));
        QCOMPARE(child<QLabel>(editor, QStringLiteral("invoiceTotalLabel"))->text(),
                 QStringLiteral("$114.98"));
        child<QSpinBox>(editor, QStringLiteral("invoiceLineQuantity0"))->setValue(2);
        QCOMPARE(child<QLabel>(editor, QStringLiteral("invoiceTotalLabel"))->text(),
                 QStringLiteral("$229.95"));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveDraftButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(rowOfId(model, ids.draft), InvoiceListModel::Total).data().toString(),
            QStringLiteral("$229.95"), kWaitMs);
        QCOMPARE(model.rowCount(), 4); // replaced, not added
        QCOMPARE(model.index(rowOfId(model, ids.draft), InvoiceListModel::Status).data().toString(),
                 QStringLiteral("Draft"));
    }

    void newInvoiceOffersEachCompletedSessionOnce()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        store.context().settings.setDefaultSessionPriceCents(8500);
        // Completed sessions (UTC; the locations are in Toronto time, UTC-5 in November), one
        // scheduled, one on a live draft and one on a void invoice.
        QVERIFY(store.onStore<bool>([](LocalStore* db) {
            LocalChanges changes(db->database());
            auto client = changes.add("client", testing::kTestOrgId,
                                      {{"first_name", "Élodie"}, {"last_name", "Tremblay"}});
            if (!client) {
                return false;
            }
            const auto session = [&](const std::string& location, const char* start,
                                     const char* end, const char* status) {
                return changes
                    .add("session", testing::kTestOrgId,
                         {{"client_id", *client},
                          {"location_id", location},
                          {"trainer_id", "01900000-0000-7000-8000-00000000000e"},
                          {"starts_at", start},
                          {"ends_at", end},
                          {"status", status}})
                    .ok();
            };
            desktop::money::InvoiceOperations money(db->database());
            nlohmann::json invoiced = quebecDraft(*client, "2026-11-10");
            invoiced["lines"][0]["description"] =
                "Training session 2026-11-10 09:00, Northside Plateau";
            nlohmann::json voided = quebecDraft(*client, "2026-11-05");
            voided["lines"][0]["description"] =
                "Training session 2026-11-05 09:00, Northside Plateau";
            auto voidedId = money.draft(testing::kTestOrgId, voided);
            return session(testing::kTestLocationId, "2026-11-20T14:00:00Z", "2026-11-20T15:00:00Z",
                           "completed") &&
                   session(testing::kOtherLocationId, "2026-11-18T15:00:00Z",
                           "2026-11-18T16:00:00Z", "completed") &&
                   session(testing::kTestLocationId, "2026-11-25T14:00:00Z", "2026-11-25T15:00:00Z",
                           "scheduled") &&
                   session(testing::kTestLocationId, "2026-11-10T14:00:00Z", "2026-11-10T15:00:00Z",
                           "completed") &&
                   session(testing::kTestLocationId, "2026-11-05T14:00:00Z", "2026-11-05T15:00:00Z",
                           "completed") &&
                   money.draft(testing::kTestOrgId, invoiced) && voidedId &&
                   desktop::money::MoneyPullApplier(db->database())
                       .apply(testing::kTestOrgId, {{"entity", "number_block"},
                                                    {"id", kBlockId},
                                                    {"version", 1},
                                                    {"values", {{"first", 41}, {"count", 10}}}}) &&
                   money.issue(*voidedId) && money.voidInvoice(*voidedId);
        }));

        InvoicesPage page(store.context());
        page.show();
        auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, kWaitMs);
        QTest::mouseClick(child<QAbstractButton>(&page, QStringLiteral("newInvoiceButton")),
                          Qt::LeftButton);
        auto* dialog = page.findChild<NewInvoiceDialog*>(QStringLiteral("newInvoiceDialog"));
        QVERIFY(dialog);
        const QPointer<NewInvoiceDialog> firstDialog(dialog);
        auto* sessions = child<QListWidget>(dialog, QStringLiteral("invoiceSessionsList"));
        QTRY_COMPARE_WITH_TIMEOUT(sessions->count(), 3, kWaitMs);
        QStringList offered;
        for (int row = 0; row < sessions->count(); ++row) {
            offered << sessions->item(row)->text();
        }
        offered.sort();
        QCOMPARE(
            offered,
            QStringList({QStringLiteral("Training session 2026-11-05 09:00, Northside Plateau"),
                         QStringLiteral("Training session 2026-11-18 10:00, Northside Annex"),
                         QStringLiteral("Training session 2026-11-20 09:00, Northside Plateau")}));

        // Two sessions become two lines at the default price; the empty first line goes.
        for (int row = 0; row < sessions->count(); ++row) {
            if (!sessions->item(row)->text().contains(QStringLiteral("2026-11-05"))) {
                sessions->item(row)->setCheckState(Qt::Checked);
            }
        }
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addSessionLinesButton")),
                          Qt::LeftButton);
        auto* lines = child<QTableWidget>(dialog, QStringLiteral("invoiceLinesTable"));
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->item(0, NewInvoiceDialog::UnitPrice)->text(), QStringLiteral("$85.00"));
        QCOMPARE(sessions->count(), 1); // not offered twice on the same invoice
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("invoiceSubtotalLabel"))->text(),
                 QStringLiteral("$170.00"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveDraftButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kWaitMs);

        // The saved dialog closes and is deleted; wait on a guarded pointer: the next
        // dialog may be allocated at the freed address, so comparing raw pointers proves nothing.
        QTRY_VERIFY_WITH_TIMEOUT(firstDialog.isNull(), kWaitMs);
        // A new invoice offers only the session nobody has invoiced (the void one's).
        QTest::mouseClick(child<QAbstractButton>(&page, QStringLiteral("newInvoiceButton")),
                          Qt::LeftButton);
        NewInvoiceDialog* second = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (second = page.findChild<NewInvoiceDialog*>(QStringLiteral("newInvoiceDialog"))),
            kWaitMs);
        auto* offeredAgain = child<QListWidget>(second, QStringLiteral("invoiceSessionsList"));
        QTRY_COMPARE_WITH_TIMEOUT(offeredAgain->count(), 1, kWaitMs);
        QCOMPARE(offeredAgain->item(0)->text(),
                 QStringLiteral("Training session 2026-11-05 09:00, Northside Plateau"));
        second->reject();
    }

    void settingsGroupShowsTheNextNumberAndItsBlock()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        TaxInvoicingGroup group(store.context());
        group.show();
        auto* numbering = child<QLabel>(&group, QStringLiteral("invoiceNumberingLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(
            numbering->text().contains(QStringLiteral("Northside Studios: no invoice numbers")),
            kWaitMs);

        // A block of ten from 41, then one invoice issued from it.
        QVERIFY(store.onStore<bool>([](LocalStore* db) {
            auto client = LocalChanges(db->database())
                              .add("client", testing::kTestOrgId,
                                   {{"first_name", "Élodie"}, {"last_name", "Tremblay"}});
            desktop::money::InvoiceOperations money(db->database());
            auto id = client ? money.draft(testing::kTestOrgId, quebecDraft(*client, "2026-11-20"))
                             : fitflow::Result<std::string>(client.error());
            return id &&
                   desktop::money::MoneyPullApplier(db->database())
                       .apply(testing::kTestOrgId, {{"entity", "number_block"},
                                                    {"id", kBlockId},
                                                    {"version", 1},
                                                    {"values", {{"first", 41}, {"count", 10}}}}) &&
                   money.issue(*id);
        }));
        store.events().notifyChanged(QStringLiteral("invoice"));
        const QString year = QString::number(QDate::currentDate().year());
        QTRY_COMPARE_WITH_TIMEOUT(numbering->text(),
                                  QStringLiteral("Northside Studios: next INV-%1-000042 (block "
                                                 "41–50), 9 left")
                                      .arg(year),
                                  kWaitMs);
    }
};

QTEST_MAIN(TestInvoicesPage)
#include "TestInvoicesPage.moc"
