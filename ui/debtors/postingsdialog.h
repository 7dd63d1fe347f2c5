#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableView;

namespace skranke {

class AppContext;
class PostingModel;

// A debtor's postings: every entry, what is open of it, the running balance.
class PostingsDialog final : public QDialog {
    Q_OBJECT
public:
    PostingsDialog(AppContext& context, std::int64_t debtorId, QWidget* parent = nullptr);
    PostingModel* model() const { return m_model; }

private:
    void writeOff();
    void updateSummary();

    AppContext& m_context;
    std::int64_t m_debtorId;
    PostingModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
};

}  // namespace skranke
