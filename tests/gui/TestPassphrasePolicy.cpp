// The rule for a new store passphrase, as the unlock dialog applies it.

#include "desktop/core/PassphrasePolicy.h"

#include <QTest>

using fitflow::desktop::PassphrasePolicy;
using Problem = PassphrasePolicy::Problem;

class TestPassphrasePolicy : public QObject {
    Q_OBJECT

private slots:
    void checkNew_data();
    void checkNew();
    void estimate_data();
    void estimate();
};

void TestPassphrasePolicy::checkNew_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<Problem>("expected");

    QTest::newRow("empty") << QString() << QString() << Problem::Empty;
    QTest::newRow("nine characters")
        << QStringLiteral("123456789") << QStringLiteral("123456789") << Problem::TooShort;
    QTest::newRow("ten characters")
        << QStringLiteral("1234567890") << QStringLiteral("1234567890") << Problem::None;
    // Ten code points, one of them outside the BMP (two UTF-16 units): long enough.
    QTest::newRow("emoji counts once")
        << (QStringLiteral("123456789") + QString::fromUcs4(U"\U0001F3CB"))
        << (QStringLiteral("123456789") + QString::fromUcs4(U"\U0001F3CB")) << Problem::None;
    // Nine code points although QString::size() is ten.
    QTest::newRow("surrogate pair is one character")
        << (QStringLiteral("12345678") + QString::fromUcs4(U"\U0001F3CB"))
        << (QStringLiteral("12345678") + QString::fromUcs4(U"\U0001F3CB")) << Problem::TooShort;
    QTest::newRow("mismatch") << QStringLiteral("correct horse battery")
                              << QStringLiteral("correct horse batterY") << Problem::Mismatch;
    QTest::newRow("short wins over mismatch")
        << QStringLiteral("short") << QStringLiteral("other") << Problem::TooShort;
}

void TestPassphrasePolicy::checkNew()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, confirmation);
    QFETCH(Problem, expected);
    QCOMPARE(PassphrasePolicy::checkNew(passphrase, confirmation), expected);
}

void TestPassphrasePolicy::estimate_data()
{
    using Strength = PassphrasePolicy::Strength;
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<Strength>("expected");
    QTest::newRow("short") << QStringLiteral("abc12") << Strength::TooShort;
    QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa") << Strength::Weak;
    QTest::newRow("one class") << QStringLiteral("abcdefghij") << Strength::Weak;
    QTest::newRow("two classes") << QStringLiteral("trainer2026") << Strength::Fair;
    QTest::newRow("mixed 14") << QStringLiteral("Studio-Nord-42") << Strength::Strong;
    QTest::newRow("long words") << QStringLiteral("correct horse battery staple")
                                << Strength::Strong;
    QTest::newRow("accented counted once")
        << QStringLiteral("\u00e9t\u00e9 \u00e0 l'\u00e9cole") << Strength::Fair;
}

void TestPassphrasePolicy::estimate()
{
    QFETCH(QString, passphrase);
    QFETCH(PassphrasePolicy::Strength, expected);
    QCOMPARE(PassphrasePolicy::estimate(passphrase), expected);
}

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "TestPassphrasePolicy.moc"
