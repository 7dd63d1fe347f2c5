#pragma once

#include <QByteArray>
#include <atomic>

namespace skranke::test {

// Plain sockets on 127.0.0.1 for the test servers (SMTP sink, HTTP stub).
class Loopback final {
public:
    // A bound (not yet listening) socket on a port the system picks; throws
    // std::runtime_error naming `who` when that fails.
    static int bind(int& port, const char* who);
    // A loopback port where nothing listens.
    static int closedPort();
    // Waits until `fd` can be read; false once `stop` is set (checked every
    // 50 ms, so a server's destructor is not kept waiting) or on an error.
    static bool waitReadable(int fd, const std::atomic<bool>& stop);
    // Sends all of `bytes`, or stops quietly when the peer has gone.
    static void sendAll(int fd, const QByteArray& bytes);
};

}  // namespace skranke::test
