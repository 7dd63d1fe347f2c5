#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace skranke {

class AppContext;
class StaffUserModel;

// Staff users: add, change PIN, change role, activate and deactivate.
class UsersSettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit UsersSettingsPage(AppContext& context, QWidget* parent = nullptr);
    StaffUserModel* model() const { return m_model; }

private:
    void updateRights();
    void addUser();
    void changeSecret();
    void changeRole();
    void toggleActive();
    QString selectedLogin() const;
    // Runs a core command and shows its error, if any; true when it succeeded.
    bool run(const std::function<void()>& command);

    AppContext& m_context;
    StaffUserModel* m_model;
    QTableView* m_view;
    QLabel* m_message;
    QList<QPushButton*> m_actions;
};

}  // namespace skranke
