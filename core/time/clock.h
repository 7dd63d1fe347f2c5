#pragma once

#include <QDateTime>
#include <cstdint>

namespace skranke {

// Where "now" comes from. Services never call QDateTime::currentDateTime()
// themselves, so tests and scripted runs can fix the time.
class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual std::int64_t nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock {
public:
    std::int64_t nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that stands still until told to move.
class FixedClock final : public Clock {
public:
    explicit FixedClock(std::int64_t ms) : m_ms(ms) {}
    explicit FixedClock(const QDateTime& at) : m_ms(at.toMSecsSinceEpoch()) {}
    std::int64_t nowMs() const override { return m_ms; }
    void set(std::int64_t ms) { m_ms = ms; }
    void advanceMs(std::int64_t ms) { m_ms += ms; }

private:
    std::int64_t m_ms;
};

}  // namespace skranke
