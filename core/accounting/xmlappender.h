#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace skranke {

// Appends XML elements to a byte buffer, indented as QXmlStreamWriter's
// auto-formatting does (one space a level). For the many small repeated
// elements of an export: QXmlStreamWriter writes each piece to its device
// separately, which cost half of a year's SAF-T file.
class XmlAppender final {
public:
    // depth: the level of the elements appended first.
    XmlAppender(QByteArray& out, int depth) : m_out(out), m_depth(depth) {}

    void open(const char* name);
    void close(const char* name);
    // <name>text</name>, the text escaped.
    void element(const char* name, const QString& text);
    // <name>text</name> for text that needs no escaping (numbers, codes).
    void element(const char* name, const char* ascii);
    void element(const char* name, std::int64_t number);
    // The amount of minor units |minor| as a decimal with `digits` decimals.
    void amount(const char* name, std::int64_t minor, int digits);

private:
    void startLine();
    void startTag(const char* name);
    void endTag(const char* name);

    QByteArray& m_out;
    int m_depth;
};

}  // namespace skranke
