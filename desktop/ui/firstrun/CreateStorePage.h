#pragma once
// First-run wizard page 1: choose the store passphrase. Shows the policy problem or a strength
// word as the user types; Next creates the store on the store thread (key derivation takes a
// moment, so a busy bar shows) and moves on once it is open.

#include "desktop/core/StoreSession.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace fitflow::desktop {

class CreateStorePage : public QWizardPage {
    Q_OBJECT

public:
    explicit CreateStorePage(StoreSession& session, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateFeedback();
    void onSessionStateChanged(StoreSession::State state);
    void onOpenFailed(const QString& code);

    StoreSession& m_session;
    QLineEdit* m_passphraseEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QProgressBar* m_strengthBar = nullptr;
    QLabel* m_feedbackLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    bool m_creating = false;
};

} // namespace fitflow::desktop
