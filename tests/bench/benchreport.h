#pragma once

#include <QJsonObject>
#include <QString>
#include <chrono>
#include <cstdint>
#include <vector>

namespace skranke::bench {

// Collects measurements and prints them as one JSON object.
class BenchReport final {
public:
    void add(const QString& name, const QJsonObject& result);
    QString json() const;

    // Percentiles of a set of durations in milliseconds (exact, sorted copy).
    static QJsonObject percentiles(std::vector<double> ms);

private:
    QJsonObject m_results;
};

// Milliseconds since construction.
class Stopwatch final {
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    double ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
            .count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

}  // namespace skranke::bench
