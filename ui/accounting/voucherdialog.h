#pragma once

#include "core/accounting/voucher.h"

#include <QDialog>
#include <cstdint>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace skranke {

class AppContext;

// One voucher as the accounting program gets it: its header (number, date,
// document, where its transfer stands) and its lines on their accounts,
// debits and credits with totals.
class VoucherDialog final : public QDialog {
    Q_OBJECT
public:
    enum LineColumn { Account, AccountName, Text, VatCode, Debit, Credit, LineColumnCount };

    VoucherDialog(AppContext& context, std::int64_t voucherId, QWidget* parent = nullptr);

    const Voucher& voucher() const { return m_voucher; }
    // The lines, then a totals row.
    QTableWidget* lineTable() const { return m_lines; }
    // The header's value for a row label ("State", "Reference", …); empty if none.
    QString headerValue(const QString& label) const;

private:
    void addHeaderRow(const QString& label, const QString& value, const QString& toolTip = {});
    void fillHeader();
    void fillLines();

    AppContext& m_context;
    Voucher m_voucher;
    QFormLayout* m_header;
    QTableWidget* m_lines;
};

}  // namespace skranke
