#pragma once

#include <QCoreApplication>
#include <QString>
#include <stdexcept>

namespace skranke {

// What went wrong, in the terms a caller acts on: the CLI maps it to an exit
// code, the UI decides whether to keep the form open.
enum class ErrorCode {
    InvalidInput,  // a field's value is wrong; field() names it
    NotFound,      // a referenced record does not exist
    Forbidden,     // the acting user lacks the right
    Conflict,      // the operation contradicts the current state
    Locked,        // the user is locked out for a while
    NotOurFile,    // the file is not a Skranke database
    NewerSchema,   // the file was written by a newer Skranke
    Storage,       // SQLite or the file system failed
};

// The one exception type core services throw. The message is already
// translated and written for the user; field() names the input at fault.
class Error final : public std::runtime_error {
public:
    Error(ErrorCode code, const QString& message, const QString& field = {})
        : std::runtime_error(message.toStdString()),
          m_code(code),
          m_message(message),
          m_field(field) {}

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const QString& field() const { return m_field; }

    // Convenience for "field: problem" errors in validation code.
    static Error invalid(const QString& field, const QString& message) {
        return Error(ErrorCode::InvalidInput, message, field);
    }

private:
    ErrorCode m_code;
    QString m_message;
    QString m_field;
};

}  // namespace skranke
