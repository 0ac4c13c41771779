#pragma once
// Whether a column of a table or tree shows its text whole: at least as wide as its contents and
// its header, and ending within the visible part of the view. Used by the quality tests.

#include <QAbstractItemView>
#include <QHeaderView>
#include <QString>

namespace fitflow::desktop::testing {

// An empty string when column `column` fits; otherwise what is cut off, in words.
inline QString columnFitProblem(QAbstractItemView& view, QHeaderView& header, int column)
{
    const QString name = view.model()->headerData(column, Qt::Horizontal).toString();
    const int width = header.sectionSize(column);
    if (width < header.sectionSizeHint(column)) {
        return QStringLiteral("the header '%1' is cut off (%2 < %3 px)")
            .arg(name)
            .arg(width)
            .arg(header.sectionSizeHint(column));
    }
    if (const int contents = view.sizeHintForColumn(column); width < contents) {
        return QStringLiteral("column '%1' cuts its text (%2 < %3 px)")
            .arg(name)
            .arg(width)
            .arg(contents);
    }
    if (const int end = header.sectionViewportPosition(column) + width;
        end > view.viewport()->width()) {
        return QStringLiteral("column '%1' ends at %2 px, beyond the view (%3 px)")
            .arg(name)
            .arg(end)
            .arg(view.viewport()->width());
    }
    return {};
}

} // namespace fitflow::desktop::testing
