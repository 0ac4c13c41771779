#include "desktop/ui/settings/SettingsPage.h"

#include "desktop/core/AppSettings.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {
QLabel* selectableValue(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

SettingsPage::SettingsPage(const AppSettings& settings, const QString& storePath, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* heading = new QLabel(tr("Settings"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);

    const QString serverUrl = settings.serverUrl().toString();
    const QString caPath = settings.caCertificatePath();
    const QLocale uiLocale;

    auto* form = new QFormLayout;
    form->addRow(tr("Encrypted store:"), selectableValue(QDir::toNativeSeparators(storePath),
                                                         QStringLiteral("storePathValue"), this));
    form->addRow(tr("Server:"),
                 selectableValue(serverUrl.isEmpty() ? tr("Not configured") : serverUrl,
                                 QStringLiteral("serverUrlValue"), this));
    form->addRow(tr("Trusted CA file:"),
                 selectableValue(caPath.isEmpty() ? tr("System certificates only")
                                                  : QDir::toNativeSeparators(caPath),
                                 QStringLiteral("caCertificateValue"), this));
    form->addRow(tr("Language:"), selectableValue(uiLocale.nativeLanguageName(),
                                                  QStringLiteral("languageValue"), this));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addStretch();
}

} // namespace fitflow::desktop
