// Idle lock and passphrase change against a real encrypted store: the store locks after the
// idle time unless the user is active, and a passphrase change rewraps the key so only the new
// passphrase opens the store.

#include "support/SecurityTestStore.h"

#include "desktop/core/security/IdleLock.h"
#include "desktop/core/security/PassphraseChange.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fitflow::desktop;
using namespace std::chrono_literals;
namespace t = fitflow::desktop::testing;

class TestSecurityServices : public QObject {
    Q_OBJECT

private slots:
    void idleLockLocksAfterTheTimeout();
    void userInputPostponesTheLock();
    void zeroDisablesTheLock();
    void passphraseChangeRejectsBadInput();
    void passphraseChangeChecksTheOldPassphrase();
    void passphraseChangeRewrapsTheKey();
};

void TestSecurityServices::idleLockLocksAfterTheTimeout()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    QCOMPARE(session->state(), StoreSession::State::Unlocked);
    IdleLock idle(*session);
    QSignalSpy locked(&idle, &IdleLock::lockedForInactivity);
    idle.setTimeout(300ms);
    QVERIFY(idle.isActive());
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), StoreSession::State::Locked, 5000);
    QCOMPARE(locked.count(), 1);
    QVERIFY(!idle.isActive());

    // Unlocking starts a fresh countdown.
    session->unlock(t::kStorePassphrase);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), StoreSession::State::Unlocked, 20000);
    QVERIFY(idle.isActive());
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), StoreSession::State::Locked, 5000);
    QCOMPARE(locked.count(), 2);
}

void TestSecurityServices::userInputPostponesTheLock()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    IdleLock idle(*session);
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    idle.setTimeout(600ms);
    // Type for well over the timeout; each key restarts the countdown.
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(200);
        QTest::keyClick(&edit, Qt::Key_A);
        QCOMPARE(session->state(), StoreSession::State::Unlocked);
    }
    QCOMPARE(edit.text().size(), 8);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), StoreSession::State::Locked, 5000);
}

void TestSecurityServices::zeroDisablesTheLock()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    IdleLock idle(*session);
    idle.setTimeout(200ms);
    idle.setTimeoutMinutes(0);
    QVERIFY(!idle.isActive());
    QTest::qWait(500);
    QCOMPARE(session->state(), StoreSession::State::Unlocked);
}

void TestSecurityServices::passphraseChangeRejectsBadInput()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    PassphraseChange change(*session);
    QSignalSpy finished(&change, &PassphraseChange::finished);
    change.change(t::kStorePassphrase, QByteArrayLiteral("short"), QByteArrayLiteral("short"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("passphrase_too_short"));
    change.change(t::kStorePassphrase, QByteArrayLiteral("a new long passphrase"),
                  QByteArrayLiteral("a new long passphrasE"));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("passphrase_mismatch"));

    session->lock();
    change.change(t::kStorePassphrase, QByteArrayLiteral("a new long passphrase"),
                  QByteArrayLiteral("a new long passphrase"));
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(finished.at(2).at(0).toString(), QStringLiteral("store_locked"));
}

void TestSecurityServices::passphraseChangeChecksTheOldPassphrase()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    PassphraseChange change(*session);
    QSignalSpy finished(&change, &PassphraseChange::finished);
    change.change(QByteArrayLiteral("not the passphrase"), QByteArrayLiteral("a new long one!"),
                  QByteArrayLiteral("a new long one!"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("wrong_passphrase"));
    QVERIFY(!change.isRunning());

    // The old passphrase still opens the store.
    session->lock();
    session->unlock(t::kStorePassphrase);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), StoreSession::State::Unlocked, 20000);
}

void TestSecurityServices::passphraseChangeRewrapsTheKey()
{
    QTemporaryDir dir;
    auto session = t::unlockedStore(dir);
    const QByteArray newPassphrase = QByteArrayLiteral("a brand new passphrase");
    PassphraseChange change(*session);
    QSignalSpy finished(&change, &PassphraseChange::finished);
    change.change(t::kStorePassphrase, newPassphrase, newPassphrase);
    QVERIFY(change.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    // The open store keeps working.
    QCOMPARE(session->state(), StoreSession::State::Unlocked);

    session->lock();
    QSignalSpy failures(session.get(), &StoreSession::openFailed);
    session->unlock(t::kStorePassphrase);
    QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 20000);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("wrong_passphrase"));
    session->unlock(newPassphrase);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), StoreSession::State::Unlocked, 20000);
}

QTEST_MAIN(TestSecurityServices)
#include "TestSecurityServices.moc"
