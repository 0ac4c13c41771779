#pragma once
// SqlCipherResult: the QSqlResult behind every QSqlQuery on a FITFLOW_SQLCIPHER connection.
// Rows are stepped lazily and cached so QSqlQueryModel can seek backwards; a forward-only query
// keeps only the current row. Named placeholders arrive already rewritten to '?' by QSqlResult.

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace fitflow::desktop::sqlcipher {

class SqlCipherDriver;
class SqlCipherStatement;

class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    // Called by the driver before it closes the connection: the statement must not outlive it.
    void finalizeStatement();

protected:
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    sqlite3* connection() const;
    void clearResultSet();
    // Steps once; false when the result set is exhausted or stepping failed (error is set).
    bool stepOneRow();
    const QVariantList* rowAt(int index) const;

    std::unique_ptr<SqlCipherStatement> m_statement;
    QList<QVariantList> m_rows; // cached rows, m_rows[0] is row number m_firstCachedRow
    int m_firstCachedRow = 0;
    bool m_exhausted = true;
    QSqlRecord m_columns;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace fitflow::desktop::sqlcipher
