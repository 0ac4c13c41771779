#include "desktop/ui/clients/ConsentDialog.h"

#include "shared/clients/ConsentKind.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

ConsentDialog::ConsentDialog(const QString& clientId, const QString& orgId,
                             const QString& clientName, QWidget* parent)
    : QDialog(parent)
    , m_clientId(clientId)
    , m_orgId(orgId)
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record consent for %1").arg(clientName));

    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("consentKindCombo"));
    m_kind->setAccessibleName(tr("Consent"));
    for (const QString& kind : ConsentHistoryModel::recordableKinds()) {
        m_kind->addItem(ConsentHistoryModel::kindName(kind), kind);
    }
    form->addRow(tr("&Consent"), m_kind);

    auto* decision = new QWidget(this);
    auto* decisionLayout = new QHBoxLayout(decision);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    m_granted = new QRadioButton(tr("&Granted"), decision);
    m_granted->setObjectName(QStringLiteral("consentGrantedRadio"));
    m_withdrawn = new QRadioButton(tr("&Withdrawn or refused"), decision);
    m_withdrawn->setObjectName(QStringLiteral("consentWithdrawnRadio"));
    m_granted->setChecked(true);
    auto* group = new QButtonGroup(decision);
    group->addButton(m_granted);
    group->addButton(m_withdrawn);
    decisionLayout->addWidget(m_granted);
    decisionLayout->addWidget(m_withdrawn);
    decisionLayout->addStretch();
    form->addRow(tr("Decision"), decision);

    m_policyVersion = new QLineEdit(this);
    m_policyVersion->setObjectName(QStringLiteral("consentPolicyVersionEdit"));
    m_policyVersion->setAccessibleName(tr("Policy version"));
    m_policyVersion->setMaxLength(static_cast<int>(clients::kMaxPolicyVersionLength));
    m_policyVersion->setPlaceholderText(tr("e.g. 2026-01"));
    form->addRow(tr("&Policy version"), m_policyVersion);

    auto* note = new QLabel(
        tr("Each decision is kept as a new version; earlier versions stay in the history."), this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("consentRecordButton"));
    m_record->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("consentCancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_policyVersion, &QLineEdit::textChanged, this, &ConsentDialog::updateRecordButton);
    updateRecordButton();
}

ConsentDraft ConsentDialog::draft() const
{
    return {m_clientId, m_orgId, m_kind->currentData().toString(), m_granted->isChecked(),
            m_policyVersion->text().trimmed()};
}

void ConsentDialog::updateRecordButton()
{
    m_record->setEnabled(!m_policyVersion->text().trimmed().isEmpty());
}

} // namespace fitflow::desktop
