#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace skranke {

class AppContext;
class AccountMappingModel;
class ChartOfAccountsModel;

// The chart of accounts and what each business event is booked on. Users
// without settings.edit see both read-only. After a mapping change it offers
// to restart the vouchers that failed for a missing mapping.
class MappingPage final : public QWidget {
    Q_OBJECT
public:
    explicit MappingPage(AppContext& context, QWidget* parent = nullptr);

    void reload();
    // Installs the company country's default chart and mapping.
    bool loadDefaultChart();
    void addAccount();
    void editAccount();
    // Vouchers that failed because a line had no account.
    int failedForMapping() const;
    // Asked "N vouchers failed … Restart them now?"; a message box unless set.
    void setRestartConfirmer(std::function<bool(int)> confirm) { m_confirm = std::move(confirm); }

    ChartOfAccountsModel* chartModel() const { return m_chart; }
    AccountMappingModel* mappingModel() const { return m_mapping; }
    QTableView* chartView() const { return m_chartView; }
    QTableView* mappingView() const { return m_mappingView; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* defaultsButton() const { return m_defaults; }
    QString errorText() const;
    QString statusText() const;

private:
    bool mayEdit() const;
    void updateState();
    void showError(const QString& message);
    void offerRestart();
    QString countryName() const;

    AppContext& m_context;
    ChartOfAccountsModel* m_chart;
    AccountMappingModel* m_mapping;
    QTableView* m_chartView;
    QTableView* m_mappingView;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_defaults;
    QLabel* m_error;
    QLabel* m_status;
    std::function<bool(int)> m_confirm;
};

}  // namespace skranke
