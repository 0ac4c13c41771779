#include "desktop/core/invoices/ContractorInvoiceService.h"

#include "desktop/core/StoreSession.h"

namespace fitflow::desktop {

ContractorInvoiceService::ContractorInvoiceService(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void ContractorInvoiceService::loadChoices()
{
    m_session.runOnStore<ContractorInvoiceChoices>(
        this,
        [](LocalStore* store) {
            return store != nullptr ? ContractorInvoiceChoicesReader::read(store->database())
                                    : ContractorInvoiceChoices{};
        },
        [this](ContractorInvoiceChoices choices) { emit choicesLoaded(choices); });
}

} // namespace fitflow::desktop
