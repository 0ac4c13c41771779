#include "desktop/ui/settings/ProfileGroup.h"

#include "desktop/core/account/ProfileService.h"
#include "desktop/ui/settings/OwnTaxRegistrationsForm.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

namespace fitflow::desktop {

ProfileGroup::ProfileGroup(StoreSession& session, QWidget* parent)
    : QGroupBox(tr("Profile"), parent)
    , m_profile(new ProfileService(session, this))
{
    setObjectName(QStringLiteral("profileSection"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("profileNameLabel"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emailLabel = new QLabel(this);
    m_emailLabel->setObjectName(QStringLiteral("profileEmailLabel"));
    m_emailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("profileStateLabel"));
    m_stateLabel->setWordWrap(true);

    m_rolesTree = new QTreeWidget(this);
    m_rolesTree->setObjectName(QStringLiteral("profileRolesTree"));
    m_rolesTree->setAccessibleName(tr("Your roles by organization"));
    m_rolesTree->setHeaderLabels({tr("Organization"), tr("Your roles")});
    m_rolesTree->setRootIsDecorated(false);
    m_rolesTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A few organizations at most: room for the registration numbers below without scrolling.
    m_rolesTree->setMaximumHeight(110);

    m_refreshButton = new QPushButton(tr("Refresh pr&ofile"), this);
    m_refreshButton->setObjectName(QStringLiteral("profileRefreshButton"));
    m_refreshButton->setToolTip(tr("Ask the server for your name and roles again"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_nameLabel);
    form->addRow(tr("Email:"), m_emailLabel);
    form->addRow(m_rolesTree);
    form->addRow(m_stateLabel);
    form->addRow(m_refreshButton);
    form->addRow(new OwnTaxRegistrationsForm(session, *m_profile, this));

    connect(m_profile, &ProfileService::profileChanged, this, &ProfileGroup::render);
    connect(m_profile, &ProfileService::refreshFinished, this, &ProfileGroup::refreshFinished);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        m_refreshButton->setEnabled(false);
        m_stateLabel->setText(tr("Asking the server..."));
        m_profile->refresh();
    });
    render();
    m_profile->refreshUnlessFresh();
}

QString ProfileGroup::roleText(const QString& role)
{
    if (role == QLatin1String("owner")) {
        return tr("Owner");
    }
    if (role == QLatin1String("manager")) {
        return tr("Manager");
    }
    if (role == QLatin1String("trainer_admin")) {
        return tr("Trainer admin");
    }
    if (role == QLatin1String("trainer")) {
        return tr("Trainer");
    }
    if (role == QLatin1String("client")) {
        return tr("Client");
    }
    return role;
}

void ProfileGroup::render()
{
    const AccountProfile& profile = m_profile->profile();
    const QString unknown = tr("Not known yet: sign in and sync");
    m_nameLabel->setText(profile.displayName.isEmpty() ? unknown : profile.displayName);
    m_emailLabel->setText(profile.email.isEmpty() ? unknown : profile.email);
    m_rolesTree->clear();
    QStringList seen;
    for (const ProfileMembership& membership : profile.memberships) {
        if (seen.contains(membership.orgId)) {
            continue;
        }
        seen.append(membership.orgId);
        QStringList roles;
        for (const QString& role : profile.rolesIn(membership.orgId)) {
            roles.append(roleText(role));
        }
        new QTreeWidgetItem(m_rolesTree, {membership.orgName, roles.join(tr(", "))});
    }
    if (!profile.isKnown()) {
        m_stateLabel->setText(tr("No profile on this computer yet."));
    } else if (m_profile->isOffline()) {
        m_stateLabel->setText(
            tr("Offline: showing your profile as of %1.")
                .arg(QLocale().toString(profile.fetchedAt.toLocalTime(), QLocale::ShortFormat)));
    } else if (profile.fetchedAt.isValid()) {
        m_stateLabel->setText(
            tr("Up to date as of %1.")
                .arg(QLocale().toString(profile.fetchedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void ProfileGroup::refreshFinished(const QString& code)
{
    m_refreshButton->setEnabled(true);
    if (code == QLatin1String("not_signed_in")) {
        m_stateLabel->setText(m_profile->profile().isKnown()
                                  ? tr("Offline: not signed in; showing the last known profile.")
                                  : tr("Offline: sign in to see your profile."));
    } else if (!code.isEmpty() && !m_profile->isOffline()) {
        m_stateLabel->setText(tr("The server did not give your profile (%1).").arg(code));
    }
}

} // namespace fitflow::desktop
