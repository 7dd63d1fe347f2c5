#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;

namespace skranke {

class AppContext;
class FormErrors;

// Settings → Till: which product categories the till shows as tabs of
// buttons, and in what order. Tick to show; Move up/down (Alt+Up/Down in
// the list) to order; Save.
class TillSettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit TillSettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~TillSettingsPage() override;

    QListWidget* list() const { return m_list; }
    void load();
    void move(int by);
    void save();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    AppContext& m_context;
    QListWidget* m_list;
    QLabel* m_errorLabel;
    QLabel* m_saved;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
