#pragma once

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QTreeView;

namespace skranke {

class AppContext;
class InvoiceListModel;

// Invoices and credit notes of a period; each expands to its lines; open
// one as PDF, print it, credit it, or start a new invoice.
class InvoiceOverviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit InvoiceOverviewPage(AppContext& context, QWidget* parent = nullptr);
    InvoiceListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::int64_t currentInvoiceId() const;
    void newInvoice();
    void creditInvoice();
    void openPdf();
    void printPreview();
    void exportCsv();

    AppContext& m_context;
    InvoiceListModel* m_model;
    QTreeView* m_view;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_number;
    QLineEdit* m_till;
};

}  // namespace skranke
