#pragma once
// Records one consent decision for a client: which consent, granted or withdrawn, and the policy
// version the client saw. Every field is reachable by keyboard (mnemonics, Tab, Enter records).
// It only collects the draft; the caller records it through ClientExtrasService.

#include "desktop/core/clients/ClientExtrasService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace fitflow::desktop {

class ConsentDialog : public QDialog {
    Q_OBJECT

public:
    ConsentDialog(const QString& clientId, const QString& orgId, const QString& clientName,
                  QWidget* parent = nullptr);

    ConsentDraft draft() const;

private:
    void updateRecordButton();

    QString m_clientId;
    QString m_orgId;
    QComboBox* m_kind = nullptr;
    QRadioButton* m_granted = nullptr;
    QRadioButton* m_withdrawn = nullptr;
    QLineEdit* m_policyVersion = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace fitflow::desktop
