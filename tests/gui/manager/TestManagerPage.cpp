// The Manager view over a real encrypted store, driven by object name. Seeded as a manager's
// device: the page shows both trainers' sessions at the location the manager runs (not the other
// location's), their utilisation, the invoices to clients and the trainers' contractor invoices
// to the studio (its payables, apart) with balances, the payments, records a payment on an
// invoice to a client, and never shows note text. Seeded as a
// trainer's device: the main window has no usable Manager action. The Settings page shows the
// cached profile with its roles, offline.

#include "../GuiTestSupport.h"
#include "ManagerTestStore.h"
#include "desktop/core/account/ProfileService.h"
#include "desktop/core/manager/ManagerService.h"
#include "desktop/core/manager/OrganizationInvoiceModel.h"
#include "desktop/core/manager/TrainerWeekModel.h"
#include "desktop/core/manager/UtilisationModel.h"
#include "desktop/ui/manager/ManagerPage.h"
#include "desktop/ui/manager/ManagerWindowAction.h"
#include "desktop/ui/settings/SettingsPage.h"
#include "desktop/ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace fitflow::desktop;
using fitflow::desktop::testing::child;

namespace {

constexpr int kWaitMs = 15000;
const QDate kTuesday(2026, 11, 24);

// Sessions in every cell of the week schedule.
int sessionsShown(const QAbstractItemModel& week)
{
    int sessions = 0;
    for (int row = 0; row < week.rowCount(); ++row) {
        for (int column = 0; column < week.columnCount(); ++column) {
            sessions += week.index(row, column).data(TrainerWeekModel::kSessionCountRole).toInt();
        }
    }
    return sessions;
}

// Every text a view of `page` could show: each model's cells and headers, and each label.
QStringList everyShownText(const QWidget& page)
{
    QStringList texts;
    for (const QTableView* view : page.findChildren<QTableView*>()) {
        const QAbstractItemModel* model = view->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            texts << model->headerData(column, Qt::Horizontal).toString();
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            texts << model->headerData(row, Qt::Vertical).toString();
            for (int column = 0; column < model->columnCount(); ++column) {
                texts << model->index(row, column).data().toString()
                      << model->index(row, column).data(Qt::ToolTipRole).toString();
            }
        }
    }
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        texts << label->text();
    }
    return texts;
}

} // namespace

class TestManagerPage : public QObject {
    Q_OBJECT

private slots:
    void managerSeesBothTrainersAtTheirLocationAndNoNotes()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(testing::seedStudio(store, "manager"));
        ProfileService profile(store.session());
        ManagerPage page(store.context(), profile);
        page.showWeekOf(kTuesday);
        page.resize(1000, 700);
        page.show();

