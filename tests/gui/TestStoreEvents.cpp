// StoreEvents: the broadcast pages use to reload after writes and sync rounds.

#include "desktop/core/StoreEvents.h"

#include <QSignalSpy>
#include <QTest>

using namespace fitflow::desktop;

class TestStoreEvents : public QObject {
    Q_OBJECT

private slots:
    void notifyChangedEmitsTheEntity();
    void emptyNameMeansEverything();
    void concernsMatchesNameOrEverything();
};

void TestStoreEvents::notifyChangedEmitsTheEntity()
{
    StoreEvents events;
    QSignalSpy spy(&events, &StoreEvents::changed);
    events.notifyChanged(QStringLiteral("client"));
    events.notifyAllChanged();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("client"));
    QCOMPARE(spy.at(1).at(0).toString(), QString(StoreEvents::kAllEntities));
}

void TestStoreEvents::emptyNameMeansEverything()
{
    StoreEvents events;
    QSignalSpy spy(&events, &StoreEvents::changed);
    events.notifyChanged(QString());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("*"));
}

void TestStoreEvents::concernsMatchesNameOrEverything()
{
    QVERIFY(StoreEvents::concerns(QStringLiteral("client"), QStringLiteral("client")));
    QVERIFY(StoreEvents::concerns(QStringLiteral("*"), QStringLiteral("session")));
    QVERIFY(!StoreEvents::concerns(QStringLiteral("note"), QStringLiteral("session")));
}

QTEST_GUILESS_MAIN(TestStoreEvents)
#include "TestStoreEvents.moc"
