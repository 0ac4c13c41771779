// Device ids: RFC 9562 version 7 layout, creation-time prefix, no repeats.

#include "desktop/storage/UuidV7.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

using fitflow::desktop::generateUuidV7;

class TestUuidV7 : public QObject {
    Q_OBJECT

private slots:
    void layoutAndTimestamp()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = generateUuidV7();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const QUuid uuid(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(id, id.toLower());
        QCOMPARE(id.size(), 36);
        // Qt 6.4's QUuid::version() predates v7, so read the version nibble from the text.
        QCOMPARE(id.at(14), QLatin1Char('7'));
        QCOMPARE(uuid.variant(), QUuid::DCE);
        const qint64 millis = QStringView(id).left(8).toLongLong(nullptr, 16) << 16 |
                              QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(millis >= before && millis <= after);
    }

    void noRepeats()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i)
            seen.insert(generateUuidV7());
        QCOMPARE(seen.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestUuidV7)
#include "TestUuidV7.moc"
