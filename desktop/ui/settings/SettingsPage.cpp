#include "desktop/ui/settings/SettingsPage.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/core/account/OrganizationDirectory.h"
#include "desktop/core/account/ProfileService.h"
#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/security/IdleLock.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/calendar/CalendarSettingsGroup.h"
#include "desktop/ui/firstrun/SignInPanel.h"
#include "desktop/ui/invoices/TaxInvoicingGroup.h"
#include "desktop/ui/settings/ChangePassphraseDialog.h"
#include "desktop/ui/settings/ProfileGroup.h"
#include "desktop/ui/settings/SignOutDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

constexpr int kCentsPerUnit = 100;
const QString kPricePattern = QStringLiteral("^([0-9]{1,6})(?:[.,]([0-9]{1,2}))?$");

QGroupBox* section(const QString& title, const QString& objectName, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    return box;
}

} // namespace

SettingsPage::SettingsPage(DesktopContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_directory(new OrganizationDirectory(context.session, this))
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* heading = new QLabel(tr("Settings"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);

    auto* content = new QWidget(this);
    auto* columns = new QHBoxLayout(content);
    auto* left = new QVBoxLayout;
    left->addWidget(buildAccountSection());
    auto* profile = new ProfileGroup(m_context.session, this);
    // A fresh profile may bring new roles for the organizations list.
    connect(&profile->service(), &ProfileService::profileChanged, m_directory,
            &OrganizationDirectory::reload);
    left->addWidget(profile);
    left->addWidget(buildOrganizationsSection(), 1);
    auto* right = new QVBoxLayout;
    right->addWidget(buildSecuritySection());
    right->addWidget(buildPreferencesSection());
    right->addWidget(new CalendarSettingsGroup(this));
    right->addWidget(new TaxInvoicingGroup(m_context, this));
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);

    connect(m_directory, &OrganizationDirectory::loaded, this, &SettingsPage::refreshOrganizations);
    connect(&m_context.events, &StoreEvents::changed, this, [this](const QString& entity) {
        if (StoreEvents::concerns(entity, QStringLiteral("organization")) ||
            StoreEvents::concerns(entity, QStringLiteral("location"))) {
            m_directory->reload();
        }
    });
    if (m_context.account) {
        connect(m_context.account, &AccountService::accountChanged, this,
                &SettingsPage::refreshAccount);
        m_context.account->reload();
    }
    m_directory->reload();
    refreshAccount();
}

QWidget* SettingsPage::buildAccountSection()
{
    QGroupBox* box = section(tr("Account"), QStringLiteral("accountSection"), this);
    m_accountLabel = new QLabel(box);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setWordWrap(true);
    m_accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signInButton = new QPushButton(tr("Sign i&n..."), box);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signOutButton = new QPushButton(tr("Sign o&ut..."), box);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    connect(m_signInButton, &QPushButton::clicked, this, &SettingsPage::signIn);
    connect(m_signOutButton, &QPushButton::clicked, this, &SettingsPage::signOut);

    auto* storePath = new QLabel(QDir::toNativeSeparators(m_context.session.databasePath()), box);
    storePath->setObjectName(QStringLiteral("storePathValue"));
    storePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storePath->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_signOutButton);
    buttons->addStretch();
    auto* form = new QFormLayout(box);
    form->addRow(tr("Signed in as:"), m_accountLabel);
    form->addRow(buttons);
    form->addRow(tr("Encrypted store:"), storePath);
    return box;
}

QWidget* SettingsPage::buildOrganizationsSection()
{
    QGroupBox* box =
        section(tr("Organizations and locations"), QStringLiteral("organizationsSection"), this);
    m_organizationsTree = new QTreeWidget(box);
    m_organizationsTree->setObjectName(QStringLiteral("organizationsTree"));
    m_organizationsTree->setAccessibleName(tr("Organizations and locations"));
    m_organizationsTree->setHeaderLabels({tr("Name"), tr("Province"), tr("Time zone"),
                                          tr("Invoice numbers"), tr("Your roles"), tr("Address")});
    m_organizationsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its text, the address too (stretched, it took only what was left
    // of the view and was cut); the tree scrolls sideways instead.
    m_organizationsTree->header()->setStretchLastSection(false);
    m_organizationsTree->setRootIsDecorated(true);
    auto* note = new QLabel(tr("Organizations, locations and invoice number blocks are managed "
                               "on the server; this device issues invoices offline from the "
                               "numbers it holds."),
                            box);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_organizationsTree, 1);
    layout->addWidget(note);
    return box;
}

