#pragma once
// A GST/HST or QST registration number as the user types it, checked with the shared validator
// the organizations' numbers use (shared/tax/RegistrationNumberCheck): spaces and hyphens are
// dropped and letters upper-cased; a wrong shape or program blocks saving (the server refuses
// it), a wrong check digit only warns (CRA's registry is the authority).

#include <QCoreApplication>
#include <QString>

namespace fitflow::desktop {

struct RegistrationCheck {
    QString normalized; // what is saved; empty clears the number
    QString message;    // empty when the number looks right
    bool blocking = false;
};

class TaxRegistrationInput {
    Q_DECLARE_TR_FUNCTIONS(TaxRegistrationInput)

public:
    enum class Kind { GstHst, Qst };

    static RegistrationCheck check(Kind kind, const QString& typed);
};

} // namespace fitflow::desktop
