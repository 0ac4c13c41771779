#include "desktop/core/AppSettings.h"

namespace fitflow::desktop {

namespace {
const QString kServerUrlKey = QStringLiteral("server/url");
const QString kCaCertificateKey = QStringLiteral("server/caCertificate");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
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

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometryKey, geometry);
}

} // namespace fitflow::desktop
