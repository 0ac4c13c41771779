// The navigation model behind the main window's section list and View menu.

#include "desktop/ui/shell/NavigationModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using fitflow::desktop::NavigationModel;

class TestNavigationModel : public QObject {
    Q_OBJECT

private slots:
    void passesModelTester();
    void listsEverySectionWithItsShortcut();
    void iconsFollowThePalette();
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

void TestNavigationModel::iconsFollowThePalette()
{
    QPalette light;
    light.setColor(QPalette::Active, QPalette::WindowText, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Active, QPalette::WindowText, Qt::white);

    NavigationModel model(light);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto opaqueColours = [&model] {
        const QImage image =
            model.index(0).data(Qt::DecorationRole).value<QIcon>().pixmap(48, 48).toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() == 255) {
                    colours.insert(pixel.rgb());
                }
            }
        }
        return colours;
    };
    QCOMPARE(opaqueColours(), QSet<QRgb>{QColor(Qt::black).rgb()});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPalette(dark);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(opaqueColours(), QSet<QRgb>{QColor(Qt::white).rgb()});
}

QTEST_MAIN(TestNavigationModel)
#include "TestNavigationModel.moc"
