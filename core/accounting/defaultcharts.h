#pragma once

#include <QString>
#include <vector>

namespace skranke {

// The accounts and mapping a new business starts from, per country. Names
// are in the country's language, as the accountant reads them.
struct DefaultAccount {
    const char* number;
    const char* name;  // UTF-8
    const char* kind;  // asset, liability, equity, revenue, expense
    const char* standardCode;
};

struct DefaultMapping {
    const char* role;
    const char* qualifier;
    const char* account;
};

class DefaultCharts final {
public:
    static std::vector<DefaultAccount> accounts(const QString& country);
    static std::vector<DefaultMapping> mapping(const QString& country);
};

}  // namespace skranke
