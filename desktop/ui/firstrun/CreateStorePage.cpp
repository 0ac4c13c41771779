#include "desktop/ui/firstrun/CreateStorePage.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/PassphrasePolicy.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace fitflow::desktop {

namespace {

QString strengthWord(PassphrasePolicy::Strength strength)
{
    switch (strength) {
    case PassphrasePolicy::Strength::TooShort:
        return CreateStorePage::tr("Too short: use at least %1 characters.")
            .arg(PassphrasePolicy::kMinimumLength);
    case PassphrasePolicy::Strength::Weak:
        return CreateStorePage::tr("Weak: add more words or mix letters, digits and symbols.");
    case PassphrasePolicy::Strength::Fair:
        return CreateStorePage::tr("Fair: a few more words would make it strong.");
    case PassphrasePolicy::Strength::Strong:
        return CreateStorePage::tr("Strong.");
    }
    return {};
}

} // namespace

CreateStorePage::CreateStorePage(StoreSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("createStorePage"));
    setTitle(tr("Create your encrypted store"));
    // Two lines at most: the wizard's header clips a third.
    setSubTitle(tr("Everything you record is encrypted on this computer. Without the passphrase "
                   "nobody can open it, not even you: keep it somewhere safe."));

    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setAccessibleName(tr("Confirm passphrase"));

    m_strengthBar = new QProgressBar(this);
    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    m_strengthBar->setRange(0, 3);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setAccessibleName(tr("Passphrase strength"));
    m_feedbackLabel = new QLabel(this);
    m_feedbackLabel->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedbackLabel->setWordWrap(true);
    m_feedbackLabel->setTextFormat(Qt::PlainText);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("createBusyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Creating the store"));
    m_busyIndicator->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);
    form->addRow(tr("&Confirm:"), m_confirmEdit);
    form->addRow(tr("Strength:"), m_strengthBar);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_feedbackLabel);
    layout->addStretch();
    layout->addWidget(m_busyIndicator);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &CreateStorePage::updateFeedback);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &CreateStorePage::updateFeedback);
    connect(&m_session, &StoreSession::stateChanged, this, &CreateStorePage::onSessionStateChanged);
    connect(&m_session, &StoreSession::openFailed, this, &CreateStorePage::onOpenFailed);
    updateFeedback();
}

void CreateStorePage::updateFeedback()
{
    const QString passphrase = m_passphraseEdit->text();
    const auto strength = PassphrasePolicy::estimate(passphrase);
    m_strengthBar->setValue(static_cast<int>(strength));
    QString text = passphrase.isEmpty() ? tr("Choose a passphrase of at least %1 characters.")
                                              .arg(PassphrasePolicy::kMinimumLength)
                                        : strengthWord(strength);
    if (strength != PassphrasePolicy::Strength::TooShort && !m_confirmEdit->text().isEmpty() &&
        PassphrasePolicy::checkNew(passphrase, m_confirmEdit->text()) ==
            PassphrasePolicy::Problem::Mismatch) {
        text += u' ' + tr("The confirmation does not match yet.");
    }
    m_feedbackLabel->setText(text);
    emit completeChanged();
}

bool CreateStorePage::isComplete() const
{
    return !m_creating &&
           PassphrasePolicy::checkNew(m_passphraseEdit->text(), m_confirmEdit->text()) ==
               PassphrasePolicy::Problem::None;
}

bool CreateStorePage::validatePage()
{
    if (m_session.state() == StoreSession::State::Unlocked) {
        return true; // created already (Back, then Next again)
    }
    if (!isComplete() || m_session.state() != StoreSession::State::NoStore) {
        return false;
    }
    m_creating = true;
    m_busyIndicator->show();
    m_passphraseEdit->setReadOnly(true);
    m_confirmEdit->setReadOnly(true);
    emit completeChanged();
    QByteArray passphrase = m_passphraseEdit->text().toUtf8();
    m_passphraseEdit->clear();
    m_confirmEdit->clear();
    m_session.createStore(std::move(passphrase));
    return false; // moves on in onSessionStateChanged once the store is open
}

void CreateStorePage::onSessionStateChanged(StoreSession::State state)
{
    if (!m_creating || state == StoreSession::State::Opening) {
        return;
    }
    m_creating = false;
    m_busyIndicator->hide();
    m_passphraseEdit->setReadOnly(false);
    m_confirmEdit->setReadOnly(false);
    emit completeChanged();
    if (state == StoreSession::State::Unlocked && wizard()) {
        wizard()->next();
    }
}

void CreateStorePage::onOpenFailed(const QString& code)
{
    m_feedbackLabel->setText(ErrorText::forCode(code));
}

} // namespace fitflow::desktop
