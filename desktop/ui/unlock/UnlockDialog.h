#pragma once
// Asks for the store passphrase before anything else is shown. With no store yet it creates one
// (passphrase + confirmation, checked inline against PassphrasePolicy); otherwise it unlocks.
// Key derivation runs on the store thread, so the dialog stays responsive and shows a busy bar.
// It closes with accept() once the store is unlocked; Cancel rejects (the app then quits).

#include "desktop/core/StoreSession.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fitflow::desktop {

class UnlockDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { CreateStore, Unlock };

    explicit UnlockDialog(StoreSession& session, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }

private:
    void buildForm();
    void validate();
    void submit();
    void onSessionStateChanged(StoreSession::State state);
    void onOpenFailed(const QString& code);
    void setBusy(bool busy);
    void showError(const QString& text);

    StoreSession& m_session;
    Mode m_mode;
    QLabel* m_headingLabel = nullptr;
    QLabel* m_introLabel = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QWidget* m_errorRow = nullptr; // warning icon + m_errorLabel, shown and hidden together
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_okButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace fitflow::desktop
