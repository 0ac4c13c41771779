// The status bar's sync corner on a real store: what the last round said, pending changes, and
// rejected changes / note conflicts listed in a menu whose entries ask to open the record.

#include "GuiTestSupport.h"
#include "support/SecurityTestStore.h"

#include "desktop/core/StoreEvents.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/storage/SyncIssueRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/ui/shell/SyncStatusWidget.h"

#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fitflow::desktop;
using fitflow::desktop::testing::child;
namespace t = fitflow::desktop::testing;

namespace {
const std::string kClientId = "0190a000-0000-7000-8000-0000000000c1";
const std::string kNoteId = "0190a000-0000-7000-8000-0000000000d1";
} // namespace

class TestSyncStatusWidget : public QObject {
    Q_OBJECT

private slots:
    void showsFailureAndPending();
    void listsWhatNeedsAttention();
};

void TestSyncStatusWidget::showsFailureAndPending()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    QVERIFY(t::seedOrganization(*session, "North Studio"));
    const auto added = t::onStore<bool>(*session, [](LocalStore* store) {
        LocalChanges changes(store->database());
        return changes.add("client", t::kOrgId, {{"first_name", "Ana"}, {"last_name", "Lima"}}) &&
               changes.add("client", t::kOrgId, {{"first_name", "Bo"}, {"last_name", "Chen"}});
    });
    QVERIFY(added.value_or(false));
    StoreEvents events;
    SyncRunner runner(*session, events);
    SyncStatusWidget widget(runner);
    widget.show();
    auto* summary = child<QLabel>(&widget, QStringLiteral("syncSummaryLabel"));
    auto* attention = child<QToolButton>(&widget, QStringLiteral("syncAttentionButton"));
    QVERIFY(summary && attention);
    QCOMPARE(summary->text(), QStringLiteral("Not synced yet"));
    QVERIFY(!attention->isVisible());

    runner.syncNow(); // not signed in
    QCOMPARE(summary->text(), QStringLiteral("Syncing..."));
    QTRY_VERIFY_WITH_TIMEOUT(!runner.status().running, 20000);
    // Not signed in is said as such, not as a failed sync (the walkthrough's offline first run).
    QVERIFY2(summary->text().startsWith(QStringLiteral("Not signed in")),
             qPrintable(summary->text()));
    // "%n change(s)": the English plural comes from fitflow_en.ts once lupdate has run.
    QVERIFY(summary->text().contains(QStringLiteral("2 change")));
    QVERIFY(summary->toolTip().contains(QStringLiteral("Sign in")));
    QVERIFY(!attention->isVisible());
}

void TestSyncStatusWidget::listsWhatNeedsAttention()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    const auto seeded = t::onStore<bool>(*session, [](LocalStore* store) {
        SyncIssueRepository issues(store->database());
        return issues.addRejection(
                   {7, t::kOrgId, "session", kClientId, "invalid_transition", "no", ""}) &&
               issues.addRejection(
                   {8, t::kOrgId, "client", kClientId, "validation_failed", "not text", "email"}) &&
               issues.setConflict({"note", kNoteId}, true);
    });
    QVERIFY(seeded.value_or(false));
    StoreEvents events;
    SyncRunner runner(*session, events);
    SyncStatusWidget widget(runner);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto* attention = child<QToolButton>(&widget, QStringLiteral("syncAttentionButton"));
    QVERIFY(attention);
    runner.refreshCounts();
    QTRY_VERIFY(attention->isVisible());
    QVERIFY(attention->text().startsWith(QStringLiteral("3 need")));
    const QList<QAction*> items = attention->menu()->actions();
    QCOMPARE(items.size(), 3);
    QVERIFY(items.at(0)->text().contains(QStringLiteral("invalid_transition")));
    // A rejection about one field names it, so the user knows which value to correct.
    QVERIFY2(items.at(1)->text().startsWith(QStringLiteral("Rejected change to email")),
             qPrintable(items.at(1)->text()));
    QVERIFY(items.at(2)->text().contains(QStringLiteral("note")));

    QSignalSpy open(&widget, &SyncStatusWidget::openRequested);
    items.at(2)->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("note"));
    QCOMPARE(open.at(0).at(1).toString(), QString::fromStdString(kNoteId));
}

QTEST_MAIN(TestSyncStatusWidget)
#include "TestSyncStatusWidget.moc"
