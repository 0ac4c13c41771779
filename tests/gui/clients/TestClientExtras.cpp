// Client extras on the Clients page, driven by object name against a real encrypted store:
// tags (editor, profile, list filter), consents recorded through the keyboard-reachable dialog
// (every version kept, current decision per kind), and packages with their remaining credits.
// The consent and package models run under QAbstractItemModelTester.

#include "desktop/core/clients/ClientExtrasService.h"
#include "desktop/core/clients/ClientsService.h"
#include "desktop/core/clients/PackageBooking.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/ui/clients/ClientEditorDialog.h"
#include "desktop/ui/clients/ClientsPage.h"
#include "desktop/ui/clients/ConsentDialog.h"
#include "desktop/ui/clients/PackageDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/clients/ClientsTestStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::child;
using fitflow::desktop::testing::ClientsTestStore;

namespace {

constexpr int kWaitMs = 20000;
const std::string kTrainerId = "01900000-0000-7000-8000-00000000000e";

template <typename Dialog> Dialog* waitForDialog(QWidget* page, const QString& objectName)
{
    Dialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = page->findChild<Dialog*>(objectName);
            return dialog != nullptr && dialog->isVisible();
        },
        kWaitMs);
    return shown ? dialog : nullptr;
}

QStringList column(const QAbstractItemModel* model, int columnIndex)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        values << model->index(row, columnIndex).data().toString();
    }
    return values;
}

} // namespace

