#include "desktop/ui/calendar/CalendarSettingsGroup.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/calendar/CalendarPreferencesNotifier.h"
#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/invoices/MoneyInput.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace fitflow::desktop {

namespace {

constexpr int kMinutesPerHour = 60;

std::unique_ptr<QSettings> openSettings(const QString& iniFile)
{
    if (iniFile.isEmpty()) {
        return std::make_unique<QSettings>(QString::fromLatin1(AppSettings::kOrganizationName),
                                           QString::fromLatin1(AppSettings::kApplicationName));
    }
    return std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
}

} // namespace

CalendarSettingsGroup::CalendarSettingsGroup(QWidget* parent, const QString& iniFile)
    : QGroupBox(tr("Calendar"), parent)
    , m_settings(openSettings(iniFile))
    , m_preferences(CalendarPreferences::fromSettings(*m_settings))
{
    setObjectName(QStringLiteral("calendarSettingsSection"));

    m_travelBufferSpin = new QSpinBox(this);
    m_travelBufferSpin->setObjectName(QStringLiteral("travelBufferSpin"));
    m_travelBufferSpin->setAccessibleName(tr("Travel buffer between studios"));
    m_travelBufferSpin->setRange(0,
                                 static_cast<int>(CalendarPreferences::kMaxTravelBuffer.count()));
    m_travelBufferSpin->setSingleStep(5);
    m_travelBufferSpin->setSuffix(tr(" min"));
    m_travelBufferSpin->setSpecialValueText(tr("None"));
    m_travelBufferSpin->setValue(static_cast<int>(m_preferences.travelBuffer.count()));
    connect(m_travelBufferSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_preferences.travelBuffer = std::chrono::minutes{minutes};
        save();
    });

    m_lateWindowSpin = new QSpinBox(this);
    m_lateWindowSpin->setObjectName(QStringLiteral("lateCancellationWindowSpin"));
    m_lateWindowSpin->setAccessibleName(tr("Late cancellation window in hours"));
    m_lateWindowSpin->setRange(
        0, static_cast<int>(CalendarPreferences::kMaxLateWindow.count() / kMinutesPerHour));
    m_lateWindowSpin->setSuffix(tr(" h before the start"));
    m_lateWindowSpin->setSpecialValueText(tr("Never late"));
    m_lateWindowSpin->setValue(
        static_cast<int>(m_preferences.cancellation.lateWindow.count() / kMinutesPerHour));
    connect(m_lateWindowSpin, &QSpinBox::valueChanged, this, [this](int hours) {
        m_preferences.cancellation.lateWindow = std::chrono::hours{hours};
        save();
    });

    m_lateFeeEdit =
        new QLineEdit(MoneyText::plainFromCents(m_preferences.cancellation.lateFeeCents), this);
    m_lateFeeEdit->setObjectName(QStringLiteral("lateCancellationFeeEdit"));
    m_lateFeeEdit->setAccessibleName(tr("Late cancellation fee in dollars"));
    m_lateFeeEdit->setPlaceholderText(tr("0.00 for no fee"));
    connect(m_lateFeeEdit, &QLineEdit::textEdited, this, [this] { checkedFee(); });
    connect(m_lateFeeEdit, &QLineEdit::editingFinished, this, &CalendarSettingsGroup::feeEdited);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("calendarSettingsError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_errorLabel->hide();

    auto* note = new QLabel(tr("The travel buffer is the time you need between sessions at two "
                               "different locations; bookings closer than that are warned about. "
                               "A cancellation within the window before the start is late and "
                               "the fee is offered."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Travel buffer:"), m_travelBufferSpin);
    form->addRow(tr("Late cancellation &window:"), m_lateWindowSpin);
    form->addRow(tr("Late cancellation fe&e ($):"), m_lateFeeEdit);
    form->addRow(m_errorLabel);
    form->addRow(note);
}

CalendarSettingsGroup::~CalendarSettingsGroup() = default;

std::optional<std::int64_t> CalendarSettingsGroup::checkedFee()
{
    const auto cents = MoneyInput::toCents(m_lateFeeEdit->text());
    if (!cents || *cents > CalendarPreferences::kMaxLateFeeCents) {
        m_errorLabel->setText(
            cents ? tr("The fee can be at most %1.")
                        .arg(MoneyText::fromCents(CalendarPreferences::kMaxLateFeeCents))
                  : tr("Enter the fee as an amount like 25 or 25.50 (0 for no fee)."));
        m_errorLabel->show();
        m_lateFeeEdit->setAccessibleDescription(m_errorLabel->text());
        return std::nullopt;
    }
    m_errorLabel->hide();
    m_lateFeeEdit->setAccessibleDescription({});
    return cents;
}

void CalendarSettingsGroup::feeEdited()
{
    if (const auto cents = checkedFee()) {
        m_preferences.cancellation.lateFeeCents = *cents;
        save();
    }
}

void CalendarSettingsGroup::save()
{
    m_preferences.saveTo(*m_settings);
    m_settings->sync();
    CalendarPreferencesNotifier::instance().announce(m_preferences);
}

} // namespace fitflow::desktop
