#include "tests/support/httpstub.h"

#include "tests/support/loopback.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <exception>
#include <stdexcept>

namespace skranke::test {

namespace {

QByteArray reason(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 204:
            return "No Content";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 402:
            return "Payment Required";
        case 404:
            return "Not Found";
        case 409:
            return "Conflict";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
    }
}

// Enough to stop a runaway client without limiting any sane test.
constexpr qsizetype maxRequestBytes = 16 * 1024 * 1024;

}  // namespace

HttpStub::HttpStub(Handler handler) : m_handler(std::move(handler)) {
    m_listen = Loopback::bind(m_port, "HttpStub");
    if (::listen(m_listen, 8) != 0) {
        ::close(m_listen);
        throw std::runtime_error("HttpStub: listen() failed");
    }
    m_thread = std::thread([this] { run(); });
}

HttpStub::~HttpStub() {
    m_stop = true;
    m_thread.join();
    ::close(m_listen);
}

QString HttpStub::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

std::vector<HttpStub::Request> HttpStub::requests() const {
    std::lock_guard lock(m_mutex);
    return m_requests;
}

int HttpStub::closedPort() {
    return Loopback::closedPort();
}

void HttpStub::run() {
    while (Loopback::waitReadable(m_listen, m_stop)) {
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        serve(fd);
        ::close(fd);
    }
}

void HttpStub::serve(int fd) {
    QByteArray buffer;
    // Reads more into the buffer; false when the client is gone.
    const auto readMore = [&]() {
        if (buffer.size() > maxRequestBytes || !Loopback::waitReadable(fd, m_stop))
            return false;
        char chunk[4096];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buffer.append(chunk, n);
        return true;
    };

    qsizetype headEnd = -1;
    while ((headEnd = buffer.indexOf("\r\n\r\n")) < 0)
        if (!readMore())
            return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    buffer.remove(0, headEnd + 4);
    if (request.headers.value("expect").toLower() == "100-continue")
        Loopback::sendAll(fd, "HTTP/1.1 100 Continue\r\n\r\n");
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    while (buffer.size() < length)
        if (!readMore())
            return;
    request.body = buffer.left(length);
    {
        std::lock_guard lock(m_mutex);
        m_requests.push_back(request);
    }

    Response response;
    try {
        response = m_handler(request);
    } catch (const std::exception& e) {
        response = Response{500, QByteArray("HttpStub handler threw: ") + e.what(), {}};
    }
    switch (response.action) {
        case Response::Action::DropAfterReading:
            return;
        case Response::Action::Stall:
            // Swallows whatever comes until the client hangs up (or the stub stops).
            while (readMore())
                buffer.clear();
            return;
        case Response::Action::Answer:
            break;
    }
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (auto it = response.headers.begin(); it != response.headers.end(); ++it)
        out += it.key() + ": " + it.value() + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += response.body;
    Loopback::sendAll(fd, out);
}

}  // namespace skranke::test
