#pragma once

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace skranke {

class AppContext;
class FormErrors;
class ReminderProposalModel;
class ReminderRunForm;

// The reminder run (right dunning.run): set the parameters, show the
// overview of who would get what, mark debtors, choose the till to post in,
// and create the reminders — printed to one PDF each plus a merged one, and
// emailed when asked.
class ReminderRunPage final : public QWidget {
    Q_OBJECT
public:
    explicit ReminderRunPage(AppContext& context, QWidget* parent = nullptr);
    ~ReminderRunPage() override;

    ReminderRunForm* form() const { return m_form; }
    ReminderProposalModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* pdfFolderField() const { return m_pdfFolder; }
    QComboBox* postTillField() const { return m_postTill; }
    QLabel* errorLabel() const { return m_errorLabel; }
    QLabel* resultLabel() const { return m_result; }

    void showOverview();
    // The overview for one debtor, e.g. a booking's customer.
    void forDebtor(std::int64_t debtorId);
    // Creates reminders for the marked debtors; with `email`, sends them
    // with this subject and body (templates; empty: the stored texts).
    // Returns false and shows why when nothing was created.
    bool createReminders(bool email, const QString& subject = {}, const QString& body = {});

protected:
    void showEvent(QShowEvent* event) override;

private:
    void askEmailTextAndCreate();
    void editTexts();
    void updateMarkedSummary();
    void deliverEmails(const std::vector<std::int64_t>& mailIds, int& sent, int& failed);

    AppContext& m_context;
    ReminderRunForm* m_form;
    ReminderProposalModel* m_model;
    QTableView* m_view;
    QLabel* m_marked;
    QComboBox* m_postTill;
    QLineEdit* m_pdfFolder;
    QPushButton* m_create;
    QPushButton* m_createAndEmail;
    QLabel* m_errorLabel;
    QLabel* m_result;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
