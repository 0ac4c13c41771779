#pragma once
// After a late cancellation with a fee: drafts the fee invoice (LateFeeService) and tells the
// user in a box (lateFeeInvoiceBox) whose "Open draft" button opens the draft in the invoice
// dialog, one click away; finished() carries the same sentence for the page's message line.

#include "desktop/core/DesktopContext.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <cstdint>

class QWidget;

namespace fitflow::desktop {

class LateFeeService;
struct InvoiceRow;

class LateFeeFlow : public QObject {
    Q_OBJECT

public:
    LateFeeFlow(DesktopContext context, QWidget* parent);

    void draftFee(const QString& sessionId, const QString& clientName, std::int64_t feeCents);

signals:
    void finished(const QString& message);

private:
    void showDrafted(const QString& message, const InvoiceRow& draft);

    DesktopContext m_context;
    QPointer<QWidget> m_parent;
    LateFeeService* m_service = nullptr;
};

} // namespace fitflow::desktop
