#include "desktop/ui/settings/ChangePassphraseDialog.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/security/PassphraseChange.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

QLineEdit* passwordEdit(QWidget* parent, const QString& objectName, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

ChangePassphraseDialog::ChangePassphraseDialog(StoreSession& session, QWidget* parent)
    : QDialog(parent)
    , m_change(new PassphraseChange(session, this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    m_oldEdit = passwordEdit(this, QStringLiteral("oldPassphraseEdit"), tr("Current passphrase"));
    m_newEdit = passwordEdit(this, QStringLiteral("newPassphraseEdit"), tr("New passphrase"));
    m_confirmEdit =
        passwordEdit(this, QStringLiteral("confirmPassphraseEdit"), tr("Confirm new passphrase"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Changing the passphrase"));
    m_busyIndicator->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(tr("&Change"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_okButton, &QPushButton::clicked, this, &ChangePassphraseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &PassphraseChange::finished, this,
            [this](const QString& code) { onFinished(code); });

    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent passphrase:"), m_oldEdit);
    form->addRow(tr("&New passphrase:"), m_newEdit);
    form->addRow(tr("C&onfirm:"), m_confirmEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(buttons);
}

void ChangePassphraseDialog::submit()
{
    if (m_change->isRunning()) {
        return;
    }
    m_errorLabel->hide();
    m_busyIndicator->show();
    m_okButton->setEnabled(false);
    m_change->change(m_oldEdit->text().toUtf8(), m_newEdit->text().toUtf8(),
                     m_confirmEdit->text().toUtf8());
}

void ChangePassphraseDialog::onFinished(const QString& code)
{
    m_busyIndicator->hide();
    m_okButton->setEnabled(true);
    if (code.isEmpty()) {
        m_oldEdit->clear();
        m_newEdit->clear();
        m_confirmEdit->clear();
        accept();
        return;
    }
    m_errorLabel->setText(ErrorText::forCode(code));
    m_errorLabel->show();
}

} // namespace fitflow::desktop
