#include "tests/support/testbusiness.h"

#include "core/auth/userservice.h"
#include "core/company/companyservice.h"
#include "core/store/settings.h"

namespace skranke::test {

namespace {

CompanyProfile profileFor(const QString& country) {
    CompanyProfile p;
    p.name = QStringLiteral("Fjordlys Test");
    p.country = country;
    p.timeZone = country == QLatin1String("NO")   ? QStringLiteral("Europe/Oslo")
                 : country == QLatin1String("SE") ? QStringLiteral("Europe/Stockholm")
                                                  : QStringLiteral("Europe/Copenhagen");
    return p;
}

}  // namespace

TestBusiness::TestBusiness(const QString& country)
    : m_path(m_dir.path(QStringLiteral("business.sqlite"))),
      m_clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)),
      m_db(Database::open(m_path, Database::OpenMode::Create)) {
    CompanyService::create(*m_db, m_clock, profileFor(country));
    UserService::createOwner(*m_db, m_clock,
                             {QStringLiteral("owner"),
                              QStringLiteral("Olivia Owner"),
                              {},
                              SecretKind::Pin,
                              QStringLiteral("1234")});
}

Session TestBusiness::owner() {
    const StaffUser u = *UserService::find(*m_db, QStringLiteral("owner"));
    return Session(*m_db, m_clock, u, UserService::rightsOf(*m_db, u), Settings::deviceUid(*m_db));
}

Session TestBusiness::userWithRole(const QString& login, const QString& role) {
    Session o = owner();
    const StaffUser u = UserService::create(
        o, {login, login.toUpper(), role, SecretKind::Pin, QStringLiteral("4321")});
    return Session(*m_db, m_clock, u, UserService::rightsOf(*m_db, u), Settings::deviceUid(*m_db));
}

}  // namespace skranke::test
