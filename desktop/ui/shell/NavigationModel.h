#pragma once
// The main window's sections, in order, with their titles, icons and shortcuts (Ctrl+1..Ctrl+5).
// The navigation list shows this model and the View menu is built from the same entries, so the
// two can never disagree.

#include <QAbstractListModel>
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QPalette>

namespace fitflow::desktop {

class NavigationModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum class Page { Dashboard, Calendar, Clients, Invoices, Settings };
    Q_ENUM(Page)

    enum Role {
        PageRole = Qt::UserRole + 1, // NavigationModel::Page as int
        ShortcutRole,                // QKeySequence
    };

    struct Entry {
        Page page;
        QString title;
        QString iconPath;
        QKeySequence shortcut;
    };

    explicit NavigationModel(const QPalette& palette, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Entry& entry(int row) const { return m_entries.at(row); }
    int rowOf(Page page) const;

    // Re-tints the icons for a new palette (e.g. the desktop switched to a dark theme).
    void setPalette(const QPalette& palette);

private:
    QList<Entry> m_entries;
    QList<QIcon> m_icons;
};

} // namespace fitflow::desktop
