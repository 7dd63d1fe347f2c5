#pragma once

#include <QHash>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace skranke {

class AppContext;
class FormErrors;
struct CompanyProfile;

// The company profile form. Saving validates field by field in core; the
// field at fault is marked and the form keeps what was typed.
class CompanySettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit CompanySettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~CompanySettingsPage() override;

    void load();
    bool save();
    QLineEdit* field(const QString& name) const { return m_edits.value(name); }

private:
    void updateRights();
    CompanyProfile profile() const;

    AppContext& m_context;
    QHash<QString, QLineEdit*> m_edits;
    QComboBox* m_country;
    QPushButton* m_save;
    QLabel* m_rightsNote;
    QLabel* m_errorLabel;
    QLabel* m_savedLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
