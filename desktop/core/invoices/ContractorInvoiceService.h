#pragma once
// The store side of the New contractor invoice dialog: reads ContractorInvoiceChoices on the
// store thread (StoreSession::runOnStore). Saving goes through NewInvoiceService like every
// invoice (a draft, optionally issued at once with this device's next reserved number).

#include "desktop/core/invoices/ContractorInvoiceChoices.h"

#include <QObject>

namespace fitflow::desktop {

class StoreSession;

class ContractorInvoiceService : public QObject {
    Q_OBJECT

public:
    explicit ContractorInvoiceService(StoreSession& session, QObject* parent = nullptr);

    void loadChoices();

signals:
    void choicesLoaded(const fitflow::desktop::ContractorInvoiceChoices& choices);

private:
    StoreSession& m_session;
};

} // namespace fitflow::desktop
