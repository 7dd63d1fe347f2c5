#pragma once

#include <QLineEdit>

class QPushButton;
class QTimer;

namespace skranke {

// The search field of a list page: asks for a new search once typing pauses
// (300 ms) or at once on Return. objectName "search", with a clear button.
class SearchEdit final : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchEdit(const QString& placeholder, QWidget* parent = nullptr);
    // The page searched anyway (Refresh, another filter): forget the pause.
    void cancelPending();

Q_SIGNALS:
    void searchRequested();

private:
    QTimer* m_delay;
};

// A push button with an object name, as tests and the page find it.
QPushButton* namedButton(const QString& text, const char* objectName, QWidget* parent);

}  // namespace skranke
