#include "core/accounting/xmlappender.h"

#include <algorithm>
#include <cstdlib>

namespace skranke {

namespace {

// Most texts need no escaping: they go in whole, escapes between the runs.
void appendEscaped(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    const char* data = utf8.constData();
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char* escape = nullptr;
        switch (data[i]) {
            case '&':
                escape = "&amp;";
                break;
            case '<':
                escape = "&lt;";
                break;
            case '>':
                escape = "&gt;";
                break;
            default:
                continue;
        }
        out.append(data + from, i - from);
        out.append(escape);
        from = i + 1;
    }
    out.append(data + from, utf8.size() - from);
}

}  // namespace

void XmlAppender::startLine() {
    static const QByteArray indents('\n' + QByteArray(64, ' '));
    m_out.append(indents.constData(), 1 + std::min<qsizetype>(m_depth, 64));
}

void XmlAppender::startTag(const char* name) {
    startLine();
    m_out += '<';
    m_out += name;
    m_out += '>';
}

void XmlAppender::endTag(const char* name) {
    m_out += "</";
    m_out += name;
    m_out += '>';
}

void XmlAppender::open(const char* name) {
    startTag(name);
    ++m_depth;
}

void XmlAppender::close(const char* name) {
    --m_depth;
    startLine();
    endTag(name);
}

void XmlAppender::element(const char* name, const QString& text) {
    startTag(name);
    appendEscaped(m_out, text);
    endTag(name);
}

void XmlAppender::element(const char* name, const char* ascii) {
    startTag(name);
    m_out += ascii;
    endTag(name);
}

void XmlAppender::element(const char* name, std::int64_t number) {
    startTag(name);
    m_out += QByteArray::number(qint64(number));
    endTag(name);
}

void XmlAppender::amount(const char* name, std::int64_t minor, int digits) {
    startTag(name);
    // |minor| without overflow for the most negative value.
    const std::uint64_t units =
        minor < 0 ? std::uint64_t(0) - std::uint64_t(minor) : std::uint64_t(minor);
    std::uint64_t scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    m_out += QByteArray::number(quint64(units / scale));
    if (digits > 0) {
        const QByteArray fraction = QByteArray::number(quint64(units % scale));
        m_out += '.';
        m_out.append(digits - fraction.size(), '0');
        m_out += fraction;
    }
    endTag(name);
}

}  // namespace skranke
