#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace skranke {

class AppContext;
class JournalModel;

// Everything that was done, by whom and when, and whether the chain holds.
class JournalPage final : public QWidget {
    Q_OBJECT
public:
    explicit JournalPage(AppContext& context, QWidget* parent = nullptr);
    void verify();

protected:
    void showEvent(QShowEvent* event) override;

private:
    AppContext& m_context;
    JournalModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
};

}  // namespace skranke
