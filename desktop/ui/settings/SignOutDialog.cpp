#include "desktop/ui/settings/SignOutDialog.h"

#include <QAbstractButton>
#include <QPushButton>

namespace fitflow::desktop {

SignOutDialog::SignOutDialog(const QString& email, qint64 pendingChanges, QWidget* parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("signOutDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Sign out"));
    setText(tr("Sign out %1 on this computer?").arg(email));
    QString detail = tr("Keep the data to go on working offline and sign in again later. Wipe it "
                        "if other people use this computer.");
    if (pendingChanges > 0) {
        detail += u' ' + tr("%n change(s) not yet synced would be lost on wipe.", nullptr,
                            static_cast<int>(pendingChanges));
    }
    setInformativeText(detail);
    m_keepButton = addButton(tr("Sign out, &keep data"), QMessageBox::AcceptRole);
    m_keepButton->setObjectName(QStringLiteral("keepDataButton"));
    m_wipeButton = addButton(tr("Sign out and &wipe data"), QMessageBox::DestructiveRole);
    m_wipeButton->setObjectName(QStringLiteral("wipeDataButton"));
    QPushButton* cancel = addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    setDefaultButton(cancel);
}

SignOutDialog::Choice SignOutDialog::choice() const
{
    if (clickedButton() == m_keepButton) {
        return Choice::KeepData;
    }
    if (clickedButton() == m_wipeButton) {
        return Choice::WipeData;
    }
    return Choice::Cancel;
}

} // namespace fitflow::desktop
