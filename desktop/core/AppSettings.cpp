#include "desktop/core/AppSettings.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {
const QString kServerUrlKey = QStringLiteral("server/url");
const QString kCaCertificateKey = QStringLiteral("server/caCertificate");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kIdleLockKey = QStringLiteral("security/idleLockMinutes");
const QString kSessionMinutesKey = QStringLiteral("defaults/sessionMinutes");
const QString kSessionPriceKey = QStringLiteral("defaults/sessionPriceCents");
constexpr int kMinSessionMinutes = 5;
constexpr int kMaxSessionMinutes = 600;
} // namespace

AppSettings::AppSettings()
    : m_settings(QLatin1String(kOrganizationName), QLatin1String(kApplicationName))
{
}

AppSettings::AppSettings(const QString& iniFilePath)
    : m_settings(iniFilePath, QSettings::IniFormat)
{
}

QString AppSettings::overridable(const char* environmentVariable, const QString& key) const
{
    QString fromEnvironment = qEnvironmentVariable(environmentVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return m_settings.value(key).toString().trimmed();
}

QUrl AppSettings::serverUrl() const
{
    const QString text = overridable("FITFLOW_SERVER_URL", kServerUrlKey);
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

void AppSettings::setServerUrl(const QUrl& url)
{
    m_settings.setValue(kServerUrlKey, url.toString());
}

QString AppSettings::caCertificatePath() const
{
    return overridable("FITFLOW_CA_CERT", kCaCertificateKey);
}

void AppSettings::setCaCertificatePath(const QString& path)
{
    m_settings.setValue(kCaCertificateKey, path);
}

QString AppSettings::language() const
{
    return overridable("FITFLOW_LANG", kLanguageKey);
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguageKey, language);
}

int AppSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIdleLockKey, kDefaultIdleLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, kMaxIdleLockMinutes) : kDefaultIdleLockMinutes;
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(kIdleLockKey, std::clamp(minutes, 0, kMaxIdleLockMinutes));
}

int AppSettings::defaultSessionMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kSessionMinutesKey, kDefaultSessionMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, kMinSessionMinutes, kMaxSessionMinutes)
              : kDefaultSessionMinutes;
}

void AppSettings::setDefaultSessionMinutes(int minutes)
{
    m_settings.setValue(kSessionMinutesKey,
                        std::clamp(minutes, kMinSessionMinutes, kMaxSessionMinutes));
}

qint64 AppSettings::defaultSessionPriceCents() const
{
    bool ok = false;
    const qint64 cents = m_settings.value(kSessionPriceKey, 0).toLongLong(&ok);
    return ok && cents > 0 ? cents : 0;
}

void AppSettings::setDefaultSessionPriceCents(qint64 cents)
{
    m_settings.setValue(kSessionPriceKey, std::max<qint64>(cents, 0));
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometryKey, geometry);
}

} // namespace fitflow::desktop
