// A client's credit, visible and refunded (issue 6 parts 4 and 6), over a real encrypted store:
// an invoice paid in full in cash and then credited in full shows "Credit $114.98" in the
// Invoices list (not a negative amount owed, and not receivable); Refund… opens the dialog with
// the payment and its limit, refuses more, and records a refund offline that lowers the credit.
// The client's history and profile line say "Credit: $…". Models run under
// QAbstractItemModelTester.

#include "../GuiTestSupport.h"
#include "../clients/ClientsTestStore.h"
#include "desktop/core/clients/ClientHistoryModel.h"
#include "desktop/core/invoices/InvoiceListModel.h"
#include "desktop/core/invoices/InvoicesService.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "desktop/ui/clients/ClientsPage.h"
#include "desktop/ui/invoices/InvoicesPage.h"
#include "desktop/ui/invoices/RefundDialog.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::child;

namespace {

constexpr int kWaitMs = 15000;
const std::string kBlockId = "01900000-0000-7000-8000-0000000000d7";

struct PaidThenCredited {
    std::string invoiceId;
    std::string paymentId;
};

// A $114.98 Québec invoice, paid in full in cash, then credited in full, all offline.
PaidThenCredited paidThenCredited(testing::ClientsTestStore& store)
{
    return store.onStore<PaidThenCredited>([](LocalStore* db) {
        auto client = LocalChanges(db->database())
                          .add("client", testing::kTestOrgId,
                               {{"first_name", "Élodie"}, {"last_name", "Tremblay"}});
        const auto received =
            desktop::money::MoneyPullApplier(db->database())
                .apply(testing::kTestOrgId, {{"entity", "number_block"},
                                             {"id", kBlockId},
                                             {"version", 1},
                                             {"values", {{"first", 41}, {"count", 10}}}});
        desktop::money::InvoiceOperations operations(db->database());
        if (!client || !received) {
            return PaidThenCredited{};
        }
        auto invoice = operations.draft(
            testing::kTestOrgId,
            fitflow::test::quebecSampleDraft({.clientId = *client,
                                              .locationId = testing::kTestLocationId,
                                              .taxPointDate = "2026-10-01"}));
        if (!invoice || !operations.issue(*invoice)) {
            return PaidThenCredited{};
        }
        auto payment = operations.recordPayment(
            *invoice, {{"amount_cents", 11498}, {"method", "cash"}, {"received_on", "2026-10-03"}});
        if (!payment || !operations.creditNote(*invoice)) {
            return PaidThenCredited{};
        }
        return PaidThenCredited{*invoice, *payment};
    });
}

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

} // namespace

class TestRefundDialog : public QObject {
    Q_OBJECT

private slots:
    void anOverpaidInvoiceIsTheClientsCreditAndIsRefundedFromThePage()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        const PaidThenCredited made = paidThenCredited(store);
        QVERIFY(!made.paymentId.empty());

