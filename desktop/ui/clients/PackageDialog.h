#pragma once
// A new session package for a client: name, number of sessions, price (typed money, kept as
// integer cents), currency and an optional last day of use. Keyboard only works throughout.
// It only collects the draft; the caller adds it through ClientExtrasService.

#include "desktop/core/clients/ClientExtrasService.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fitflow::desktop {

class PackageDialog : public QDialog {
    Q_OBJECT

public:
    PackageDialog(const QString& clientId, const QString& orgId, const QString& clientName,
                  QWidget* parent = nullptr);

    PackageDraft draft() const;
    // "750", "750.5" or "750.50" (a comma works too) to cents; -1 when it is not money.
    static qint64 parseCents(const QString& typed);

private:
    void updateAddButton();

    QString m_clientId;
    QString m_orgId;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_sessions = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_currency = nullptr;
    QCheckBox* m_expires = nullptr;
    QDateEdit* m_expiresOn = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace fitflow::desktop
