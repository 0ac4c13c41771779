#pragma once
// A client's consents in the profile: every recorded version, newest first (kind, decision,
// policy version, when), and the current decision per kind, which is the newest record of that
// kind (consents are versioned records, never edited: docs/sync-protocol.md).

#include "desktop/storage/clients/ClientExtrasQueries.h"

#include <QAbstractTableModel>

#include <vector>

namespace fitflow::desktop {

class ConsentHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KindColumn, DecisionColumn, PolicyVersionColumn, RecordedAtColumn, ColumnCount };
    static constexpr int kConsentIdRole = Qt::UserRole + 1;

    explicit ConsentHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // `consents` newest first, as ClientExtrasQueries::consents returns them.
    void setConsents(std::vector<ConsentRow> consents);
    void clear() { setConsents({}); }

    // The newest record of `kind`, or nullptr when none was ever recorded.
    const ConsentRow* current(const QString& kind) const;
    // "Granted (policy 2026-01, 15 Mar 2026)", "Withdrawn (...)" or "Not recorded".
    QString currentText(const QString& kind) const;

    static QString kindName(const QString& kind);
    static QStringList recordableKinds() { return {kContact, kDataSharing, kPhoto}; }

    static inline const QString kContact = QStringLiteral("contact");
    static inline const QString kDataSharing = QStringLiteral("data_sharing");
    static inline const QString kPhoto = QStringLiteral("photo");

private:
    std::vector<ConsentRow> m_consents;
};

} // namespace fitflow::desktop