        InvoicesPage page(store.context());
        page.service().setAgeingDate(QDate(2026, 12, 20)); // 80 days: overdue if it were owed
        page.resize(900, 500);
        page.show();
        auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, kWaitMs);
        const QAbstractItemModel& model = *table->model();
        const int row = rowOfId(model, made.invoiceId);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, InvoiceListModel::Balance).data().toString(),
                 QStringLiteral("Credit $114.98"));
        QCOMPARE(model.index(row, 0).data(InvoiceListModel::kCreditCentsRole).toLongLong(), 11498);
        QCOMPARE(model.index(row, 0).data(InvoiceListModel::kBalanceCentsRole).toLongLong(), 0);
        // A credit is neither owed nor overdue.
        QCOMPARE(child<QLabel>(&page, QStringLiteral("ageingTotalLabel"))->text(),
                 QStringLiteral("$0.00"));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("ageing61to90Label"))->text(),
                 QStringLiteral("$0.00"));

        auto* refund = child<QAbstractButton>(&page, QStringLiteral("refundPaymentButton"));
        QVERIFY(!refund->isEnabled());
        table->selectRow(1 - row); // the credit note: nothing to refund there
        QVERIFY(!refund->isEnabled());
        table->selectRow(row);
        QVERIFY(refund->isEnabled());
        QTest::mouseClick(refund, Qt::LeftButton);
        auto* dialog = page.findChild<RefundDialog*>(QStringLiteral("refundDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWaitMs);
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("refundCreditLabel"))->text(),
                 QStringLiteral("$114.98"));
        auto* payment = child<QComboBox>(dialog, QStringLiteral("refundPaymentCombo"));
        QCOMPARE(payment->count(), 1);
        QCOMPARE(dialog->paymentId(), QString::fromStdString(made.paymentId));
        auto* amount = child<QLineEdit>(dialog, QStringLiteral("refundAmountEdit"));
        auto* record = child<QPushButton>(dialog, QStringLiteral("refundRecordButton"));
        auto* problem = child<QLabel>(dialog, QStringLiteral("refundProblemLabel"));
        QCOMPARE(amount->text(), QStringLiteral("$114.98"));
        QVERIFY(record->isEnabled());
        amount->setText(QStringLiteral("114.99"));
        QVERIFY(!record->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("$114.98")), qPrintable(problem->text()));
        amount->setText(QStringLiteral("40.00"));
        QVERIFY(record->isEnabled());
        dialog->findChild<QDateEdit*>(QStringLiteral("refundDateEdit"))
            ->setDate(QDate(2026, 12, 19));
        QTest::mouseClick(record, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(
            model.index(rowOfId(model, made.invoiceId), InvoiceListModel::Balance)
                .data()
                .toString(),
            QStringLiteral("Credit $74.98"), kWaitMs);
        QVERIFY(child<QLabel>(&page, QStringLiteral("invoiceMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("Refund recorded")));
        const auto stored = store.onStore<nlohmann::json>([&made](LocalStore* db) {
            auto payments =
                desktop::money::InvoiceQueries(db->database()).paymentsOf(made.invoiceId);
            if (!payments) {
                return nlohmann::json();
            }
            for (const auto& entry : *payments) {
                if (entry.isRefund()) {
                    return entry.values;
                }
            }
            return nlohmann::json();
        });
        QCOMPARE(QString::fromStdString(stored.value("refunds_payment_id", std::string())),
                 QString::fromStdString(made.paymentId));
        QCOMPARE(stored.value("amount_cents", std::int64_t{0}), std::int64_t{4000});
        QCOMPARE(QString::fromStdString(stored.value("received_on", std::string())),
                 QStringLiteral("2026-12-19"));
    }

    void theClientsProfileShowsTheirCredit()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(!paidThenCredited(store).paymentId.empty());
        ClientsPage page(store.context());
        page.show();
        auto* table = child<QTableView>(&page, QStringLiteral("clientTable"));
        store.events().notifyChanged(QStringLiteral("client"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
        table->selectRow(0);
        auto* summary = child<QLabel>(&page, QStringLiteral("clientInvoicesSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("Credit: $114.98")),
                                 kWaitMs);
        auto* history = child<QListView>(&page, QStringLiteral("clientHistoryList"));
        QAbstractItemModelTester tester(history->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool creditShown = false;
        for (int row = 0; row < history->model()->rowCount(); ++row) {
            creditShown = creditShown || history->model()->index(row, 0).data().toString().contains(
                                             QStringLiteral("credit $114.98"));
        }
        QVERIFY(creditShown);
    }

    void theClientsHistoryAndProfileLineSayTheCredit()
    {
        ClientHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClientInvoiceRow credited{QStringLiteral("a"),
                                  QStringLiteral("INV-2026-000041"),
                                  QStringLiteral("invoice"),
                                  QStringLiteral("issued"),
                                  10000,
                                  10000,
                                  0,
                                  10000};
        model.setHistory({}, {}, {credited});
        QCOMPARE(model.rowCount(), 1);
        const QString text = model.index(0).data().toString();
        QVERIFY2(text.contains(QStringLiteral("credit $100.00")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("-$")), qPrintable(text));

        QCOMPARE(ClientHistoryModel::balanceText({-10000, 0, 10000}),
                 QStringLiteral("Credit: $100.00"));
        QCOMPARE(ClientHistoryModel::balanceText({2500, 2500, 0}), QStringLiteral("Due: $25.00"));
        QCOMPARE(ClientHistoryModel::balanceText({-7500, 2500, 10000}),
                 QStringLiteral("Credit: $75.00 ($25.00 due, $100.00 credit)"));
        QCOMPARE(ClientHistoryModel::balanceText({}), QStringLiteral("Nothing due"));
    }
};

QTEST_MAIN(TestRefundDialog)
#include "TestRefundDialog.moc"
