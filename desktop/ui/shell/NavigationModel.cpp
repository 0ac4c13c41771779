#include "desktop/ui/shell/NavigationModel.h"

#include "desktop/ui/common/PaletteIcon.h"

namespace fitflow::desktop {

NavigationModel::NavigationModel(const QPalette& palette, QObject* parent)
    : QAbstractListModel(parent)
{
    m_entries = {
        {Page::Dashboard, tr("Dashboard"), QStringLiteral(":/icons/dashboard.svg"),
         QKeySequence(Qt::CTRL | Qt::Key_1)},
        {Page::Calendar, tr("Calendar"), QStringLiteral(":/icons/calendar.svg"),
         QKeySequence(Qt::CTRL | Qt::Key_2)},
        {Page::Clients, tr("Clients"), QStringLiteral(":/icons/clients.svg"),
         QKeySequence(Qt::CTRL | Qt::Key_3)},
        {Page::Invoices, tr("Invoices"), QStringLiteral(":/icons/invoices.svg"),
         QKeySequence(Qt::CTRL | Qt::Key_4)},
        {Page::Settings, tr("Settings"), QStringLiteral(":/icons/settings.svg"),
         QKeySequence(Qt::CTRL | Qt::Key_5)},
    };
    setPalette(palette);
}

void NavigationModel::setPalette(const QPalette& palette)
{
    m_icons.clear();
    for (const Entry& item : std::as_const(m_entries)) {
        m_icons.append(PaletteIcon::fromSvg(item.iconPath, palette));
    }
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
    }
}

int NavigationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& item = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.title;
    case Qt::DecorationRole:
        return m_icons.at(index.row());
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(item.title, item.shortcut.toString(QKeySequence::NativeText));
    case Qt::AccessibleTextRole:
        return item.title;
    case PageRole:
        return static_cast<int>(item.page);
    case ShortcutRole:
        return item.shortcut;
    default:
        return {};
    }
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PageRole, QByteArrayLiteral("page"));
    names.insert(ShortcutRole, QByteArrayLiteral("shortcut"));
    return names;
}

int NavigationModel::rowOf(Page page) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).page == page) {
            return row;
        }
    }
    return -1;
}

} // namespace fitflow::desktop
