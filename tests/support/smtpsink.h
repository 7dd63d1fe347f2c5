#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace skranke::test {

// A tiny SMTP server on 127.0.0.1 for tests: plain SMTP, no extensions, one
// connection at a time, on a port the system picks. It records what it
// receives and can refuse DATA, for a while (451) or for good (550).
class SmtpSink final {
public:
    struct Received {
        QString from;  // MAIL FROM, without the angle brackets
        QStringList recipients;
        QByteArray data;  // the message as sent, un-dot-stuffed, CRLF line endings
    };

    SmtpSink();
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    int port() const { return m_port; }

    // The next n DATA commands are answered "451 try again later".
    void failNextData(int n);
    // Every DATA command is answered "550 no".
    void rejectAll(bool on);

    std::vector<Received> messages() const;
    int connections() const;
    int dataCommands() const;

    // A port on 127.0.0.1 where nothing listens (bound, then closed).
    static int closedPort();

private:
    void run();
    void serve(int fd);

    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    int m_failNext = 0;
    bool m_rejectAll = false;
    int m_connections = 0;
    int m_dataCommands = 0;
    std::vector<Received> m_messages;
    std::thread m_thread;
};

}  // namespace skranke::test
