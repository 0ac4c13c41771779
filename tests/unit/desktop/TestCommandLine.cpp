// fitflow-cli's argument parser against the real command table: strict about unknown words and
// options (so a passphrase typed as an argument is refused), tolerant about --opt=value.

#include "desktop/cli/CommandLine.h"

#include <QTest>

using fitflow::cli::parseCommandLine;
using fitflow::cli::ParsedCommandLine;
using Action = ParsedCommandLine::Action;

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void runsKnownCommandWithOptions()
    {
        const auto parsed = parseCommandLine({QStringLiteral("store"), QStringLiteral("init"),
                                              QStringLiteral("--store"), QStringLiteral("/a b"),
                                              QStringLiteral("--passphrase-file=/p")});
        QCOMPARE(parsed.action, Action::Run);
        QVERIFY(parsed.command != nullptr);
        QCOMPARE(parsed.command->name(), QStringLiteral("store init"));
        QCOMPARE(parsed.invocation.option(QStringLiteral("store")), QStringLiteral("/a b"));
        QCOMPARE(parsed.invocation.option(QStringLiteral("passphrase-file")), QStringLiteral("/p"));
    }

    void helpAndVersion()
    {
        QCOMPARE(parseCommandLine({QStringLiteral("--help")}).action, Action::ShowHelp);
        QCOMPARE(parseCommandLine({QStringLiteral("store"), QStringLiteral("-h")}).action,
                 Action::ShowHelp);
        QCOMPARE(parseCommandLine({QStringLiteral("--version")}).action, Action::ShowVersion);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("empty") << QStringList{} << QStringLiteral("no command");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("store"), QStringLiteral("nuke")}
            << QStringLiteral("unknown command 'store nuke'");
        QTest::newRow("unknown leading option")
            << QStringList{QStringLiteral("--verbose")} << QStringLiteral("unknown option");
        QTest::newRow("passphrase flag")
            << QStringList{QStringLiteral("store"),        QStringLiteral("check"),
                           QStringLiteral("--store"),      QStringLiteral("s"),
                           QStringLiteral("--passphrase"), QStringLiteral("hunter2")}
            << QStringLiteral("unknown option '--passphrase'");
        QTest::newRow("single dash")
            << QStringList{QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("-s"),
                           QStringLiteral("x")}
            << QStringLiteral("unexpected argument '-s'");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("store"), QStringLiteral("check"),
                           QStringLiteral("--store")}
            << QStringLiteral("needs a value");
        QTest::newRow("required option")
            << QStringList{QStringLiteral("store"), QStringLiteral("check")}
            << QStringLiteral("needs --store");
        QTest::newRow("twice") << QStringList{QStringLiteral("store"), QStringLiteral("check"),
                                              QStringLiteral("--store=a"),
                                              QStringLiteral("--store=b")}
                               << QStringLiteral("given twice");
        QTest::newRow("stray word")
            << QStringList{QStringLiteral("store"), QStringLiteral("check"),
                           QStringLiteral("--store=a"), QStringLiteral("extra")}
            << QStringLiteral("unexpected argument 'extra'");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expectedError);
        const auto parsed = parseCommandLine(arguments);
        QCOMPARE(parsed.action, Action::UsageError);
        QVERIFY2(parsed.error.contains(expectedError), qPrintable(parsed.error));
    }

    void rejectedValueIsNotEchoed()
    {
        const auto parsed = parseCommandLine({QStringLiteral("store"), QStringLiteral("init"),
                                              QStringLiteral("--store=x"),
                                              QStringLiteral("--passphrase=s3cr3t-value")});
        QCOMPARE(parsed.action, Action::UsageError);
        QVERIFY(!parsed.error.contains(QStringLiteral("s3cr3t-value")));
    }

    void usageListsEveryCommand()
    {
        const QString usage = fitflow::cli::usageText();
        QVERIFY(usage.contains(QStringLiteral("store init")));
        QVERIFY(usage.contains(QStringLiteral("store check")));
        QVERIFY(usage.contains(QStringLiteral("FITFLOW_PASSPHRASE")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
