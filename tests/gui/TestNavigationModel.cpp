// The navigation model behind the main window's section list and View menu.

#include "desktop/ui/shell/NavigationModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using fitflow::desktop::NavigationModel;

class TestNavigationModel : public QObject {
    Q_OBJECT

private slots:
    void passesModelTester();
    void listsEverySectionWithItsShortcut();
};

void TestNavigationModel::passesModelTester()
{
    NavigationModel model(QApplication::palette());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

void TestNavigationModel::listsEverySectionWithItsShortcut()
{
    NavigationModel model(QApplication::palette());
    const QList<std::pair<NavigationModel::Page, QString>> expected = {
        {NavigationModel::Page::Dashboard, QStringLiteral("Dashboard")},
        {NavigationModel::Page::Calendar, QStringLiteral("Calendar")},
        {NavigationModel::Page::Clients, QStringLiteral("Clients")},
        {NavigationModel::Page::Invoices, QStringLiteral("Invoices")},
        {NavigationModel::Page::Settings, QStringLiteral("Settings")},
    };
    for (int row = 0; row < expected.size(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data().toString(), expected.at(row).second);
        QCOMPARE(index.data(NavigationModel::PageRole).toInt(),
                 static_cast<int>(expected.at(row).first));
        QCOMPARE(model.rowOf(expected.at(row).first), row);
        const auto shortcut = index.data(NavigationModel::ShortcutRole).value<QKeySequence>();
        QCOMPARE(shortcut, QKeySequence(QStringLiteral("Ctrl+%1").arg(row + 1)));
        const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(24, 24).isNull());
    }
    QVERIFY(!model.data(model.index(5, 0)).isValid());
}

QTEST_MAIN(TestNavigationModel)
#include "TestNavigationModel.moc"
