#include "desktop/ui/unlock/UnlockDialog.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/PassphrasePolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace fitflow::desktop {

namespace {
constexpr int kMinimumWidth = 440;
} // namespace

UnlockDialog::UnlockDialog(StoreSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(session.state() == StoreSession::State::NoStore ? Mode::CreateStore : Mode::Unlock)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setMinimumWidth(kMinimumWidth);
    buildForm();

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &UnlockDialog::validate);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &UnlockDialog::validate);
    connect(m_okButton, &QPushButton::clicked, this, &UnlockDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_session, &StoreSession::stateChanged, this, &UnlockDialog::onSessionStateChanged);
    connect(&m_session, &StoreSession::openFailed, this, &UnlockDialog::onOpenFailed);
    validate();
}

void UnlockDialog::buildForm()
{
    const bool creating = m_mode == Mode::CreateStore;
    setWindowTitle(creating ? tr("Create your encrypted store") : tr("Unlock FitFlow"));

    m_headingLabel =
        new QLabel(creating ? tr("Create your encrypted store") : tr("Welcome back"), this);
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_headingLabel->setFont(headingFont);

    m_introLabel = new QLabel(
        creating ? tr("Your clients, sessions and invoices are kept encrypted on this computer. "
                      "Choose a passphrase of at least %1 characters. Without it nobody, "
                      "including you, can open the store, so keep it somewhere safe.")
                       .arg(PassphrasePolicy::kMinimumLength)
                 : tr("Enter your passphrase to open your encrypted store."),
        this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);

    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setAccessibleName(tr("Confirm passphrase"));

    auto* form = new QFormLayout;
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setObjectName(QStringLiteral("passphraseLabel"));
    passphraseLabel->setBuddy(m_passphraseEdit);
    form->addRow(passphraseLabel, m_passphraseEdit);
    m_confirmLabel = new QLabel(tr("&Confirm:"), this);
    m_confirmLabel->setObjectName(QStringLiteral("confirmLabel"));
    m_confirmLabel->setBuddy(m_confirmEdit);
    form->addRow(m_confirmLabel, m_confirmEdit);
    m_confirmLabel->setVisible(creating);
    m_confirmEdit->setVisible(creating);

    // Inline error: the style's warning icon and plain text in the palette's colours, so it reads
    // well in light and dark themes without a hard-coded red.
    m_errorRow = new QWidget(this);
    m_errorRow->setObjectName(QStringLiteral("errorRow"));
    auto* warningIcon = new QLabel(m_errorRow);
    warningIcon->setObjectName(QStringLiteral("errorIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    warningIcon->setPixmap(style()
                               ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    warningIcon->setAlignment(Qt::AlignTop);
    m_errorLabel = new QLabel(m_errorRow);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setAccessibleName(tr("Problem"));
    auto* errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(warningIcon);
    errorLayout->addWidget(m_errorLabel, 1);
    m_errorRow->hide();

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0); // indeterminate: key derivation reports no progress
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(creating ? tr("Creating the store")
                                                : tr("Unlocking the store"));
    m_busyIndicator->hide();

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = m_buttons->addButton(creating ? tr("&Create store") : tr("&Unlock"),
                                      QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorRow);
    layout->addWidget(m_busyIndicator);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

void UnlockDialog::validate()
{
    if (m_mode == Mode::Unlock) {
        if (!m_passphraseEdit->text().isEmpty()) {
            m_errorRow->hide();
        }
        m_okButton->setEnabled(!m_passphraseEdit->text().isEmpty());
        return;
    }
    const QString passphrase = m_passphraseEdit->text();
    const QString confirmation = m_confirmEdit->text();
    const auto problem = PassphrasePolicy::checkNew(passphrase, confirmation);
    m_okButton->setEnabled(problem == PassphrasePolicy::Problem::None);
    switch (problem) {
    case PassphrasePolicy::Problem::None:
    case PassphrasePolicy::Problem::Empty:
        m_errorRow->hide();
        break;
    case PassphrasePolicy::Problem::TooShort:
        showError(tr("The passphrase is too short: use at least %1 characters.")
                      .arg(PassphrasePolicy::kMinimumLength));
        break;
    case PassphrasePolicy::Problem::Mismatch:
        // Only complain once the user has started typing the confirmation.
        if (confirmation.isEmpty()) {
            m_errorRow->hide();
        } else {
            showError(tr("The two passphrases do not match."));
        }
        break;
    }
}

void UnlockDialog::submit()
{
    if (!m_okButton->isEnabled()) {
        return;
    }
    QByteArray passphrase = m_passphraseEdit->text().toUtf8();
    setBusy(true);
    if (m_mode == Mode::CreateStore) {
        m_session.createStore(std::move(passphrase));
    } else {
        m_session.unlock(std::move(passphrase));
    }
}

void UnlockDialog::onSessionStateChanged(StoreSession::State state)
{
    if (state == StoreSession::State::Unlocked) {
        setBusy(false);
        m_passphraseEdit->clear();
        m_confirmEdit->clear();
        accept();
    }
}

void UnlockDialog::onOpenFailed(const QString& code)
{
    setBusy(false);
    // Clear first: clearing re-validates, which would hide the error shown next.
    m_passphraseEdit->clear();
    m_confirmEdit->clear();
    showError(ErrorText::forCode(code));
    m_okButton->setEnabled(false);
    m_passphraseEdit->setFocus();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busyIndicator->setVisible(busy);
    m_passphraseEdit->setEnabled(!busy);
    m_confirmEdit->setEnabled(!busy);
    m_okButton->setEnabled(!busy);
    if (busy) {
        m_errorRow->hide();
    }
}

void UnlockDialog::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorRow->show();
}

} // namespace fitflow::desktop
