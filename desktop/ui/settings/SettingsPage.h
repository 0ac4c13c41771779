#pragma once
// The Settings page: the signed-in account (sign in, sign out), the organizations and locations
// this store knows (read-only), security (idle lock, passphrase change), language (applied at
// once), the sync server, and defaults for new sessions. Values are saved as they change.

#include "desktop/core/DesktopContext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace fitflow::desktop {

class OrganizationDirectory;

class SettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPage(DesktopContext context, QWidget* parent = nullptr);

    // Parses "85", "85.5" or "85,50" into cents without floating point; nullopt when invalid.
    static std::optional<qint64> parsePriceCents(const QString& text);
    static QString formatPriceCents(qint64 cents);

signals:
    // The user chose another language ("en", "fr_CA", or empty for the system's).
    void languageChanged(const QString& language);

private:
    QWidget* buildAccountSection();
    QWidget* buildOrganizationsSection();
    QWidget* buildSecuritySection();
    QWidget* buildPreferencesSection();
    void refreshAccount();
    void applyServerEndpoint();
    void refreshOrganizations();
    void signIn();
    void signOut();

    DesktopContext m_context;
    OrganizationDirectory* m_directory = nullptr; // child
    QLabel* m_accountLabel = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_signOutButton = nullptr;
    QTreeWidget* m_organizationsTree = nullptr;
    QSpinBox* m_idleLockSpin = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QLineEdit* m_serverUrlEdit = nullptr;
    QLineEdit* m_caFileEdit = nullptr;
    QSpinBox* m_sessionMinutesSpin = nullptr;
    QLineEdit* m_sessionPriceEdit = nullptr;
};

} // namespace fitflow::desktop
