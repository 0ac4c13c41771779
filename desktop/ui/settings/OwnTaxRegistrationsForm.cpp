#include "desktop/ui/settings/OwnTaxRegistrationsForm.h"

#include "desktop/core/account/OwnTaxRegistrationsService.h"
#include "desktop/core/account/ProfileService.h"
#include "desktop/core/account/TaxRegistrationInput.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fitflow::desktop {

namespace {

QLabel* problemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}

// Shows a check's message under its field; true when it blocks saving.
bool showCheck(const RegistrationCheck& result, QLabel* label)
{
    label->setText(result.message);
    label->setVisible(!result.message.isEmpty());
    return result.blocking;
}

} // namespace

OwnTaxRegistrationsForm::OwnTaxRegistrationsForm(StoreSession& session, ProfileService& profile,
                                                 QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_service(new OwnTaxRegistrationsService(session, this))
{
    setObjectName(QStringLiteral("ownTaxRegistrationsForm"));
    m_gstHst = new QLineEdit(this);
    m_gstHst->setObjectName(QStringLiteral("profileGstHstEdit"));
    m_gstHst->setAccessibleName(tr("Your GST/HST registration number"));
    m_gstHst->setPlaceholderText(tr("123456789RT0001, or empty when not registered"));
    m_qst = new QLineEdit(this);
    m_qst->setObjectName(QStringLiteral("profileQstEdit"));
    m_qst->setAccessibleName(tr("Your QST registration number"));
    m_qst->setPlaceholderText(tr("1234567890TQ0001, or empty when not registered"));
    m_gstHstProblem = problemLabel(QStringLiteral("profileGstHstProblemLabel"), this);
    m_qstProblem = problemLabel(QStringLiteral("profileQstProblemLabel"), this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("profileTaxRegistrationsStateLabel"));
    m_state->setWordWrap(true);
    m_state->hide(); // shown with a message only
    m_save = new QPushButton(tr("Save registration num&bers"), this);
    m_save->setObjectName(QStringLiteral("profileSaveTaxRegistrationsButton"));
    m_save->setToolTip(tr("Your numbers as a supplier, printed on your invoices to studios"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* gstHstLabel = new QLabel(tr("&Your GST/HST number:"), this);
    gstHstLabel->setBuddy(m_gstHst);
    auto* qstLabel = new QLabel(tr("Your &QST number:"), this);
    qstLabel->setBuddy(m_qst);
    form->addRow(gstHstLabel, m_gstHst);
    form->addRow(m_gstHstProblem); // whole row: no empty label beside it
    form->addRow(qstLabel, m_qst);
    form->addRow(m_qstProblem);
    form->addRow(m_save);
    form->addRow(m_state);

    for (QLineEdit* edit : {m_gstHst, m_qst}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_edited = true;
            m_state->clear();
            m_state->hide();
            check();
        });
    }
    connect(m_save, &QPushButton::clicked, this, &OwnTaxRegistrationsForm::save);
    connect(&m_profile, &ProfileService::profileChanged, this,
            &OwnTaxRegistrationsForm::showProfile);
    connect(m_service, &OwnTaxRegistrationsService::finished, this,
            [this](OwnTaxRegistrationsService::Outcome outcome, const QString& message) {
                saved(static_cast<int>(outcome), message);
            });
    showProfile();
}

void OwnTaxRegistrationsForm::showProfile()
{
    if (!m_edited) {
        m_gstHst->setText(m_profile.profile().gstHstNumber);
        m_qst->setText(m_profile.profile().qstNumber);
    }
    check();
}

void OwnTaxRegistrationsForm::check()
{
    const bool gstHstBlocks =
        showCheck(TaxRegistrationInput::check(TaxRegistrationInput::Kind::GstHst, m_gstHst->text()),
                  m_gstHstProblem);
    const bool qstBlocks = showCheck(
        TaxRegistrationInput::check(TaxRegistrationInput::Kind::Qst, m_qst->text()), m_qstProblem);
    m_save->setEnabled(!gstHstBlocks && !qstBlocks);
}

void OwnTaxRegistrationsForm::save()
{
    const auto gstHst =
        TaxRegistrationInput::check(TaxRegistrationInput::Kind::GstHst, m_gstHst->text());
    const auto qst = TaxRegistrationInput::check(TaxRegistrationInput::Kind::Qst, m_qst->text());
    if (gstHst.blocking || qst.blocking) {
        return;
    }
    m_save->setEnabled(false);
    m_state->setText(tr("Saving your registration numbers..."));
    m_state->show();
    m_service->save(gstHst.normalized, qst.normalized);
}

void OwnTaxRegistrationsForm::saved(int outcome, const QString& message)
{
    using Outcome = OwnTaxRegistrationsService::Outcome;
    check();
    m_state->show();
    if (outcome == static_cast<int>(Outcome::Saved)) {
        m_edited = false;
        m_profile.reload(); // the cached profile now holds the numbers
        m_state->setText(tr("Saved. Your invoices to studios print these numbers."));
    } else if (outcome == static_cast<int>(Outcome::Offline)) {
        m_state->setText(tr("Not saved: you are offline or not signed in. Connect and save "
                            "again; invoices use the numbers the server has."));
    } else if (outcome == static_cast<int>(Outcome::Refused)) {
        m_state->setText(tr("Not saved: the server refused a number: %1.").arg(message));
    } else {
        m_state->setText(tr("Not saved: %1.").arg(message));
    }
}

} // namespace fitflow::desktop
