#include "ui/widgets/searchedit.h"

#include <QPushButton>
#include <QTimer>

namespace skranke {

namespace {

constexpr int searchDelayMs = 300;

}  // namespace

SearchEdit::SearchEdit(const QString& placeholder, QWidget* parent)
    : QLineEdit(parent), m_delay(new QTimer(this)) {
    setObjectName(QStringLiteral("search"));
    setClearButtonEnabled(true);
    setPlaceholderText(placeholder);
    m_delay->setSingleShot(true);
    m_delay->setInterval(searchDelayMs);
    connect(this, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &SearchEdit::searchRequested);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        Q_EMIT searchRequested();
    });
}

void SearchEdit::cancelPending() {
    m_delay->stop();
}

QPushButton* namedButton(const QString& text, const char* objectName, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    return b;
}

}  // namespace skranke
