#pragma once

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace skranke {

class AppContext;
class FormErrors;

// Settings → Online orders: the folder the webshop drops order files into
// (Skranke imports what appears there), capturing value-card orders on
// import, the Nets gateway's address and key, and the order statuses the
// business uses besides the three built-in ones.
class OrdersSettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit OrdersSettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~OrdersSettingsPage() override;

    void load();
    bool save();
    bool addStatus(const QString& name);

    QLineEdit* folderEdit() const { return m_folder; }
    QCheckBox* autoCaptureBox() const { return m_autoCapture; }
    QLineEdit* netsUrlEdit() const { return m_netsUrl; }
    QLineEdit* netsKeyEdit() const { return m_netsKey; }
    QListWidget* statusList() const { return m_statuses; }
    QString errorField() const;
    QString resultText() const;

Q_SIGNALS:
    void saved();

private:
    void browse();
    void askForStatus();
    void loadStatuses();

    AppContext& m_context;
    QLineEdit* m_folder;
    QCheckBox* m_autoCapture;
    QLineEdit* m_netsUrl;
    QLineEdit* m_netsKey;
    QSpinBox* m_netsTimeout;
    QListWidget* m_statuses;
    QLabel* m_errorLabel;
    QLabel* m_result;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
