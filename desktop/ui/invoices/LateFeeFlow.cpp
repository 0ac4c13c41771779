#include "desktop/ui/invoices/LateFeeFlow.h"

#include "desktop/core/invoices/LateFeeService.h"
#include "desktop/ui/invoices/NewInvoiceDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace fitflow::desktop {

LateFeeFlow::LateFeeFlow(DesktopContext context, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_parent(parent)
    , m_service(new LateFeeService(context, this))
{
    connect(m_service, &LateFeeService::drafted, this, &LateFeeFlow::showDrafted);
    connect(m_service, &LateFeeService::failed, this, &LateFeeFlow::finished);
}

void LateFeeFlow::draftFee(const QString& sessionId, const QString& clientName,
                           std::int64_t feeCents)
{
    m_service->draftFee(sessionId, clientName, feeCents);
}

void LateFeeFlow::showDrafted(const QString& message, const InvoiceRow& draft)
{
    emit finished(message);
    if (!m_parent) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Information, tr("Late cancellation fee"), message,
                                QMessageBox::Close, m_parent);
    box->setObjectName(QStringLiteral("lateFeeInvoiceBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* open = box->addButton(tr("&Open draft"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openFeeDraftButton"));
    // The box outlives this flow (deleted once finished() is handled).
    connect(open, &QPushButton::clicked, box, [context = m_context, parent = m_parent, draft] {
        if (!parent) {
            return;
        }
        auto* dialog = new NewInvoiceDialog(context, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->editDraft(draft);
        dialog->open();
    });
    box->open();
}

} // namespace fitflow::desktop
