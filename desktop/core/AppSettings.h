#pragma once
// The user's preferences, kept with QSettings under organization "FitFlow", application
// "FitFlow". Environment variables (FITFLOW_SERVER_URL, FITFLOW_CA_CERT, FITFLOW_LANG) override
// the stored values so scripts and tests can point the app elsewhere without touching them.
// Not thread-safe; use from the GUI thread.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace fitflow::desktop {

class AppSettings {
public:
    static constexpr const char* kOrganizationName = "FitFlow";
    static constexpr const char* kApplicationName = "FitFlow";

    // The user's settings (QSettings native format, "FitFlow"/"FitFlow").
    AppSettings();
    // Settings kept in one INI file instead: for tests and portable installs.
    explicit AppSettings(const QString& iniFilePath);

    // Base address of the sync server, e.g. https://127.0.0.1:8443; empty when not configured.
    QUrl serverUrl() const;
    void setServerUrl(const QUrl& url);

    // Extra CA certificate (PEM) trusted for the server, for self-hosted servers; may be empty.
    QString caCertificatePath() const;
    void setCaCertificatePath(const QString& path);

    // UI language as a locale name ("en", "fr_CA"); empty means "follow the system".
    QString language() const;
    void setLanguage(const QString& language);

    // Minutes without keyboard or mouse input before the store locks itself; 0 = never.
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaxIdleLockMinutes = 240;
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes); // clamped to 0..kMaxIdleLockMinutes

    // Defaults offered when a session or invoice line is created (money in cents, no floats).
    static constexpr int kDefaultSessionMinutes = 60;
    int defaultSessionMinutes() const;
    void setDefaultSessionMinutes(int minutes);     // clamped to 5..600
    qint64 defaultSessionPriceCents() const;        // 0 when not set
    void setDefaultSessionPriceCents(qint64 cents); // negative becomes 0

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

private:
    QString overridable(const char* environmentVariable, const QString& key) const;

    QSettings m_settings;
};

} // namespace fitflow::desktop
