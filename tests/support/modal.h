#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <functional>
#include <memory>

namespace skranke::test {

// Runs `answer` on the next modal dialog of type T once it is open (it
// checks every 10 ms for up to 5 s), then closes it if `answer` did not.
template <typename T>
void whenOpen(std::function<void(T*)> answer) {
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, answer] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 500) {
                timer->deleteLater();
                timer->stop();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        answer(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

}  // namespace skranke::test
