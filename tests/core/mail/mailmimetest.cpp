#include "core/mail/mailmessage.h"
#include "core/store/error.h"
#include "tests/core/mail/mimeparts.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

QByteArray pdfBytes() {
    QByteArray pdf = "%PDF-1.4\n";
    for (int i = 0; i < 3000; ++i)
        pdf += char(i * 7 % 256);  // every byte value, NULs and CRs included
    return pdf + "\n%%EOF\n";
}

MailMessage reminder() {
    MailMessage m;
    m.fromAddress = QStringLiteral("regnskab@fjordlys.dk");
    m.fromName = QStringLiteral("Fjordlys Ferie & Aktivitet");
    m.to = QStringLiteral("jens@hansen.dk");
    m.toName = QStringLiteral("Jens Ærø Hansen");
    m.subject = QStringLiteral(
        "Rykker 1 for faktura 1042 – beløb på 895,00 kr. til betaling på "
        "Ærø");
    m.body = QStringLiteral("Kære Jens\n\nVi har ikke modtaget betaling.\nMed venlig hilsen\nÅse");
    m.attachments.push_back(
        {QStringLiteral("Rykker 1042.pdf"), QByteArrayLiteral("application/pdf"), pdfBytes()});
    return m;
}

const QDateTime date(QDate(2026, 3, 2), QTime(10, 5, 9), QTimeZone("Europe/Copenhagen"));

}  // namespace

TEST_CASE("a message is RFC 5322 with CRLF lines of at most 78 characters", "[mail]") {
    const QByteArray mime = toMime(reminder(), date, "abc@fjordlys.dk");
    CHECK_FALSE(mime.contains('\0'));
    for (qsizetype i = 0; i < mime.size(); ++i)
        if (mime[i] == '\n')
            REQUIRE((i > 0 && mime[i - 1] == '\r'));
    for (const QByteArray& line : mime.split('\n')) {
        INFO(line.toStdString());
        CHECK(line.size() <= 79);  // 78 + the CR
        for (char c : line)
            CHECK(static_cast<unsigned char>(c) < 0x80);  // 7-bit clean
    }
    const MimeMessage m = parseMime(mime);
    CHECK(m.top.headers.value("date") == QStringLiteral("Mon, 02 Mar 2026 10:05:09 +0100"));
    CHECK(m.top.headers.value("message-id") == QStringLiteral("<abc@fjordlys.dk>"));
    CHECK(m.top.headers.value("mime-version") == QStringLiteral("1.0"));
    CHECK(m.top.headers.value("subject") == reminder().subject);
    CHECK(m.top.headers.value("to") == QStringLiteral("Jens Ærø Hansen <jens@hansen.dk>"));
    CHECK(m.top.headers.value("from") ==
          QStringLiteral("Fjordlys Ferie & Aktivitet <regnskab@fjordlys.dk>"));
    CHECK(mime.contains("Subject: =?UTF-8?B?"));
}

TEST_CASE("the body is UTF-8 text and the attachment decodes byte for byte", "[mail]") {
    const MailMessage msg = reminder();
    const MimeMessage m = parseMime(toMime(msg, date, "<abc@fjordlys.dk>"));
    CHECK(m.top.headers.value("content-type").startsWith(QLatin1String("multipart/mixed;")));
    REQUIRE(m.parts.size() == 2);
    CHECK(m.parts[0].headers.value("content-type") == QStringLiteral("text/plain; charset=UTF-8"));
    CHECK(QString::fromUtf8(m.parts[0].decodedBody()) ==
          QString(msg.body).replace(QLatin1String("\n"), QLatin1String("\r\n")));
    CHECK(m.parts[1].headers.value("content-type") ==
          QStringLiteral("application/pdf; name=\"Rykker 1042.pdf\""));
    CHECK(m.parts[1].headers.value("content-disposition") ==
          QStringLiteral("attachment; filename=\"Rykker 1042.pdf\""));
    CHECK(m.parts[1].decodedBody() == pdfBytes());
    for (const QByteArray& line : m.parts[1].rawBody.split('\n'))
        CHECK(line.size() <= 77);  // 76 base64 characters + CR
}

TEST_CASE("a file name with æøå uses RFC 2231 and a message without files is one part", "[mail]") {
    MailMessage msg = reminder();
    msg.attachments.front().fileName = QStringLiteral("../Påmindelse – Ærøskøbing.pdf");
    const QByteArray mime = toMime(msg, date, "x@y.dk");
    CHECK(mime.contains("filename*0*=UTF-8''P%C3%A5mindelse"));
    CHECK_FALSE(mime.contains(".."));

    msg.attachments.clear();
    const MimeMessage m = parseMime(toMime(msg, date, "x@y.dk"));
    CHECK(m.parts.isEmpty());
    CHECK(m.top.headers.value("content-type") == QStringLiteral("text/plain; charset=UTF-8"));
    CHECK(QString::fromUtf8(m.top.decodedBody()).startsWith(QStringLiteral("Kære Jens\r\n")));
}

TEST_CASE("a plain ASCII subject stays readable and header injection is impossible", "[mail]") {
    MailMessage msg = reminder();
    msg.subject = QStringLiteral("Invoice 12\r\nBcc: everyone@example.com");
    msg.toName = QStringLiteral("Hansen, Jens");
    const QByteArray mime = toMime(msg, date, "x@y.dk");
    CHECK(mime.contains("Subject: Invoice 12 Bcc: everyone@example.com\r\n"));
    CHECK_FALSE(mime.contains("\r\nBcc:"));
    CHECK(parseMime(mime).top.headers.value("to") ==
          QStringLiteral("Hansen, Jens <jens@hansen.dk>"));
}

TEST_CASE("a recipient that is not an address is refused naming the field", "[mail]") {
    MailMessage msg = reminder();
    for (const char* bad : {"", "jens", "jens@hansen", "a b@c.dk", "<jens@hansen.dk>",
                            "jens@hansen.dk\r\nBcc: x@y.dk"}) {
        msg.to = QString::fromUtf8(bad);
        try {
            toMime(msg, date, "x@y.dk");
            FAIL("accepted " << bad);
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK(e.field() == QStringLiteral("to"));
        }
    }
    msg.to = QStringLiteral("kontor@blåbær.dk");
    CHECK(toMime(msg, date, "x@y.dk").contains("<kontor@xn--"));
}
