#include "desktop/ui/clients/PackageDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

constexpr int kMaxSessions = 1000;
constexpr qint64 kMaxCents = 10'000'000'000;

} // namespace

PackageDialog::PackageDialog(const QString& clientId, const QString& orgId,
                             const QString& clientName, QWidget* parent)
    : QDialog(parent)
    , m_clientId(clientId)
    , m_orgId(orgId)
{
    setObjectName(QStringLiteral("packageDialog"));
    setWindowTitle(tr("New package for %1").arg(clientName));

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("packageNameEdit"));
    m_name->setAccessibleName(tr("Package name"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Ten sessions"));
    form->addRow(tr("&Name"), m_name);

    m_sessions = new QSpinBox(this);
    m_sessions->setObjectName(QStringLiteral("packageSessionsSpin"));
    m_sessions->setAccessibleName(tr("Number of sessions"));
    m_sessions->setRange(1, kMaxSessions);
    m_sessions->setValue(10);
    form->addRow(tr("&Sessions"), m_sessions);

    auto* priceRow = new QHBoxLayout;
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("packagePriceEdit"));
    m_price->setAccessibleName(tr("Price"));
    m_price->setPlaceholderText(tr("e.g. 750.00"));
    m_currency = new QLineEdit(QStringLiteral("CAD"), this);
    m_currency->setObjectName(QStringLiteral("packageCurrencyEdit"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(
        m_currency->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    form->addRow(tr("&Price"), priceRow);

    auto* expiryRow = new QHBoxLayout;
    m_expires = new QCheckBox(tr("E&xpires on"), this);
    m_expires->setObjectName(QStringLiteral("packageExpiresCheck"));
    m_expiresOn = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_expiresOn->setObjectName(QStringLiteral("packageExpiresDate"));
    m_expiresOn->setAccessibleName(tr("Last day of use"));
    m_expiresOn->setCalendarPopup(true);
    m_expiresOn->setEnabled(false);
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiresOn, 1);
    form->addRow(tr("Expiry"), expiryRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("packageError"));
    m_error->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add package"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("packageAddButton"));
    m_add->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("packageCancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_expires, &QCheckBox::toggled, m_expiresOn, &QWidget::setEnabled);
    for (QLineEdit* edit : {m_name, m_price, m_currency}) {
        connect(edit, &QLineEdit::textChanged, this, &PackageDialog::updateAddButton);
    }
    updateAddButton();
}

PackageDraft PackageDialog::draft() const
{
    PackageDraft draft;
    draft.clientId = m_clientId;
    draft.orgId = m_orgId;
    draft.name = m_name->text().trimmed();
    draft.sessionsTotal = m_sessions->value();
    draft.priceCents = parseCents(m_price->text());
    draft.currency = m_currency->text().trimmed().toUpper();
    draft.expiresOn = m_expires->isChecked() ? m_expiresOn->date() : QDate();
    return draft;
}

qint64 PackageDialog::parseCents(const QString& typed)
{
    static const QRegularExpression kMoney(
        QStringLiteral("^\\s*(\\d{1,8})(?:[.,](\\d{1,2}))?\\s*$"));
    const auto match = kMoney.match(typed);
    if (!match.hasMatch()) {
        return -1;
    }
    QString fraction = match.captured(2);
    while (fraction.size() < 2) {
        fraction += QLatin1Char('0');
    }
    const qint64 cents = match.captured(1).toLongLong() * 100 + fraction.toLongLong();
    return cents <= kMaxCents ? cents : -1;
}

void PackageDialog::updateAddButton()
{
    static const QRegularExpression kCurrency(QStringLiteral("^[A-Za-z]{3}$"));
    QString problem;
    if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Give the package a name.");
    } else if (parseCents(m_price->text()) < 0) {
        problem = tr("Type the price as an amount, like 750 or 750.00.");
    } else if (!kCurrency.match(m_currency->text().trimmed()).hasMatch()) {
        problem = tr("The currency is a three-letter code, like CAD.");
    }
    m_error->setText(problem);
    m_add->setEnabled(problem.isEmpty());
}

} // namespace fitflow::desktop