        auto* schedule = child<QTableView>(&page, QStringLiteral("managerScheduleTable"));
        auto* utilisation = child<QTableView>(&page, QStringLiteral("managerUtilisationTable"));
        auto* invoices = child<QTableView>(&page, QStringLiteral("managerInvoiceTable"));
        auto* trainerInvoices =
            child<QTableView>(&page, QStringLiteral("managerTrainerInvoiceTable"));
        auto* payments = child<QTableView>(&page, QStringLiteral("managerPaymentTable"));
        QVERIFY(schedule && utilisation && invoices && trainerInvoices && payments);
        QAbstractItemModelTester scheduleTester(
            schedule->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester utilisationTester(
            utilisation->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester invoiceTester(
            trainerInvoices->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // One column per trainer at Plateau; Annex's trainer is not there.
        const QAbstractItemModel& week = *schedule->model();
        QTRY_COMPARE_WITH_TIMEOUT(week.columnCount(), 2, kWaitMs);
        QCOMPARE(week.rowCount(), 7);
        QCOMPARE(week.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alex Rivera"));
        QCOMPARE(week.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Sam Chen"));
        QCOMPARE(sessionsShown(week), 4);
        QVERIFY(week.index(1, 0).data().toString().contains(QStringLiteral("Élodie Tremblay")));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("managerEmptyLabel"))->isVisible(), false);
        QCOMPARE(child<QComboBox>(&page, QStringLiteral("managerOrganizationCombo"))->currentText(),
                 QStringLiteral("Northside Studios"));

        // Utilisation: Alex 60 min booked (the cancelled one does not count), Sam 60 + 90.
        const QAbstractItemModel& use = *utilisation->model();
        QCOMPARE(use.rowCount(), 2);
        QCOMPARE(use.index(0, UtilisationModel::WeekBooked).data().toString(),
                 QStringLiteral("1 h"));
        QCOMPARE(use.index(0, UtilisationModel::WeekCancelled).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(use.index(1, UtilisationModel::WeekBooked).data().toString(),
                 QStringLiteral("2 h 30 min"));
        QCOMPARE(use.index(1, UtilisationModel::WeekNoShows).data().toString(),
                 QStringLiteral("1"));

        // Money: the invoices to clients (the studio's, and the one Alex billed, partly paid),
        // its payment, and Alex's contractor invoice to the studio: a payable, apart.
        QCOMPARE(invoices->model()->rowCount(), 2);
        QCOMPARE(child<QLabel>(&page, QStringLiteral("managerOutstandingLabel"))->text(),
                 QStringLiteral("Outstanding: $189.96"));
        QCOMPARE(trainerInvoices->model()->rowCount(), 1);
        const auto contractorCell = [&](int column) {
            return trainerInvoices->model()->index(0, column).data().toString();
        };
        QCOMPARE(contractorCell(OrganizationInvoiceModel::Number),
                 QStringLiteral("INV-2026-000009"));
        QCOMPARE(contractorCell(OrganizationInvoiceModel::BilledBy), QStringLiteral("Alex Rivera"));
        QCOMPARE(contractorCell(OrganizationInvoiceModel::Client),
                 QStringLiteral("Northside Plateau"));
        QCOMPARE(contractorCell(OrganizationInvoiceModel::Balance), QStringLiteral("$114.98"));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("managerTrainerOutstandingLabel"))->text(),
                 QStringLiteral("The studio owes trainers: $114.98"));
        QCOMPARE(payments->model()->rowCount(), 1);

        // A screenshot for reviewers, under the build folder.
        QVERIFY(page.grab().save(
            QDir(testing::screenshotDirectory()).filePath(QStringLiteral("manager-view.png"))));

        // Never a note: no text the page shows holds the note, or mentions notes at all.
        for (const QString& text : everyShownText(page)) {
            QVERIFY2(!text.contains(QLatin1String(testing::kSecretNoteText)), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("note"), Qt::CaseInsensitive), qPrintable(text));
        }

        // The trainer filter narrows the schedule, the utilisation and the trainers' invoices.
        auto* trainer = child<QComboBox>(&page, QStringLiteral("managerTrainerCombo"));
        QCOMPARE(trainer->count(), 3);
        trainer->setCurrentIndex(trainer->findText(QStringLiteral("Sam Chen")));
        QCOMPARE(week.columnCount(), 1);
        QCOMPARE(week.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Sam Chen"));
        QCOMPARE(use.rowCount(), 1);
        QCOMPARE(trainerInvoices->model()->rowCount(), 0);
        trainer->setCurrentIndex(0);
        QCOMPARE(week.columnCount(), 2);

        // Another week is empty; back to the seeded one.
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("managerNextWeekButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sessionsShown(week), 0, kWaitMs);
        QCOMPARE(page.weekStart(), QDate(2026, 11, 30));
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("managerPreviousWeekButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sessionsShown(week), 4, kWaitMs);

        // Mark paid (invoices to clients only: a contractor invoice's payment is recorded by its
        // trainer): enabled for the selected issued invoice with a balance; the payment goes
        // through the money operations and the balance and payments follow.
        auto* markPaid = child<QPushButton>(&page, QStringLiteral("managerMarkPaidButton"));
        QVERIFY(!markPaid->isEnabled());
        const int alexBilled = 1; // INV-2026-000008, after the studio's INV-2026-000007
        QCOMPARE(invoices->model()->index(alexBilled, 0).data(OrganizationInvoiceModel::kIdRole),
                 QVariant(QString::fromStdString(testing::kTrainerInvoiceId)));
        invoices->selectRow(alexBilled);
        QVERIFY(markPaid->isEnabled());
        QSignalSpy done(&page.service(), &ManagerService::done);
        page.service().recordPayment(QString::fromStdString(testing::kTrainerInvoiceId), 7498, true,
                                     kTuesday);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(invoices->model()
                                      ->index(alexBilled, OrganizationInvoiceModel::Balance)
                                      .data()
                                      .toString(),
                                  QStringLiteral("$0.00"), kWaitMs);
        QCOMPARE(payments->model()->rowCount(), 2);
        QCOMPARE(child<QLabel>(&page, QStringLiteral("managerOutstandingLabel"))->text(),
                 QStringLiteral("Outstanding: $114.98"));
        invoices->selectRow(alexBilled);
        QVERIFY(!markPaid->isEnabled()); // nothing left to pay
    }

    void trainerOnlyStoreHasNoManagerView()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(testing::seedStudio(store, "trainer"));
        MainWindow window(store.context());
        auto* action = child<ManagerWindowAction>(&window, QStringLiteral("managerViewAction"));
        QVERIFY(action);
        QSignalSpy finished(&action->profile(), &ProfileService::refreshFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("not_signed_in"));
        QCOMPARE(action->profile().profile().displayName, QStringLiteral("Alex Rivera"));
        QVERIFY(!action->isVisible());
        QVERIFY(!action->isEnabled());
        action->trigger();
        QVERIFY(action->page() == nullptr);
        QVERIFY(window.findChild<ManagerPage*>() == nullptr);
    }

    void managerStoreOpensTheManagerViewFromTheMenu()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(testing::seedStudio(store, "manager"));
        MainWindow window(store.context());
        window.show();
        auto* action = child<ManagerWindowAction>(&window, QStringLiteral("managerViewAction"));
        QVERIFY(action);
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible(), kWaitMs);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
        auto* viewMenu = child<QMenu>(&window, QStringLiteral("viewMenu"));
        QVERIFY(viewMenu->actions().contains(action));
        action->trigger();
        QVERIFY(action->page() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(action->page()->isVisible(), kWaitMs);
        auto* schedule = child<QTableView>(action->page(), QStringLiteral("managerScheduleTable"));
        QVERIFY(schedule);
        QVERIFY(!schedule->accessibleName().isEmpty());
        QVERIFY(action->page()->isWindow());
        action->page()->close();
    }

    void settingsShowProfileRolesAndLocationsOffline()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(testing::seedStudio(store, "manager"));
        SettingsPage page(store.context());
        page.show();
        auto* name = child<QLabel>(&page, QStringLiteral("profileNameLabel"));
        auto* email = child<QLabel>(&page, QStringLiteral("profileEmailLabel"));
        auto* state = child<QLabel>(&page, QStringLiteral("profileStateLabel"));
        auto* roles = child<QTreeWidget>(&page, QStringLiteral("profileRolesTree"));
        QVERIFY(name && email && state && roles);
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Morgan Manager"), kWaitMs);
        QCOMPARE(email->text(), QStringLiteral("manager@demo.fitflow.test"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Offline")), kWaitMs);
        QCOMPARE(roles->topLevelItemCount(), 1);
        QCOMPARE(roles->topLevelItem(0)->text(0), QStringLiteral("Northside Studios"));
        QCOMPARE(roles->topLevelItem(0)->text(1), QStringLiteral("Manager"));

        auto* tree = child<QTreeWidget>(&page, QStringLiteral("organizationsTree"));
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, kWaitMs);
        QTreeWidgetItem* studio = tree->topLevelItem(0);
        QTRY_COMPARE_WITH_TIMEOUT(studio->text(4), QStringLiteral("Manager"), kWaitMs);
        QCOMPARE(studio->childCount(), 2);
        QCOMPARE(studio->child(0)->text(1), QStringLiteral("QC"));
        QCOMPARE(studio->child(0)->text(2), QStringLiteral("America/Toronto"));
    }
};

QTEST_MAIN(TestManagerPage)
#include "TestManagerPage.moc"
