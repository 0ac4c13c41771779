#include "desktop/core/notes/SoapTemplate.h"

namespace fitflow::desktop {

QStringList SoapTemplate::headings()
{
    return {tr("Subjective:"), tr("Objective:"), tr("Assessment:"), tr("Plan:")};
}

QString SoapTemplate::emptyText()
{
    return headings().join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString SoapTemplate::section(const QString& text, int index)
{
    const QStringList all = headings();
    if (index < 0 || index >= all.size()) {
        return {};
    }
    const qsizetype start = text.indexOf(all.at(index));
    if (start < 0) {
        return {};
    }
    const qsizetype bodyStart = start + all.at(index).size();
    qsizetype end = text.size();
    if (index + 1 < all.size()) {
        const qsizetype next = text.indexOf(all.at(index + 1), bodyStart);
        if (next >= 0) {
            end = next;
        }
    }
    return text.mid(bodyStart, end - bodyStart).trimmed();
}

} // namespace fitflow::desktop