QWidget* SettingsPage::buildSecuritySection()
{
    QGroupBox* box = section(tr("Security"), QStringLiteral("securitySection"), this);
    m_idleLockSpin = new QSpinBox(box);
    m_idleLockSpin->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleLockSpin->setAccessibleName(tr("Lock after minutes without activity"));
    m_idleLockSpin->setRange(0, AppSettings::kMaxIdleLockMinutes);
    m_idleLockSpin->setSpecialValueText(tr("Never"));
    m_idleLockSpin->setSuffix(tr(" min"));
    m_idleLockSpin->setValue(m_context.settings.idleLockMinutes());
    connect(m_idleLockSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_context.settings.setIdleLockMinutes(minutes);
        if (m_context.idleLock) {
            m_context.idleLock->setTimeoutMinutes(minutes);
        }
    });
    auto* changePassphrase = new QPushButton(tr("Change &passphrase..."), box);
    changePassphrase->setObjectName(QStringLiteral("changePassphraseButton"));
    connect(changePassphrase, &QPushButton::clicked, this, [this] {
        ChangePassphraseDialog dialog(m_context.session, this);
        if (dialog.exec() == QDialog::Accepted) {
            QMessageBox::information(this, tr("Passphrase changed"),
                                     tr("Use the new passphrase from now on."));
        }
    });
    auto* form = new QFormLayout(box);
    form->addRow(tr("Loc&k after:"), m_idleLockSpin);
    form->addRow(changePassphrase);
    return box;
}

QWidget* SettingsPage::buildPreferencesSection()
{
    QGroupBox* box = section(tr("Preferences"), QStringLiteral("preferencesSection"), this);
    m_languageCombo = new QComboBox(box);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System language"), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Fran\u00e7ais (Canada)"), QStringLiteral("fr_CA"));
    m_languageCombo->setCurrentIndex(
        std::max(0, m_languageCombo->findData(m_context.settings.language())));
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_languageCombo->currentData().toString();
        m_context.settings.setLanguage(language);
        emit languageChanged(language);
    });

    m_serverUrlEdit = new QLineEdit(m_context.settings.serverUrl().toString(), box);
    m_serverUrlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrlEdit->setAccessibleName(tr("Server address"));
    m_serverUrlEdit->setPlaceholderText(QStringLiteral("https://sync.example.com"));
    connect(m_serverUrlEdit, &QLineEdit::editingFinished, this, [this] {
        m_context.settings.setServerUrl(QUrl(m_serverUrlEdit->text().trimmed()));
        applyServerEndpoint();
    });
    m_caFileEdit = new QLineEdit(m_context.settings.caCertificatePath(), box);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setAccessibleName(tr("CA certificate file"));
    m_caFileEdit->setPlaceholderText(tr("System certificates only"));
    connect(m_caFileEdit, &QLineEdit::editingFinished, this, [this] {
        m_context.settings.setCaCertificatePath(m_caFileEdit->text().trimmed());
        applyServerEndpoint();
    });

    m_sessionMinutesSpin = new QSpinBox(box);
    m_sessionMinutesSpin->setObjectName(QStringLiteral("sessionMinutesSpin"));
    m_sessionMinutesSpin->setAccessibleName(tr("Default session length"));
    m_sessionMinutesSpin->setRange(5, 600);
    m_sessionMinutesSpin->setSingleStep(5);
    m_sessionMinutesSpin->setSuffix(tr(" min"));
    m_sessionMinutesSpin->setValue(m_context.settings.defaultSessionMinutes());
    connect(m_sessionMinutesSpin, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_context.settings.setDefaultSessionMinutes(minutes); });

    m_sessionPriceEdit =
        new QLineEdit(formatPriceCents(m_context.settings.defaultSessionPriceCents()), box);
    m_sessionPriceEdit->setObjectName(QStringLiteral("sessionPriceEdit"));
    m_sessionPriceEdit->setAccessibleName(tr("Default session price"));
    m_sessionPriceEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(kPricePattern), m_sessionPriceEdit));
    connect(m_sessionPriceEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto cents = parsePriceCents(m_sessionPriceEdit->text())) {
            m_context.settings.setDefaultSessionPriceCents(*cents);
        }
    });

    auto* form = new QFormLayout(box);
    form->addRow(tr("Lan&guage:"), m_languageCombo);
    form->addRow(tr("&Server:"), m_serverUrlEdit);
    form->addRow(tr("CA fi&le:"), m_caFileEdit);
    form->addRow(tr("Session lengt&h:"), m_sessionMinutesSpin);
    form->addRow(tr("Session p&rice ($):"), m_sessionPriceEdit);
    return box;
}

