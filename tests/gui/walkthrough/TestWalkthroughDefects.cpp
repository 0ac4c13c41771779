// More defects the keyboard-only walkthrough of issue 6 found (session 7, fixed by engineer W8),
// each checked the way a user meets it, by object name against a real encrypted store:
// - the note dialog offered Alt+R for both "Redo" and "Resolve conflict...";
// - exports proposed a bare file name or the home folder, not the Documents folder;
// - the Manager view showed times with seconds ("13:30:00–14:30:00" in the C locale run.sh
//   starts with), an invoice settled outside the app (the demo's "paid") by its raw status, and
//   "Paid $0.00" for it (no payment rows came with it);
// - New invoice claimed GST/HST and QST registration for an organization with no numbers, and
//   issued it so (the PDF charged GST without a number).

#include "desktop/core/account/ProfileService.h"
#include "desktop/core/invoices/InvoiceListModel.h"
#include "desktop/core/manager/OrganizationInvoiceModel.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "desktop/ui/invoices/InvoicesPage.h"
#include "desktop/ui/invoices/NewInvoiceDialog.h"
#include "desktop/ui/manager/ManagerPage.h"
#include "desktop/ui/notes/NoteEditorDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/clients/ClientsTestStore.h"
#include "tests/gui/manager/ManagerTestStore.h"
#include "tests/gui/quality/AccessibilityProbe.h"
#include "tests/gui/quality/ColumnFit.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QtGlobal>

#include <map>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::child;
using fitflow::desktop::testing::ClientsTestStore;

namespace {

constexpr int kWaitMs = 20000;

// Sets an environment variable for one test and puts the old value back after.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }
    ~ScopedEnv()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

// Triggers `action`, and returns the file the save dialog it opens proposes (then cancels it).
QString proposedSavePath(QAction* action)
{
    QString proposed;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&proposed, &poll] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            poll.stop();
            proposed = dialog->selectedFiles().value(0);
            dialog->reject();
        }
    });
    poll.start();
    action->trigger(); // the dialog's own event loop runs the poll
    return proposed;
}

} // namespace

