#pragma once
// Sign-out asks one question: keep this computer's copy of the synced data (to keep working
// offline and sign in again later) or wipe it (a shared or handed-over computer). Local changes
// not yet pushed are lost on wipe, so the dialog says how many.

#include <QMessageBox>

namespace fitflow::desktop {

class SignOutDialog : public QMessageBox {
    Q_OBJECT

public:
    enum class Choice { Cancel, KeepData, WipeData };

    SignOutDialog(const QString& email, qint64 pendingChanges, QWidget* parent = nullptr);

    Choice choice() const;

private:
    QAbstractButton* m_keepButton = nullptr;
    QAbstractButton* m_wipeButton = nullptr;
};

} // namespace fitflow::desktop
