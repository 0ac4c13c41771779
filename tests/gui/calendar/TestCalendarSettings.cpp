// The Calendar group of the Settings page: values are validated as typed, saved to the settings
// CalendarPreferences reads, and announced to open calendars.

#include "../GuiTestSupport.h"
#include "desktop/core/calendar/CalendarPreferences.h"
#include "desktop/core/calendar/CalendarPreferencesNotifier.h"
#include "desktop/ui/calendar/CalendarSettingsGroup.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace fitflow::desktop;
using namespace std::chrono_literals;
using fitflow::desktop::testing::child;

class TestCalendarSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void showsStoredValues();
    void validValuesAreSavedAndAnnounced();
    void invalidFeeIsExplainedAndNotSaved();
    void keyboardReachesEveryField();

private:
    CalendarPreferences stored() const;

    QTemporaryDir m_dir;
    QString m_iniFile;
};

void TestCalendarSettings::init()
{
    QVERIFY(m_dir.isValid());
    m_iniFile = fitflow::desktop::testing::privateSettingsFile(QDir(m_dir.path()));
    QFile::remove(m_iniFile);
}

CalendarPreferences TestCalendarSettings::stored() const
{
    const QSettings settings(m_iniFile, QSettings::IniFormat);
    return CalendarPreferences::fromSettings(settings);
}

void TestCalendarSettings::showsStoredValues()
{
    {
        QSettings settings(m_iniFile, QSettings::IniFormat);
        CalendarPreferences preferences;
        preferences.travelBuffer = 25min;
        preferences.cancellation.lateWindow = 48h;
        preferences.cancellation.lateFeeCents = 3050;
        preferences.saveTo(settings);
    }
    CalendarSettingsGroup group(nullptr, m_iniFile);
    QCOMPARE(child<QSpinBox>(&group, QStringLiteral("travelBufferSpin"))->value(), 25);
    QCOMPARE(child<QSpinBox>(&group, QStringLiteral("lateCancellationWindowSpin"))->value(), 48);
    QCOMPARE(child<QLineEdit>(&group, QStringLiteral("lateCancellationFeeEdit"))->text(),
             QStringLiteral("30.50"));
}

void TestCalendarSettings::validValuesAreSavedAndAnnounced()
{
    CalendarSettingsGroup group(nullptr, m_iniFile);
    group.show();
    QVERIFY(QTest::qWaitForWindowExposed(&group));
    QSignalSpy announced(&CalendarPreferencesNotifier::instance(),
                         &CalendarPreferencesNotifier::changed);

    auto* buffer = child<QSpinBox>(&group, QStringLiteral("travelBufferSpin"));
    auto* window = child<QSpinBox>(&group, QStringLiteral("lateCancellationWindowSpin"));
    auto* fee = child<QLineEdit>(&group, QStringLiteral("lateCancellationFeeEdit"));
    QVERIFY(buffer && window && fee);

    buffer->setValue(40);
    QCOMPARE(stored().travelBuffer, 40min);
    window->setValue(12);
    QCOMPARE(stored().cancellation.lateWindow, 12h);
    fee->selectAll();
    QTest::keyClicks(fee, QStringLiteral("42,75"));
    QCOMPARE(stored().cancellation.lateFeeCents, 0); // saved when editing finishes
    QTest::keyClick(fee, Qt::Key_Return);
    QCOMPARE(stored().cancellation.lateFeeCents, 4275);

    QVERIFY(announced.count() >= 3);
    const auto last = announced.last().at(0).value<CalendarPreferences>();
    QCOMPARE(last.travelBuffer, 40min);
    QCOMPARE(last.cancellation.lateWindow, 12h);
    QCOMPARE(last.cancellation.lateFeeCents, 4275);

    // Out-of-range values cannot be typed into the spin boxes.
    buffer->setValue(100000);
    QCOMPARE(buffer->value(), static_cast<int>(CalendarPreferences::kMaxTravelBuffer.count()));
}

void TestCalendarSettings::invalidFeeIsExplainedAndNotSaved()
{
    CalendarSettingsGroup group(nullptr, m_iniFile);
    group.show();
    QVERIFY(QTest::qWaitForWindowExposed(&group));
    auto* fee = child<QLineEdit>(&group, QStringLiteral("lateCancellationFeeEdit"));
    auto* error = child<QLabel>(&group, QStringLiteral("calendarSettingsError"));
    QVERIFY(fee && error);
    QVERIFY(!error->isVisible());

    fee->selectAll();
    QTest::keyClicks(fee, QStringLiteral("20"));
    QTest::keyClick(fee, Qt::Key_Return);
    QCOMPARE(stored().cancellation.lateFeeCents, 2000);
    QTest::keyClicks(fee, QStringLiteral(" dollars"));
    QVERIFY(error->isVisible()); // shown while typing
    QVERIFY(error->text().contains(QStringLiteral("25.50")));
    QTest::keyClick(fee, Qt::Key_Return);
    QCOMPARE(stored().cancellation.lateFeeCents, 2000); // the last valid amount stays

    fee->selectAll();
    QTest::keyClicks(fee, QStringLiteral("200000"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("at most")));
    QTest::keyClick(fee, Qt::Key_Return);
    QCOMPARE(stored().cancellation.lateFeeCents, 2000);

    fee->selectAll();
    QTest::keyClicks(fee, QStringLiteral("0"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(fee, Qt::Key_Return);
    QCOMPARE(stored().cancellation.lateFeeCents, 0);
}

void TestCalendarSettings::keyboardReachesEveryField()
{
    CalendarSettingsGroup group(nullptr, m_iniFile);
    group.show();
    QVERIFY(QTest::qWaitForWindowExposed(&group));
    auto* buffer = child<QSpinBox>(&group, QStringLiteral("travelBufferSpin"));
    auto* window = child<QSpinBox>(&group, QStringLiteral("lateCancellationWindowSpin"));
    auto* fee = child<QLineEdit>(&group, QStringLiteral("lateCancellationFeeEdit"));
    QVERIFY(buffer && window && fee);
    for (QWidget* field : {static_cast<QWidget*>(buffer), static_cast<QWidget*>(window),
                           static_cast<QWidget*>(fee)}) {
        QVERIFY(!field->accessibleName().isEmpty());
        QVERIFY(field->focusPolicy() & Qt::TabFocus);
    }
    buffer->setFocus();
    QTRY_VERIFY(buffer->hasFocus());
    QTest::keyClick(buffer, Qt::Key_Tab);
    QTRY_VERIFY(window->hasFocus());
    QTest::keyClick(window, Qt::Key_Tab);
    QTRY_VERIFY(fee->hasFocus());
}

QTEST_MAIN(TestCalendarSettings)
#include "TestCalendarSettings.moc"
