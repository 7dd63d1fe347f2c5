#include "tests/support/smtpsink.h"

#include "tests/support/loopback.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <stdexcept>

namespace skranke::test {

namespace {

void sendLine(int fd, const QByteArray& line) {
    Loopback::sendAll(fd, line + "\r\n");
}

QString address(const QByteArray& argument) {
    const qsizetype open = argument.indexOf('<');
    const qsizetype close = argument.indexOf('>', open);
    if (open < 0 || close < 0)
        return QString::fromUtf8(argument.trimmed());
    return QString::fromUtf8(argument.mid(open + 1, close - open - 1));
}

}  // namespace

SmtpSink::SmtpSink() {
    m_listen = Loopback::bind(m_port, "SmtpSink");
    if (::listen(m_listen, 8) != 0) {
        ::close(m_listen);
        throw std::runtime_error("SmtpSink: listen() failed");
    }
    m_thread = std::thread([this] { run(); });
}

SmtpSink::~SmtpSink() {
    m_stop = true;
    m_thread.join();
    ::close(m_listen);
}

int SmtpSink::closedPort() {
    return Loopback::closedPort();
}

void SmtpSink::failNextData(int n) {
    std::lock_guard lock(m_mutex);
    m_failNext = n;
}

void SmtpSink::rejectAll(bool on) {
    std::lock_guard lock(m_mutex);
    m_rejectAll = on;
}

std::vector<SmtpSink::Received> SmtpSink::messages() const {
    std::lock_guard lock(m_mutex);
    return m_messages;
}

int SmtpSink::connections() const {
    std::lock_guard lock(m_mutex);
    return m_connections;
}

int SmtpSink::dataCommands() const {
    std::lock_guard lock(m_mutex);
    return m_dataCommands;
}

void SmtpSink::run() {
    while (Loopback::waitReadable(m_listen, m_stop)) {
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        {
            std::lock_guard lock(m_mutex);
            ++m_connections;
        }
        serve(fd);
        ::close(fd);
    }
}

void SmtpSink::serve(int fd) {
    QByteArray buffer;
    // The next CRLF-terminated line, or a null array when the client is gone.
    const auto readLine = [&]() -> QByteArray {
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end >= 0) {
                const QByteArray line = buffer.left(end);
                buffer.remove(0, end + 2);
                return line.isNull() ? QByteArray("") : line;
            }
            if (!Loopback::waitReadable(fd, m_stop))
                return {};
            char chunk[4096];
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return {};
            buffer.append(chunk, n);
        }
    };

    sendLine(fd, "220 localhost SmtpSink ready");
    Received current;
    for (;;) {
        const QByteArray line = readLine();
        if (line.isNull())
            return;
        const QByteArray verb = line.left(4).toUpper();
        const QByteArray argument = line.mid(5);
        if (verb == "EHLO" || verb == "HELO") {
            sendLine(fd, "250 localhost");
        } else if (verb == "MAIL") {
            current = {address(argument), {}, {}};
            sendLine(fd, "250 OK");
        } else if (verb == "RCPT") {
            current.recipients << address(argument);
            sendLine(fd, "250 OK");
        } else if (verb == "DATA") {
            int code = 354;
            {
                std::lock_guard lock(m_mutex);
                ++m_dataCommands;
                if (m_rejectAll) {
                    code = 550;
                } else if (m_failNext > 0) {
                    --m_failNext;
                    code = 451;
                }
            }
            if (code == 550) {
                sendLine(fd, "550 no");
                continue;
            }
            if (code == 451) {
                sendLine(fd, "451 try again later");
                continue;
            }
            sendLine(fd, "354 go ahead, end with <CRLF>.<CRLF>");
            QByteArray data;
            for (;;) {
                const QByteArray l = readLine();
                if (l.isNull())
                    return;
                if (l == ".")
                    break;
                data += (l.startsWith('.') ? l.mid(1) : l) + "\r\n";
            }
            current.data = data;
            {
                std::lock_guard lock(m_mutex);
                m_messages.push_back(current);
            }
            sendLine(fd, "250 OK queued");
        } else if (verb == "RSET") {
            current = {};
            sendLine(fd, "250 OK");
        } else if (verb == "NOOP") {
            sendLine(fd, "250 OK");
        } else if (verb == "QUIT") {
            sendLine(fd, "221 bye");
            return;
        } else {
            sendLine(fd, "502 command not implemented");
        }
    }
}

}  // namespace skranke::test
