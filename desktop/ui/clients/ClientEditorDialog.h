#pragma once
// Creates or edits one client: names, contacts, organization and home location. Field problems
// (required names here, FieldValidation's answers from the service) appear under the field they
// concern; the dialog closes only once the write succeeded.

#include "desktop/core/clients/ClientRecords.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fitflow::desktop {

class ClientsService;

class ClientEditorDialog : public QDialog {
    Q_OBJECT

public:
    ClientEditorDialog(ClientsService& service, ClientChoices choices, ClientDraft draft,
                       QWidget* parent = nullptr);

    // The client id the dialog saved (empty until then).
    QString savedClientId() const { return m_savedId; }

private:
    QLineEdit* addTextField(QFormLayout* form, const QString& field, const QString& label,
                            const QString& value);
    void fillLocations();
    void submit();
    void showFieldError(const QString& field, const QString& message);
    void clearErrors();

    ClientsService& m_service;
    ClientChoices m_choices;
    ClientDraft m_draft;
    QString m_savedId;
    QMap<QString, QLineEdit*> m_edits; // by field name
    QMap<QString, QLabel*> m_errors;   // by field name, plus "" for other errors
    QComboBox* m_organization = nullptr;
    QComboBox* m_homeLocation = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace fitflow::desktop
