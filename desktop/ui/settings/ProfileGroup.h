#pragma once
// The "Profile" group of the Settings page: the signed-in user's name and email and their role in
// each organization, as the server last described them (cached in the store, so it shows while
// offline), with when that was and a clear offline state; "Refresh" asks the server again.

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fitflow::desktop {

class ProfileService;
class StoreSession;

class ProfileGroup : public QGroupBox {
    Q_OBJECT

public:
    explicit ProfileGroup(StoreSession& session, QWidget* parent = nullptr);

    ProfileService& service() { return *m_profile; }

    // A role's wire name ("trainer_admin") as the user reads it ("Trainer admin").
    static QString roleText(const QString& role);

private:
    void render();
    void refreshFinished(const QString& code);

    ProfileService* m_profile = nullptr; // child
    QLabel* m_nameLabel = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QTreeWidget* m_rolesTree = nullptr;
    QPushButton* m_refreshButton = nullptr;
};

} // namespace fitflow::desktop
