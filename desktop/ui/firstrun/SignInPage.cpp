#include "desktop/ui/firstrun/SignInPage.h"

#include "desktop/ui/firstrun/SignInPanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace fitflow::desktop {

SignInPage::SignInPage(AccountService& account, AppSettings& settings, QWidget* parent,
                       ServerConnectionMonitor* monitor)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign in to your FitFlow server"));
    setSubTitle(tr("Signing in lets this computer sync with your studios. You can work offline "
                   "and sign in later from Settings."));

    m_panel = new SignInPanel(account, settings, this, monitor);
    m_offlineCheck = new QCheckBox(tr("Continue &offline; sign in later"), this);
    m_offlineCheck->setObjectName(QStringLiteral("offlineCheckBox"));
    // Clients, sessions and invoices belong to an organization, which only a sync brings.
    auto* offlineNotice =
        new QLabel(tr("Offline, FitFlow opens with no studio or practice: you can add clients, "
                      "sessions and invoices once you have signed in and synced once (Settings, "
                      "Account, Sign in...). After that first sync everything works offline."),
                   this);
    offlineNotice->setObjectName(QStringLiteral("offlineNoticeLabel"));
    offlineNotice->setWordWrap(true);
    offlineNotice->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_offlineCheck);
    layout->addWidget(offlineNotice);
    layout->addWidget(m_panel);
    layout->addStretch();

    connect(m_offlineCheck, &QCheckBox::toggled, offlineNotice, &QWidget::setVisible);
    connect(m_offlineCheck, &QCheckBox::toggled, m_panel, &QWidget::setDisabled);
    connect(m_offlineCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_panel, &SignInPanel::busyChanged, this, &QWizardPage::completeChanged);
    connect(m_panel, &SignInPanel::signedIn, this, [this] {
        m_signedIn = true;
        if (wizard()) {
            wizard()->accept();
        }
    });
}

bool SignInPage::isComplete() const
{
    return !m_panel->isBusy();
}

bool SignInPage::validatePage()
{
    if (m_signedIn || m_offlineCheck->isChecked()) {
        return true;
    }
    m_panel->submit();
    return false; // the wizard is accepted once signedIn() arrives
}

} // namespace fitflow::desktop