class TestClientExtras : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<ClientsTestStore>();
        QVERIFY(m_store->open());
        m_page = std::make_unique<ClientsPage>(m_store->context());
        m_consentTester = std::make_unique<QAbstractItemModelTester>(
            m_page->extras().consents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_packageTester = std::make_unique<QAbstractItemModelTester>(
            m_page->extras().packages(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            m_page->service().clients(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1100, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup()
    {
        m_consentTester.reset();
        m_packageTester.reset();
        m_listTester.reset();
        m_page.reset();
        m_store.reset();
    }

    void tagsAreEditedShownAndFilterTheList()
    {
        const std::string anaId = addClient("Ana", "Lima", {"knee", "mornings"});
        addClient("Bo", "Chen", {"evenings"});
        addClient("Cy", "Diaz", {});
        m_page->reload();
        auto* table = child<QTableView>(m_page.get(), QStringLiteral("clientTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kWaitMs);
        QCOMPARE(column(table->model(), ClientListModel::NameColumn),
                 (QStringList{QStringLiteral("Chen, Bo"), QStringLiteral("Diaz, Cy"),
                              QStringLiteral("Lima, Ana")}));
        QCOMPARE(
            column(table->model(), ClientListModel::TagsColumn),
            (QStringList{QStringLiteral("evenings"), QString(), QStringLiteral("knee, mornings")}));

        // Instant search finds tags by their beginning, like names.
        auto* search = child<QLineEdit>(m_page.get(), QStringLiteral("clientSearchField"));
        QTest::keyClicks(search, QStringLiteral("EVEN"));
        QTRY_COMPARE_WITH_TIMEOUT(column(table->model(), ClientListModel::NameColumn),
                                  QStringList{QStringLiteral("Chen, Bo")}, kWaitMs);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kWaitMs);

        // The filter lists every tag in use; choosing one keeps only its clients.
        auto* filter = child<QComboBox>(m_page.get(), QStringLiteral("clientTagFilter"));
        QTRY_COMPARE_WITH_TIMEOUT(filter->count(), 4, kWaitMs); // All tags + 3
        QCOMPARE(filter->itemText(1), QStringLiteral("evenings"));
        filter->setFocus();
        filter->setCurrentIndex(filter->findData(QStringLiteral("knee")));
        emit filter->activated(filter->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
        QCOMPARE(table->model()->index(0, ClientListModel::NameColumn).data().toString(),
                 QStringLiteral("Lima, Ana"));

        // Edit the tags in the editor (typed in any order, with blanks and a repeat).
        table->selectRow(0);
        child<QAction>(m_page.get(), QStringLiteral("editClientAction"))->trigger();
        auto* editor =
            waitForDialog<ClientEditorDialog>(m_page.get(), QStringLiteral("clientEditorDialog"));
        QVERIFY(editor);
        auto* tags = child<QLineEdit>(editor, QStringLiteral("tagsEdit"));
        QCOMPARE(tags->text(), QStringLiteral("knee, mornings"));
        tags->clear();
        QTest::keyClicks(tags, QStringLiteral("rehab,  knee , ,rehab"));
        QPointer<ClientEditorDialog> guard(editor);
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("clientSaveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(m_page.get(), QStringLiteral("profileTagsLabel"))->text(),
            QStringLiteral("knee, rehab"), kWaitMs);
        const QString stored = m_store->onStore<QString>([anaId](LocalStore* store) {
            QSqlQuery query(store->database());
            query.prepare(QStringLiteral("SELECT tags FROM clients WHERE id = ?"));
            query.addBindValue(QString::fromStdString(anaId));
            return query.exec() && query.next() ? query.value(0).toString() : QString();
        });
        QCOMPARE(stored, QStringLiteral("[\"knee\",\"rehab\"]"));
        // "mornings" is gone from every client, so from the filter too.
        QTRY_COMPARE_WITH_TIMEOUT(filter->findData(QStringLiteral("mornings")), -1, kWaitMs);
        QVERIFY(filter->findData(QStringLiteral("rehab")) > 0);
    }

    void consentsAreRecordedByKeyboardAndKeepEveryVersion()
    {
        addClient("Dana", "Roy", {});
        selectOnlyClient();
        auto* contactState = child<QLabel>(m_page.get(), QStringLiteral("consentState_contact"));
        auto* photoState = child<QLabel>(m_page.get(), QStringLiteral("consentState_photo"));
        QTRY_COMPARE_WITH_TIMEOUT(photoState->text(), QStringLiteral("Not recorded"), kWaitMs);

        recordConsent(QStringLiteral("photo"), true, QStringLiteral("2026-01"));
        auto* history = child<QTableView>(m_page.get(), QStringLiteral("clientConsentHistory"));
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            photoState->text().startsWith(QStringLiteral("Granted (policy 2026-01")), kWaitMs);
        QCOMPARE(contactState->text(), QStringLiteral("Not recorded"));

        // Withdrawing is a new version; the first one stays in the history.
        QTest::qWait(5); // a later recorded_at than the first version
        recordConsent(QStringLiteral("photo"), false, QStringLiteral("2026-02"));
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            photoState->text().startsWith(QStringLiteral("Withdrawn (policy 2026-02")), kWaitMs);
        QCOMPARE(column(history->model(), ConsentHistoryModel::DecisionColumn),
                 (QStringList{QStringLiteral("Withdrawn"), QStringLiteral("Granted")}));
        QCOMPARE(column(history->model(), ConsentHistoryModel::PolicyVersionColumn),
                 (QStringList{QStringLiteral("2026-02"), QStringLiteral("2026-01")}));

        // Both are queued for the server as two records; neither can be edited locally.
        const QString consentId =
            history->model()->index(1, 0).data(ConsentHistoryModel::kConsentIdRole).toString();
        const qint64 queued = m_store->onStore<qint64>([](LocalStore* store) -> qint64 {
            QSqlQuery query(store->database());
            return query.exec(QStringLiteral(
                       "SELECT count(*) FROM sync_outbox WHERE entity = 'consent'")) &&
                           query.next()
                       ? query.value(0).toLongLong()
                       : -1;
        });
        QCOMPARE(queued, 2);
        const QString refused = m_store->onStore<QString>([consentId](LocalStore* store) {
            auto updated = LocalChanges(store->database())
                               .update("consent", consentId.toStdString(), {{"granted", true}});
            return updated ? QString() : QString::fromStdString(updated.error().code);
        });
        QCOMPARE(refused, QStringLiteral("immutable_record"));
    }

    void packagesShowRemainingCredits()
    {
        const std::string clientId = addClient("Eve", "Moss", {});
        // Three sessions on the five pack: the completed and the no-show one take credits, the
        // scheduled one is booked; the old pack expired.
        m_store->onStore<bool>([clientId](LocalStore* store) {
            LocalChanges changes(store->database());
            auto package = changes.add("package", testing::kTestOrgId,
                                       {{"client_id", clientId},
                                        {"name", "Five pack"},
                                        {"sessions_total", 5},
                                        {"price_cents", 40000},
                                        {"currency", "CAD"}});
            auto expired = changes.add("package", testing::kTestOrgId,
                                       {{"client_id", clientId},
                                        {"name", "Old pack"},
                                        {"sessions_total", 3},
                                        {"price_cents", 20000},
                                        {"expires_on", "2020-01-31"}});
            if (!package || !expired) {
                return false;
            }
            bool ok = true;
            int day = 10;
            for (const char* status : {"completed", "no_show", "scheduled"}) {
                const std::string date = "2026-11-" + std::to_string(day++);
                ok = ok && changes
                               .add("session", testing::kTestOrgId,
                                    {{"client_id", clientId},
                                     {"location_id", testing::kTestLocationId},
                                     {"trainer_id", kTrainerId},
                                     {"starts_at", date + "T14:00:00Z"},
                                     {"ends_at", date + "T15:00:00Z"},
                                     {"status", status},
                                     {"package_id", *package}})
                               .ok();
            }
            return ok;
        });
        selectOnlyClient();
        auto* packages = child<QTableView>(m_page.get(), QStringLiteral("clientPackageTable"));
        QTRY_COMPARE_WITH_TIMEOUT(packages->model()->rowCount(), 2, kWaitMs);
        QCOMPARE(column(packages->model(), PackageListModel::NameColumn),
                 (QStringList{QStringLiteral("Five pack"), QStringLiteral("Old pack")}));
        QCOMPARE(column(packages->model(), PackageListModel::UsedColumn),
                 (QStringList{QStringLiteral("2 of 5"), QStringLiteral("0 of 3")}));
        QCOMPARE(column(packages->model(), PackageListModel::RemainingColumn),
                 (QStringList{QStringLiteral("3"), QStringLiteral("0 (expired)")}));
        QCOMPARE(packages->model()->index(0, PackageListModel::PriceColumn).data().toString(),
                 QStringLiteral("400.00 CAD"));

        // A new package through the dialog (keyboard shortcut, typed price).
        QTest::keyClick(child<QTableView>(m_page.get(), QStringLiteral("clientTable")), Qt::Key_A,
                        Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = waitForDialog<PackageDialog>(m_page.get(), QStringLiteral("packageDialog"));
        QVERIFY(dialog);
        auto* add = child<QPushButton>(dialog, QStringLiteral("packageAddButton"));
        QVERIFY(!add->isEnabled()); // no name yet
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("packageNameEdit")),
                         QStringLiteral("Ten pack"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("packagePriceEdit")),
                         QStringLiteral("12.5x"));
        QVERIFY(!add->isEnabled());
        QVERIFY(!child<QLabel>(dialog, QStringLiteral("packageError"))->text().isEmpty());
        QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("packagePriceEdit")),
                        Qt::Key_Backspace);
        QVERIFY(add->isEnabled());
        QPointer<PackageDialog> guard(dialog);
        QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("packagePriceEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(packages->model()->rowCount(), 3, kWaitMs);
        const int row = column(packages->model(), PackageListModel::NameColumn)
                            .indexOf(QStringLiteral("Ten pack"));
        QVERIFY(row >= 0);
        QCOMPARE(packages->model()->index(row, PackageListModel::UsedColumn).data().toString(),
                 QStringLiteral("0 of 10"));
        QCOMPARE(packages->model()->index(row, PackageListModel::PriceColumn).data().toString(),
                 QStringLiteral("12.50 CAD"));
    }

    void bookingOffersUnexpiredPackagesAndWarnsBeyondTheCredits()
    {
        using scheduling::SessionStatus;
        const Instant start = *parseUtcInstant("2026-11-10T14:00:00Z");
        const std::chrono::year_month_day today{std::chrono::year{2026}, std::chrono::month{11},
                                                std::chrono::day{20}};
        PackageRow full;
        full.id = QStringLiteral("full");
        full.name = QStringLiteral("Two pack");
        full.sessionsTotal = 2;
        full.sessions = {{SessionStatus::Completed, start, std::nullopt},
                         {SessionStatus::Scheduled, start, std::nullopt}};
        PackageRow open = full;
        open.id = QStringLiteral("open");
        open.name = QStringLiteral("Five pack");
        open.sessionsTotal = 5;
        PackageRow expired = open;
        expired.id = QStringLiteral("expired");
        expired.expiresOn = std::chrono::year_month_day{
            std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{1}};
        const auto choices =
            PackageBooking::choices({full, open, expired}, std::chrono::hours{24}, today);
        QCOMPARE(choices.size(), size_t{2});
        QCOMPARE(choices[0].label, QStringLiteral("Two pack (0 of 2 left)"));
        QCOMPARE(choices[1].label, QStringLiteral("Five pack (3 of 5 left)"));
        QVERIFY(!PackageBooking::warning(choices[0]).isEmpty());
        QVERIFY(PackageBooking::warning(choices[1]).isEmpty());
    }

    void typedMoneyBecomesCents()
    {
        QCOMPARE(PackageDialog::parseCents(QStringLiteral("750")), 75000);
        QCOMPARE(PackageDialog::parseCents(QStringLiteral("750.5")), 75050);
        QCOMPARE(PackageDialog::parseCents(QStringLiteral(" 0,05 ")), 5);
        QCOMPARE(PackageDialog::parseCents(QStringLiteral("-1")), -1);
        QCOMPARE(PackageDialog::parseCents(QStringLiteral("1.234")), -1);
        QCOMPARE(PackageDialog::parseCents(QStringLiteral("")), -1);
    }

private:
    std::string addClient(const std::string& first, const std::string& last,
                          const std::vector<std::string>& tags)
    {
        return m_store->onStore<std::string>([first, last, tags](LocalStore* store) {
            auto id = LocalChanges(store->database())
                          .add("client", testing::kTestOrgId,
                               {{"first_name", first}, {"last_name", last}, {"tags", tags}});
            return id ? *id : std::string();
        });
    }

    void selectOnlyClient()
    {
        m_page->reload();
        auto* table = child<QTableView>(m_page.get(), QStringLiteral("clientTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
        table->setFocus();
        table->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QWidget>(m_page.get(), QStringLiteral("profileNameLabel"))->isVisible(), kWaitMs);
    }

    // Opens the dialog with Ctrl+Shift+K and records by keyboard alone.
    void recordConsent(const QString& kind, bool granted, const QString& policyVersion)
    {
        // Back in the page after an earlier dialog: the shortcut works while it has focus.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        auto* table = child<QTableView>(m_page.get(), QStringLiteral("clientTable"));
        table->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(table->hasFocus(), kWaitMs);
        QTest::keyClick(child<QTableView>(m_page.get(), QStringLiteral("clientTable")), Qt::Key_K,
                        Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = waitForDialog<ConsentDialog>(m_page.get(), QStringLiteral("consentDialog"));
        QVERIFY(dialog);
        auto* kindCombo = child<QComboBox>(dialog, QStringLiteral("consentKindCombo"));
        kindCombo->setCurrentIndex(kindCombo->findData(kind));
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("consentRecordButton"))->isEnabled());
        if (!granted) {
            child<QRadioButton>(dialog, QStringLiteral("consentWithdrawnRadio"))->setChecked(true);
        }
        auto* version = child<QLineEdit>(dialog, QStringLiteral("consentPolicyVersionEdit"));
        QTest::keyClicks(version, policyVersion);
        QPointer<ConsentDialog> guard(dialog);
        QTest::keyClick(version, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWaitMs);
    }

    std::unique_ptr<ClientsTestStore> m_store;
    std::unique_ptr<ClientsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_consentTester;
    std::unique_ptr<QAbstractItemModelTester> m_packageTester;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
};

QTEST_MAIN(TestClientExtras)
#include "TestClientExtras.moc"
