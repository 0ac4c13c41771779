#include "desktop/core/invoices/InvoicePdf.h"

#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

namespace fitflow::desktop {

namespace {

struct Words {
    QString invoice, supplier, gstHst, qst, date, client, description, quantity, amount, subtotal,
        total, billedTo, recipientGstHst, recipientQst;
};

Words wordsFor(bool french)
{
    if (french) {
        return {QStringLiteral("Facture"),
                QStringLiteral("Fournisseur"),
                QStringLiteral("N° d'inscription TPS/TVH"),
                QStringLiteral("N° d'inscription TVQ"),
                QStringLiteral("Date"),
                QStringLiteral("Client"),
                QStringLiteral("Description"),
                QStringLiteral("Quantité"),
                QStringLiteral("Montant"),
                QStringLiteral("Sous-total"),
                QStringLiteral("Total"),
                QStringLiteral("Facturé à"),
                QStringLiteral("N° d'inscription TPS/TVH du destinataire"),
                QStringLiteral("N° d'inscription TVQ du destinataire")};
    }
    return {QStringLiteral("Invoice"),
            QStringLiteral("Supplier"),
            QStringLiteral("GST/HST registration number"),
            QStringLiteral("QST registration number"),
            QStringLiteral("Date"),
            QStringLiteral("Client"),
            QStringLiteral("Description"),
            QStringLiteral("Quantity"),
            QStringLiteral("Amount"),
            QStringLiteral("Subtotal"),
            QStringLiteral("Total"),
            QStringLiteral("Billed to"),
            QStringLiteral("Recipient's GST/HST registration number"),
            QStringLiteral("Recipient's QST registration number")};
}

// Text rows top to bottom in points; the amount column is right-aligned.
class Page {
public:
    Page(QPainter& painter, int width)
        : m_painter(painter)
        , m_width(width)
    {
    }

    void line(const QString& left, const QString& right = {}, bool bold = false)
    {
        QFont font = m_painter.font();
        font.setBold(bold);
        m_painter.setFont(font);
        const int height = m_painter.fontMetrics().height();
        m_painter.drawText(QRect(0, m_y, m_width * 3 / 4, height), Qt::AlignLeft, left);
        if (!right.isEmpty()) {
            m_painter.drawText(QRect(0, m_y, m_width, height), Qt::AlignRight, right);
        }
        m_y += height + height / 3;
    }

    void gap() { m_y += m_painter.fontMetrics().height(); }

private:
    QPainter& m_painter;
    int m_width;
    int m_y = 0;
};

} // namespace

QString InvoicePdf::amount(std::int64_t cents, bool french)
{
    const bool negative = cents < 0;
    const std::int64_t magnitude = negative ? -cents : cents;
    QString whole = QString::number(magnitude / 100);
    const QString grouping = french ? QStringLiteral("\u00A0") : QStringLiteral(",");
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3) {
        whole.insert(at, grouping);
    }
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString sign = negative ? QStringLiteral("-") : QString();
    return french ? QStringLiteral("%1%2,%3\u00A0$").arg(sign, whole, fraction)
                  : QStringLiteral("%1$%2.%3").arg(sign, whole, fraction);
}

bool InvoicePdf::write(const InvoicePdfContent& content, const QString& path, QString* error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setTitle(content.number);
    writer.setCreator(QStringLiteral("FitFlow"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error != nullptr) {
            *error = QStringLiteral("cannot write %1").arg(path);
        }
        return false;
    }
    QFont font(QStringLiteral("Sans Serif"));
    font.setPointSize(10);
    painter.setFont(font);
    const Words words = wordsFor(content.french);
    const bool french = content.french;
    Page page(painter, writer.width());
    page.line(QStringLiteral("%1 %2").arg(words.invoice, content.number), {}, true);
    page.gap();
    page.line(QStringLiteral("%1: %2").arg(words.supplier, content.supplierName));
    for (const QString& addressLine : content.supplierAddress) {
        page.line(addressLine);
    }
    if (!content.gstHstNumber.isEmpty()) {
        page.line(QStringLiteral("%1: %2").arg(words.gstHst, content.gstHstNumber));
    }
    if (!content.qstNumber.isEmpty()) {
        page.line(QStringLiteral("%1: %2").arg(words.qst, content.qstNumber));
    }
    page.line(QStringLiteral("%1: %2").arg(words.date, content.date));
    if (content.toOrganization) {
        page.line(QStringLiteral("%1: %2").arg(words.billedTo, content.clientName));
        page.line(content.recipientAddress);
        for (const QString& addressLine : content.recipientStreetLines) {
            page.line(addressLine);
        }
        if (!content.recipientGstHstNumber.isEmpty()) {
            page.line(
                QStringLiteral("%1: %2").arg(words.recipientGstHst, content.recipientGstHstNumber));
        }
        if (!content.recipientQstNumber.isEmpty()) {
            page.line(QStringLiteral("%1: %2").arg(words.recipientQst, content.recipientQstNumber));
        }
    } else {
        page.line(QStringLiteral("%1: %2").arg(words.client, content.clientName));
    }
    page.gap();
    page.line(QStringLiteral("%1 (%2)").arg(words.description, words.quantity), words.amount, true);
    for (const InvoicePdfLine& line : content.lines) {
        page.line(QStringLiteral("%1 (%2)").arg(line.description).arg(line.quantity),
                  amount(line.amountCents, french));
    }
    page.gap();
    page.line(words.subtotal, amount(content.subtotalCents, french));
    for (const TaxPreview& tax : content.taxes) {
        page.line(tax.label, amount(tax.cents, french));
    }
    page.line(words.total, amount(content.totalCents, french), true);
    painter.end();
    return true;
}

InvoicePdfExport::InvoicePdfExport(QObject* parent)
    : QObject(parent)
{
}

InvoicePdfExport::~InvoicePdfExport()
{
    if (m_worker != nullptr) {
        m_worker->wait();
        delete m_worker;
    }
}

bool InvoicePdfExport::running() const
{
    return m_worker != nullptr && m_worker->isRunning();
}

void InvoicePdfExport::start(InvoicePdfContent content, QString path)
{
    if (running()) {
        return;
    }
    if (m_worker != nullptr) {
        m_worker->wait();
        delete m_worker;
    }
    // The destructor waits for the worker, so `this` outlives it; a queued answer to a deleted
    // receiver is dropped by Qt.
    m_worker = QThread::create([this, content = std::move(content), path = std::move(path)] {
        QString error;
        const bool ok = InvoicePdf::write(content, path, &error);
        QMetaObject::invokeMethod(
            this, [this, ok, answer = ok ? path : error] { emit finished(ok, answer); },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

} // namespace fitflow::desktop
