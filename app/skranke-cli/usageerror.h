#pragma once

#include <QString>
#include <stdexcept>

namespace skranke::cli {

// Wrong command-line usage (unknown command or option, missing argument):
// exit code 2, as opposed to input the business refused (exit code 1).
class UsageError final : public std::runtime_error {
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

}  // namespace skranke::cli
