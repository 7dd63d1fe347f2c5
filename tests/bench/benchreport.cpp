#include "tests/bench/benchreport.h"

#include <QJsonDocument>
#include <algorithm>

namespace skranke::bench {

void BenchReport::add(const QString& name, const QJsonObject& result) {
    m_results.insert(name, result);
}

QString BenchReport::json() const {
    return QString::fromUtf8(QJsonDocument(m_results).toJson(QJsonDocument::Indented));
}

QJsonObject BenchReport::percentiles(std::vector<double> ms) {
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::size_t(q * double(ms.size() - 1))]; };
    return {{QStringLiteral("n"), qint64(ms.size())},
            {QStringLiteral("p50_ms"), at(0.50)},
            {QStringLiteral("p99_ms"), at(0.99)},
            {QStringLiteral("max_ms"), ms.back()}};
}

}  // namespace skranke::bench
