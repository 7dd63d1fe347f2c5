#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace skranke {

class AppContext;

// The mail that has not gone out yet — queued or failed — with why, and a
// button that tries it all again with the saved settings.
class OutboxPanel final : public QGroupBox {
    Q_OBJECT
public:
    explicit OutboxPanel(AppContext& context, QWidget* parent = nullptr);
    void reload();
    // Sends queued and failed mail; returns how many went out.
    int sendWaiting();
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    AppContext& m_context;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_send;
};

}  // namespace skranke
