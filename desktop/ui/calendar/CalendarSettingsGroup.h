#pragma once
// The "Calendar" group of the Settings page: travel buffer between studios, late-cancellation
// window and fee. Each value is checked as it is typed; a valid value is saved (keys
// "calendar/..." read by CalendarPreferences) and announced to open calendars; an invalid one
// is not saved and the reason is shown under the fields.

#include "desktop/core/calendar/CalendarPreferences.h"

#include <QGroupBox>

#include <cstdint>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace fitflow::desktop {

class CalendarSettingsGroup : public QGroupBox {
    Q_OBJECT

public:
    // `iniFile` empty: the user's settings (as CalendarPreferences::fromUserSettings reads).
    explicit CalendarSettingsGroup(QWidget* parent = nullptr, const QString& iniFile = {});
    ~CalendarSettingsGroup() override;

    CalendarPreferences preferences() const { return m_preferences; }

private:
    void save();
    // The typed fee in cents, or nullopt after showing why it is not valid.
    std::optional<std::int64_t> checkedFee();
    void feeEdited(); // saves a valid fee when editing finishes (Return or focus out)

    std::unique_ptr<QSettings> m_settings;
    CalendarPreferences m_preferences;
    QSpinBox* m_travelBufferSpin = nullptr;
    QSpinBox* m_lateWindowSpin = nullptr;
    QLineEdit* m_lateFeeEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace fitflow::desktop