class TestWalkthroughDefects : public QObject {
    Q_OBJECT

private slots:
    void noteDialogNeverRepeatsAnAccelerator()
    {
        ClientsTestStore store;
        QVERIFY(store.open());
        NoteEditorDialog editor(store.context());
        editor.show();
        // Every button, box and buddy label the dialog can show, also those shown only in some
        // states (Resolve conflict for a conflicting note, the amendments of a signed one).
        std::map<QString, QStringList> byKey;
        int texts = 0;
        for (QWidget* widget : editor.findChildren<QWidget*>()) {
            QString text;
            if (const auto* tool = qobject_cast<const QToolButton*>(widget);
                tool && tool->defaultAction()) {
                // A tool button shows its action's text without the '&' (Qt's icon text), but
                // the action's text is the accelerator the dialog declares (and translators see).
                text = tool->defaultAction()->text();
            } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
                text = button->text();
            } else if (const auto* label = qobject_cast<const QLabel*>(widget);
                       label && label->buddy()) {
                text = label->text();
            } else if (const auto* box = qobject_cast<const QGroupBox*>(widget)) {
                text = box->title();
            }
            if (const QString key = testing::acceleratorOf(text); !key.isEmpty()) {
                byKey[key].append(QString(text).remove(u'&'));
                ++texts;
            }
        }
        QVERIFY(texts >= 6); // Undo, Redo, Shared, Resolve, Sign, Add amendment
        const QStringList clashes = testing::clashingAccelerators(QStringLiteral("note"), byKey);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QStringLiteral("one Alt+letter for several controls:\n  ") +
                            clashes.join(QStringLiteral("\n  "))));
    }

    void invoicePdfIsProposedInTheDocumentsFolder()
    {
        ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(store.onStore<bool>([](LocalStore* db) {
            auto client = LocalChanges(db->database())
                              .add("client", testing::kTestOrgId,
                                   {{"first_name", "Élodie"}, {"last_name", "Tremblay"}});
            if (!client) {
                return false;
            }
            desktop::money::InvoiceOperations invoices(db->database());
            auto draft =
                invoices.draft(testing::kTestOrgId,
                               fitflow::test::quebecSampleDraft(
                                   {.clientId = *client, .locationId = testing::kTestLocationId}));
            return draft &&
                   desktop::money::MoneyPullApplier(db->database())
                       .apply(testing::kTestOrgId, {{"entity", "number_block"},
                                                    {"id", "01900000-0000-7000-8000-0000000000d4"},
                                                    {"version", 1},
                                                    {"values", {{"first", 41}, {"count", 10}}}}) &&
                   invoices.issue(*draft);
        }));

        // A fresh home folder: no XDG user-dirs file, so Documents is <home>/Documents.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const ScopedEnv homeVar("HOME", home.path().toLocal8Bit());
        const ScopedEnv configVar("XDG_CONFIG_HOME",
                                  home.filePath(QStringLiteral(".config")).toLocal8Bit());
        const ScopedEnv documentsVar("XDG_DOCUMENTS_DIR", QByteArray());

        InvoicesPage page(store.context());
        page.show();
        auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
        table->selectRow(0);
        auto* exportPdf = page.findChild<QAction*>(QStringLiteral("exportInvoicePdfAction"));
        QVERIFY(exportPdf);
        QTRY_VERIFY_WITH_TIMEOUT(exportPdf->isEnabled(), kWaitMs);

        QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Documents")));
        QCOMPARE(proposedSavePath(exportPdf),
                 home.filePath(QStringLiteral("Documents/INV-2026-000041.pdf")));

        // Without a Documents folder, the home folder.
        QVERIFY(QDir(home.path()).rmdir(QStringLiteral("Documents")));
        QCOMPARE(proposedSavePath(exportPdf), home.filePath(QStringLiteral("INV-2026-000041.pdf")));
    }

    void managerViewShowsMinutesAndSettledInvoices()
    {
        // run.sh starts the app in the C locale, whose short time format has seconds.
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        const auto restoreLocale = qScopeGuard([before] { QLocale::setDefault(before); });

        ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(testing::seedStudio(store, "manager"));
        // An invoice settled outside the app, as the demo data's pull brings it: status "paid",
        // no payment rows, so nothing summed as paid and no balance.
        const std::string settledId = "01900000-0000-7000-8000-00000000e0f1";
        QVERIFY(store.onStore<bool>([settledId](LocalStore* db) {
            nlohmann::json values = testing::invoiceValues("", "", "INV-2026-000005", 0);
            values["status"] = "paid";
            values["balance_cents"] = 0;
            return desktop::money::MoneyPullApplier(db->database())
                .apply(
                    testing::kTestOrgId,
                    {{"entity", "invoice"}, {"id", settledId}, {"version", 5}, {"values", values}})
                .ok();
        }));

        ProfileService profile(store.session());
        ManagerPage page(store.context(), profile);
        page.showWeekOf(QDate(2026, 11, 24));
        page.resize(1000, 700);
        page.show();

        auto* schedule = child<QTableView>(&page, QStringLiteral("managerScheduleTable"));
        QTRY_COMPARE_WITH_TIMEOUT(schedule->model()->columnCount(), 2, kWaitMs);
        QStringList cells;
        for (int row = 0; row < schedule->model()->rowCount(); ++row) {
            for (int column = 0; column < schedule->model()->columnCount(); ++column) {
                cells.append(schedule->model()->index(row, column).data().toString());
            }
        }
        const QString shown = cells.join(u'\n');
        QVERIFY2(
            shown.contains(QRegularExpression(QStringLiteral("\\b\\d\\d:\\d\\d–\\d\\d:\\d\\d "))),
            qPrintable(shown));
        QVERIFY2(!shown.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))),
                 qPrintable(shown));

        auto* invoices = child<QTableView>(&page, QStringLiteral("managerInvoiceTable"));
        QTRY_COMPARE_WITH_TIMEOUT(invoices->model()->rowCount(), 3, kWaitMs);
        int settled = -1;
        for (int row = 0; row < invoices->model()->rowCount(); ++row) {
            if (invoices->model()
                    ->index(row, 0)
                    .data(OrganizationInvoiceModel::kIdRole)
                    .toString() == QString::fromStdString(settledId)) {
                settled = row;
            }
        }
        QVERIFY(settled >= 0);
        const auto cell = [&](int column) {
            return invoices->model()->index(settled, column).data().toString();
        };
        QCOMPARE(cell(OrganizationInvoiceModel::Status), QStringLiteral("Paid"));
        QCOMPARE(cell(OrganizationInvoiceModel::Total), QStringLiteral("$114.98"));
        QCOMPARE(cell(OrganizationInvoiceModel::Paid), QStringLiteral("$114.98"));
        QCOMPARE(cell(OrganizationInvoiceModel::Balance), QStringLiteral("$0.00"));
    }

    void newInvoiceFollowsTheOrganizationsRegistrations()
    {
        ClientsTestStore store;
        QVERIFY(store.open());
        // The organization as the pull brings Alex Rivera Coaching: no registration numbers.
        const auto setNumbers = [&store](const char* gstHst, const char* qst) {
            return store.onStore<bool>([gstHst, qst](LocalStore* db) {
                nlohmann::json values{{"name", "Northside Studios"}, {"kind", "studio"}};
                values["gst_hst_number"] = gstHst ? nlohmann::json(gstHst) : nlohmann::json();
                values["qst_number"] = qst ? nlohmann::json(qst) : nlohmann::json();
                return EntityRepository(db->database())
                    .savePlainRow(*findSyncedEntity("organization"),
                                  {testing::kTestOrgId, testing::kTestOrgId, values})
                    .ok();
            });
        };
        QVERIFY(setNumbers(nullptr, nullptr));
        QVERIFY(store.onStore<bool>([](LocalStore* db) {
            return LocalChanges(db->database())
                .add("client", testing::kTestOrgId,
                     {{"first_name", "Élodie"}, {"last_name", "Tremblay"}})
                .ok();
        }));
        const auto invoicesStored = [&store] {
            return store.onStore<int>([](LocalStore* db) {
                QSqlQuery query(db->database());
                return query.exec(QStringLiteral("SELECT COUNT(*) FROM money_invoices")) &&
                               query.next()
                           ? query.value(0).toInt()
                           : -1;
            });
        };

        {
            NewInvoiceDialog dialog(store.context());
            dialog.show();
            auto* client = child<QComboBox>(&dialog, QStringLiteral("invoiceClientCombo"));
            QTRY_COMPARE_WITH_TIMEOUT(client->count(), 1, kWaitMs);
            auto* gstHst = child<QCheckBox>(&dialog, QStringLiteral("invoiceGstHstCheck"));
            auto* qst = child<QCheckBox>(&dialog, QStringLiteral("invoiceQstCheck"));
            QVERIFY(!gstHst->isChecked());
            QVERIFY(!qst->isChecked());
            auto* location = child<QComboBox>(&dialog, QStringLiteral("invoiceLocationCombo"));
            location->setCurrentIndex(location->findText(QStringLiteral("Northside Plateau")));
            child<QTableWidget>(&dialog, QStringLiteral("invoiceLinesTable"))
                ->item(0, NewInvoiceDialog::UnitPrice)
                ->setText(QStringLiteral("50.00"));
            QCOMPARE(child<QLabel>(&dialog, QStringLiteral("invoiceTotalLabel"))->text(),
                     QStringLiteral("$50.00"));

            // Claiming a registration without its number: issuing is refused, nothing written.
            gstHst->setChecked(true);
            auto* issue = child<QPushButton>(&dialog, QStringLiteral("issueNewInvoiceButton"));
            QVERIFY(issue->isEnabled());
            QTest::mouseClick(issue, Qt::LeftButton);
            auto* problem = child<QLabel>(&dialog, QStringLiteral("invoiceProblemLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(
                problem->text().contains(QStringLiteral("no GST/HST registration number")),
                kWaitMs);
            QCOMPARE(invoicesStored(), 0);
            QVERIFY(dialog.isVisible());
            gstHst->setChecked(false);
            qst->setChecked(true);
            QTest::mouseClick(issue, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                problem->text().contains(QStringLiteral("no QST registration number")), kWaitMs);
            QCOMPARE(invoicesStored(), 0);

            // Kept as a draft, it cannot be issued from the Invoices list either.
            QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveDraftButton")),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(invoicesStored(), 1, kWaitMs);
        }
        {
            InvoicesPage page(store.context());
            page.show();
            auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
            QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
            table->selectRow(0);
            auto* issue = page.findChild<QAction*>(QStringLiteral("issueInvoiceAction"));
            QTRY_VERIFY_WITH_TIMEOUT(issue->isEnabled(), kWaitMs);
            issue->trigger();
            auto* message = child<QLabel>(&page, QStringLiteral("invoiceMessageLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(
                message->text().contains(QStringLiteral("no QST registration number")), kWaitMs);
            QCOMPARE(table->model()->index(0, InvoiceListModel::Status).data().toString(),
                     QStringLiteral("Draft"));
        }

        // With numbers on record, the supplier is registered by default.
        QVERIFY(setNumbers("123456789RT0001", "1234567890TQ0001"));
        NewInvoiceDialog dialog(store.context());
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QComboBox>(&dialog, QStringLiteral("invoiceClientCombo"))->count(), 1, kWaitMs);
        QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("invoiceGstHstCheck"))->isChecked());
        QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("invoiceQstCheck"))->isChecked());
    }

    // Session 8 walkthrough: "Add line" left the focus on the button, so a keyboard user had to
    // find the new line in the table before typing its description.
    void addLineTakesTheKeyboardToTheNewLine()
    {
        ClientsTestStore store;
        QVERIFY(store.open());
        NewInvoiceDialog dialog(store.context());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* lines = child<QTableWidget>(&dialog, QStringLiteral("invoiceLinesTable"));
        const int before = lines->rowCount();
        auto* addLine = child<QPushButton>(&dialog, QStringLiteral("addInvoiceLineButton"));
        addLine->setFocus(Qt::TabFocusReason);
        QTest::keyClick(addLine, Qt::Key_Space);
        QCOMPARE(lines->rowCount(), before + 1);
        QCOMPARE(lines->currentRow(), before);
        QCOMPARE(lines->currentColumn(), static_cast<int>(NewInvoiceDialog::Description));
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor != nullptr);
        QVERIFY(lines->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Program design"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the editor's text once the event loop runs.
        QTRY_COMPARE_WITH_TIMEOUT(lines->item(before, NewInvoiceDialog::Description)->text(),
                                  QStringLiteral("Program design"), kWaitMs);
    }

    // Session 8 walkthrough: after a full credit note the Invoices list at its usual width cut
    // the Balance column's "Credit $333.43" (the credit note's number widened its own column).
    void invoiceCreditBalanceIsShownWhole()
    {
        ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(testing::seedStudio(store, "trainer"));
        QVERIFY(store.onStore<bool>([](LocalStore* db) {
            nlohmann::json paid = testing::invoiceValues("", "", "INV-2026-000001", 11498);
            paid["credited_cents"] = 11498;
            nlohmann::json credit = testing::invoiceValues("", "", "CN-2026-000002", 0);
            credit["kind"] = "credit_note";
            credit["original_invoice_id"] = "01900000-0000-7000-8000-00000000e0f2";
            desktop::money::MoneyPullApplier applier(db->database());
            return applier
                       .apply(testing::kTestOrgId, {{"entity", "invoice"},
                                                    {"id", "01900000-0000-7000-8000-00000000e0f2"},
                                                    {"version", 1},
                                                    {"values", paid}})
                       .ok() &&
                   applier
                       .apply(testing::kTestOrgId, {{"entity", "invoice"},
                                                    {"id", "01900000-0000-7000-8000-00000000e0f3"},
                                                    {"version", 1},
                                                    {"values", credit}})
                       .ok();
        }));
        InvoicesPage page(store.context());
        page.resize(780, 600); // the page's width in the main window's default size
        page.show();
        auto* table = child<QTableView>(&page, QStringLiteral("invoiceTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 2, kWaitMs);
        QStringList balances;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            balances << table->model()->index(row, InvoiceListModel::Balance).data().toString();
        }
        QVERIFY2(balances.contains(QStringLiteral("Credit $114.98")),
                 qPrintable(balances.join(QLatin1Char('|'))));
        QTest::qWait(50); // the header settles after the reset
        for (const int column : {InvoiceListModel::Total, InvoiceListModel::Balance}) {
            const QString problem =
                testing::columnFitProblem(*table, *table->horizontalHeader(), column);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
};

QTEST_MAIN(TestWalkthroughDefects)
#include "TestWalkthroughDefects.moc"