// A changed address or CA file applies at once: the connection monitor watches the new server.
void SettingsPage::applyServerEndpoint()
{
    m_context.monitor.setEndpoint(
        ServerEndpoint{m_context.settings.serverUrl(), m_context.settings.caCertificatePath()});
}

std::optional<qint64> SettingsPage::parsePriceCents(const QString& text)
{
    static const QRegularExpression kPrice(kPricePattern);
    const QRegularExpressionMatch match = kPrice.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const qint64 units = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    if (fraction.size() == 1) {
        fraction += u'0';
    }
    return units * kCentsPerUnit + (fraction.isEmpty() ? 0 : fraction.toLongLong());
}

// Shown with the locale's decimal sign ("85,00" in French); parsePriceCents reads both signs.
QString SettingsPage::formatPriceCents(qint64 cents)
{
    return MoneyText::plainFromCents(cents);
}

void SettingsPage::refreshAccount()
{
    const bool available = m_context.account != nullptr;
    const AccountInfo info = available ? m_context.account->account() : AccountInfo{};
    if (info.signedIn) {
        m_accountLabel->setText(tr("%1 on %2").arg(info.email, info.serverUrl));
    } else {
        m_accountLabel->setText(tr("Not signed in: working offline"));
    }
    m_signInButton->setVisible(available && !info.signedIn);
    m_signOutButton->setVisible(available && info.signedIn);
}

void SettingsPage::refreshOrganizations()
{
    m_organizationsTree->clear();
    for (const OrganizationSummary& organization : m_directory->organizations()) {
        auto* item = new QTreeWidgetItem(m_organizationsTree, {organization.name});
        item->setText(
            3, organization.invoiceNumberRanges.isEmpty()
                   ? tr("None held")
                   : tr("%1 (%n left)", nullptr, static_cast<int>(organization.invoiceNumbersLeft))
                         .arg(organization.invoiceNumberRanges));
        QStringList roles;
        for (const QString& role : organization.roles) {
            roles.append(ProfileGroup::roleText(role));
        }
        item->setText(4, roles.join(tr(", ")));
        for (const LocationSummary& location : organization.locations) {
            new QTreeWidgetItem(item, {location.name, location.province, location.timeZone,
                                       QString(), QString(), location.address});
        }
        item->setExpanded(true);
    }
    if (m_organizationsTree->topLevelItemCount() == 0) {
        // Spanned, so the sentence does not widen the Name column and push the others away.
        (new QTreeWidgetItem(m_organizationsTree,
                             {tr("None yet: sign in and sync to see your studios")}))
            ->setFirstColumnSpanned(true);
    }
}

void SettingsPage::signIn()
{
    if (!m_context.account) {
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("signInDialog"));
    dialog.setWindowTitle(tr("Sign in"));
    auto* panel =
        new SignInPanel(*m_context.account, m_context.settings, &dialog, &m_context.monitor);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, panel, &SignInPanel::submit);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(panel, &SignInPanel::signedIn, &dialog, &QDialog::accept);
    connect(panel, &SignInPanel::busyChanged, ok, &QWidget::setDisabled);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(panel);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // The panel saved the signed-in server and pointed the monitor at it; show it here too.
    m_serverUrlEdit->setText(m_context.settings.serverUrl().toString());
    m_caFileEdit->setText(m_context.settings.caCertificatePath());
    if (m_context.sync) {
        m_context.sync->syncNow();
    }
}

void SettingsPage::signOut()
{
    if (!m_context.account) {
        return;
    }
    const qint64 pending = m_context.sync ? m_context.sync->status().pending : -1;
    SignOutDialog dialog(m_context.account->account().email, pending, this);
    dialog.exec();
    const SignOutDialog::Choice choice = dialog.choice();
    if (choice == SignOutDialog::Choice::Cancel) {
        return;
    }
    m_context.account->signOut(choice == SignOutDialog::Choice::WipeData);
    if (choice == SignOutDialog::Choice::WipeData) {
        connect(
            m_context.account, &AccountService::signOutFinished, this,
            [this](const QString& code) {
                if (code.isEmpty()) {
                    m_context.events.notifyAllChanged();
                }
            },
            Qt::SingleShotConnection);
    }
}

} // namespace fitflow::desktop
