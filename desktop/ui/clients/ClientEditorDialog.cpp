#include "desktop/ui/clients/ClientEditorDialog.h"

#include "desktop/core/clients/ClientsService.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

QLabel* makeErrorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // A red that reads on light and dark window colours alike.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    label->setPalette(palette);
    label->hide();
    return label;
}

QString camelName(const QString& field)
{
    QString name;
    bool upper = false;
    for (const QChar c : field) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

constexpr int kMinimumWidth = 460;

} // namespace

ClientEditorDialog::ClientEditorDialog(ClientsService& service, ClientChoices choices,
                                       ClientDraft draft, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_choices(std::move(choices))
    , m_draft(std::move(draft))
{
    setObjectName(QStringLiteral("clientEditorDialog"));
    setWindowTitle(m_draft.id.isEmpty() ? tr("New client") : tr("Edit client"));
    // Wide enough for the tags hint and a field's explanation without clipping either.
    setMinimumWidth(kMinimumWidth);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    addTextField(form, QStringLiteral("first_name"), tr("&First name"), m_draft.firstName);
    addTextField(form, QStringLiteral("last_name"), tr("&Last name"), m_draft.lastName);
    addTextField(form, QStringLiteral("email"), tr("&Email"), m_draft.email);
    addTextField(form, QStringLiteral("phone"), tr("&Phone"), m_draft.phone);
    QLineEdit* tags = addTextField(form, QStringLiteral("tags"), tr("&Tags"),
                                   m_draft.tags.join(QStringLiteral(", ")));
    tags->setPlaceholderText(tr("Comma-separated, e.g. knee, mornings"));

    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("clientOrganizationCombo"));
    m_organization->setAccessibleName(tr("Organization"));
    for (const NamedChoice& organization : m_choices.organizations) {
        m_organization->addItem(organization.name, organization.id);
    }
    const int current = m_organization->findData(m_draft.orgId);
    m_organization->setCurrentIndex(current >= 0 ? current : 0);
    // An existing client stays in its organization.
    m_organization->setEnabled(m_draft.id.isEmpty());
    form->addRow(tr("&Organization"), m_organization);
    m_errors.insert(QStringLiteral("org"), makeErrorLabel(QStringLiteral("orgError"), this));
    form->addRow(QString(), m_errors.value(QStringLiteral("org")));

    m_homeLocation = new QComboBox(this);
    m_homeLocation->setObjectName(QStringLiteral("clientHomeLocationCombo"));
    m_homeLocation->setAccessibleName(tr("Home location"));
    form->addRow(tr("&Home location"), m_homeLocation);
    m_errors.insert(QStringLiteral("home_location_id"),
                    makeErrorLabel(QStringLiteral("homeLocationIdError"), this));
    form->addRow(QString(), m_errors.value(QStringLiteral("home_location_id")));
    fillLocations();
    connect(m_organization, &QComboBox::currentIndexChanged, this,
            &ClientEditorDialog::fillLocations);

    m_errors.insert(QString(), makeErrorLabel(QStringLiteral("clientEditorError"), this));
    layout->addWidget(m_errors.value(QString()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("clientSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("clientCancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientEditorDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(&m_service, &ClientsService::saved, this, [this](const QString& clientId) {
        if (m_saveButton->isEnabled()) {
            return; // another editor's write
        }
        m_savedId = clientId;
        accept();
    });
    connect(&m_service, &ClientsService::saveFailed, this, [this](const ClientWriteError& error) {
        if (m_saveButton->isEnabled()) {
            return;
        }
        m_saveButton->setEnabled(true);
        showFieldError(error.field, error.message);
    });
}

QLineEdit* ClientEditorDialog::addTextField(QFormLayout* form, const QString& field,
                                            const QString& label, const QString& value)
{
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(camelName(field) + QStringLiteral("Edit"));
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    form->addRow(label, edit);
    QLabel* error = makeErrorLabel(camelName(field) + QStringLiteral("Error"), this);
    form->addRow(QString(), error);
    m_edits.insert(field, edit);
    m_errors.insert(field, error);
    return edit;
}

void ClientEditorDialog::fillLocations()
{
    const QString orgId = m_organization->currentData().toString();
    const QString wanted = m_homeLocation->count() > 0 ? m_homeLocation->currentData().toString()
                                                       : m_draft.homeLocationId;
    m_homeLocation->clear();
    m_homeLocation->addItem(tr("None"), QString());
    for (const NamedChoice& location : m_choices.locations) {
        if (location.orgId == orgId) {
            m_homeLocation->addItem(location.name, location.id);
        }
    }
    const int index = m_homeLocation->findData(wanted);
    m_homeLocation->setCurrentIndex(index >= 0 ? index : 0);
}

void ClientEditorDialog::submit()
{
    clearErrors();
    ClientDraft draft = m_draft;
    draft.firstName = m_edits.value(QStringLiteral("first_name"))->text();
    draft.lastName = m_edits.value(QStringLiteral("last_name"))->text();
    draft.email = m_edits.value(QStringLiteral("email"))->text();
    draft.phone = m_edits.value(QStringLiteral("phone"))->text();
    draft.tags = m_edits.value(QStringLiteral("tags"))->text().split(QLatin1Char(','));
    draft.orgId = m_organization->currentData().toString();
    draft.homeLocationId = m_homeLocation->currentData().toString();
    bool complete = true;
    for (const QString& field : {QStringLiteral("first_name"), QStringLiteral("last_name")}) {
        if (m_edits.value(field)->text().trimmed().isEmpty()) {
            showFieldError(field, tr("Required."));
            complete = false;
        }
    }
    if (draft.orgId.isEmpty()) {
        showFieldError(QStringLiteral("org"),
                       tr("Sync once first: this device knows no organization yet."));
        complete = false;
    }
    if (!complete) {
        return;
    }
    m_saveButton->setEnabled(false);
    m_service.save(draft);
}

void ClientEditorDialog::showFieldError(const QString& field, const QString& message)
{
    QLabel* label = m_errors.value(field, m_errors.value(QString()));
    label->setText(message);
    label->show();
    if (QLineEdit* edit = m_edits.value(field)) {
        edit->setFocus();
    }
}

void ClientEditorDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

} // namespace fitflow::desktop
