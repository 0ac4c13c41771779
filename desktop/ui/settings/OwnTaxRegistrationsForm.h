#pragma once
// Settings ▸ Profile: the user's own GST/HST and QST registration numbers, which their
// contractor invoices to a studio print as the supplier's. Each field is checked as it is typed
// (TaxRegistrationInput: a wrong shape blocks Save, a doubtful check digit only warns); Save
// sends them to the server (PATCH /api/v1/me/tax-registrations) and they stay in the cached
// profile for offline invoicing. Offline or refused, the fields keep what was typed and say so.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fitflow::desktop {

class OwnTaxRegistrationsService;
class ProfileService;
class StoreSession;

class OwnTaxRegistrationsForm : public QWidget {
    Q_OBJECT

public:
    OwnTaxRegistrationsForm(StoreSession& session, ProfileService& profile,
                            QWidget* parent = nullptr);

private:
    void showProfile();
    void check();
    void save();
    void saved(int outcome, const QString& message);

    ProfileService& m_profile;
    OwnTaxRegistrationsService* m_service = nullptr; // child
    QLineEdit* m_gstHst = nullptr;
    QLineEdit* m_qst = nullptr;
    QLabel* m_gstHstProblem = nullptr;
    QLabel* m_qstProblem = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_save = nullptr;
    bool m_edited = false; // typed since the profile was shown: a refresh must not overwrite it
};

} // namespace fitflow::desktop
