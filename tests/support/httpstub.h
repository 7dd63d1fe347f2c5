#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace skranke::test {

// A tiny HTTP/1.1 server on 127.0.0.1 for tests of REST clients: one thread,
// one connection at a time, on a port the system picks. It reads the request
// line, the headers and a Content-Length body (no chunked uploads), records
// the request and asks the handler what to do: answer (and close, no
// keep-alive), close without answering, or stall until the client gives up.
// The handler runs on the stub's thread, one request at a time; state it
// shares with the test needs a lock.
class HttpStub final {
public:
    struct Request {
        QByteArray method;
        QByteArray path;                       // as sent, with any query string
        QMap<QByteArray, QByteArray> headers;  // lower-case names
        QByteArray body;
    };
    struct Response {
        int status = 200;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;  // Content-Length is added
        enum class Action {
            Answer,
            DropAfterReading,  // close without answering
            Stall,             // never answer until the client gives up
        };
        Action action = Action::Answer;
    };
    using Handler = std::function<Response(const Request&)>;

    explicit HttpStub(Handler handler);
    ~HttpStub();
    HttpStub(const HttpStub&) = delete;
    HttpStub& operator=(const HttpStub&) = delete;

    int port() const { return m_port; }
    QString baseUrl() const;  // "http://127.0.0.1:<port>"
    std::vector<Request> requests() const;

    // A port on 127.0.0.1 where nothing listens (bound, then closed).
    static int closedPort();

private:
    void run();
    void serve(int fd);

    Handler m_handler;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::vector<Request> m_requests;
    std::thread m_thread;
};

}  // namespace skranke::test
