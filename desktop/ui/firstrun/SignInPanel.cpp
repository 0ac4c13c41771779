#include "desktop/ui/firstrun/SignInPanel.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/ErrorText.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/sync/ServerConnectionMonitor.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

QLineEdit* makeEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

SignInPanel::SignInPanel(AccountService& account, AppSettings& settings, QWidget* parent,
                         ServerConnectionMonitor* monitor)
    : QWidget(parent)
    , m_account(account)
    , m_settings(settings)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("signInPanel"));
    buildForm();
    connect(&m_account, &AccountService::signInFinished, this, &SignInPanel::onFinished);
}

void SignInPanel::buildForm()
{
    m_serverEdit = makeEdit(this, QStringLiteral("serverUrlEdit"), tr("Server address"));
    m_serverEdit->setPlaceholderText(QStringLiteral("https://sync.example.com"));
    m_serverEdit->setText(m_settings.serverUrl().toString());
    m_caFileEdit = makeEdit(this, QStringLiteral("caFileEdit"), tr("CA certificate file"));
    m_caFileEdit->setPlaceholderText(tr("Optional, for a self-hosted server"));
    m_caFileEdit->setText(m_settings.caCertificatePath());
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &SignInPanel::browseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(browse);

    m_emailEdit = makeEdit(this, QStringLiteral("emailEdit"), tr("E-mail"));
    m_passwordEdit = makeEdit(this, QStringLiteral("passwordEdit"), tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_totpEdit = makeEdit(this, QStringLiteral("totpEdit"), tr("Verification code"));
    m_totpEdit->setMaxLength(6);

    auto* form = new QFormLayout;
    form->addRow(tr("Ser&ver:"), m_serverEdit);
    auto* caLabel = new QLabel(tr("C&A file:"), this);
    caLabel->setBuddy(m_caFileEdit); // a row holding a layout gets no buddy by itself
    form->addRow(caLabel, caRow);
    form->addRow(tr("&E-mail:"), m_emailEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    m_totpLabel = new QLabel(tr("&Code:"), this);
    m_totpLabel->setBuddy(m_totpEdit);
    form->addRow(m_totpLabel, m_totpEdit);
    m_totpLabel->hide();
    m_totpEdit->hide();

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("signInErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_errorLabel->hide();

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("signInBusyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Signing in"));
    m_busyIndicator->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyIndicator);
}

void SignInPanel::browseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("CA certificate"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty()) {
        m_caFileEdit->setText(path);
    }
}

bool SignInPanel::submit()
{
    if (m_busy) {
        return false;
    }
    SignInForm form;
    form.serverUrl = QUrl(m_serverEdit->text().trimmed(), QUrl::StrictMode);
    form.caCertPath = m_caFileEdit->text().trimmed();
    form.email = m_emailEdit->text().trimmed();
    form.password = m_passwordEdit->text().toUtf8();
    form.totpCode = m_totpEdit->text().trimmed();
    form.deviceName = tr("FitFlow on %1").arg(QSysInfo::machineHostName());
    if (const QString problem = AccountService::validate(form); !problem.isEmpty()) {
        showError(ErrorText::forCode(problem));
        return false;
    }
    m_errorLabel->hide();
    setBusy(true);
    m_account.signIn(std::move(form));
    return true;
}

void SignInPanel::onFinished(const QString& code, const QString& message)
{
    Q_UNUSED(message)
    setBusy(false);
    if (code.isEmpty()) {
        // Remember where the account lives, and watch it from now on.
        m_settings.setServerUrl(QUrl(m_serverEdit->text().trimmed()));
        m_settings.setCaCertificatePath(m_caFileEdit->text().trimmed());
        if (m_monitor) {
            m_monitor->setEndpoint(
                ServerEndpoint{m_settings.serverUrl(), m_settings.caCertificatePath()});
        }
        m_passwordEdit->clear();
        m_totpEdit->clear();
        emit signedIn();
        return;
    }
    if (code == QLatin1String("mfa_required")) {
        m_totpLabel->show();
        m_totpEdit->show();
        m_totpEdit->setFocus();
    }
    showError(ErrorText::forCode(code));
}

void SignInPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    for (QLineEdit* edit : {m_serverEdit, m_caFileEdit, m_emailEdit, m_passwordEdit, m_totpEdit}) {
        edit->setReadOnly(busy);
    }
    emit busyChanged(busy);
}

void SignInPanel::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

} // namespace fitflow::desktop
