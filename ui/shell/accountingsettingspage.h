#pragma once

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace skranke {

class AppContext;
class FormErrors;
class MappingPage;

// Settings → Accounting: where vouchers go (nowhere but the export files,
// the built-in test accounting program, or an accounting program's REST
// API), automatic transfer from a start date, and below it the chart of
// accounts with the mapping onto it.
class AccountingSettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit AccountingSettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~AccountingSettingsPage() override;

    void load();
    bool save();

    QComboBox* targetBox() const { return m_target; }
    QCheckBox* autoBox() const { return m_auto; }
    QDateEdit* autoFromEdit() const { return m_autoFrom; }
    QLineEdit* restUrlEdit() const { return m_restUrl; }
    QLineEdit* restKeyEdit() const { return m_restKey; }
    QSpinBox* restTimeoutBox() const { return m_restTimeout; }
    MappingPage* mapping() const { return m_mapping; }
    QString errorField() const;
    QString errorText() const;
    QString resultText() const;

private:
    void updateEnabled();

    AppContext& m_context;
    QComboBox* m_target;
    QCheckBox* m_auto;
    QDateEdit* m_autoFrom;
    QLineEdit* m_restUrl;
    QLineEdit* m_restKey;
    QSpinBox* m_restTimeout;
    QLabel* m_errorLabel;
    QLabel* m_result;
    MappingPage* m_mapping;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
