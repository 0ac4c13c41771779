#pragma once
// Asks for the current passphrase and a new one (twice), then rewraps the store key through
// PassphraseChange on the store thread. A wrong current passphrase is shown inline; the dialog
// accepts once the new key file is written.

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace fitflow::desktop {

class PassphraseChange;
class StoreSession;

class ChangePassphraseDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(StoreSession& session, QWidget* parent = nullptr);

private:
    void submit();
    void onFinished(const QString& code);

    PassphraseChange* m_change = nullptr; // child
    QLineEdit* m_oldEdit = nullptr;
    QLineEdit* m_newEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace fitflow::desktop
