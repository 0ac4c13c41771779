#pragma once
// Invoice numbering as Settings shows it, read through StoreSession::runOnStore: for each
// organization on this device, the reserved block the next number comes from, that next number
// and how many numbers are left for issuing offline.

#include "desktop/core/DesktopContext.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

struct OrganizationNumbering {
    QString orgId;
    QString name;
    std::int64_t nextNumber = 0; // 0: no number left (connect once to reserve a block)
    std::int64_t blockFirst = 0; // the block holding nextNumber
    std::int64_t blockLast = 0;
    std::int64_t remaining = 0; // in every block held
    QString gstHstNumber;       // registration numbers the owner set on the server; empty: none
    QString qstNumber;
};

class InvoiceNumberingService : public QObject {
    Q_OBJECT

public:
    explicit InvoiceNumberingService(DesktopContext context, QObject* parent = nullptr);

    // Reads again; loaded() follows (organizations ordered by name). Reloads by itself when
    // invoices or number blocks change (StoreEvents).
    void reload();

signals:
    void loaded(const std::vector<fitflow::desktop::OrganizationNumbering>& organizations);

private:
    DesktopContext m_context;
};

} // namespace fitflow::desktop
