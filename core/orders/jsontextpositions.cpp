#include "core/orders/jsontextpositions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>
#include <vector>

namespace skranke {

namespace {

// Walks the bytes keeping the editor position of the next one.
class Cursor final {
public:
    explicit Cursor(const QByteArray& text) : m_text(text) {}
    bool atEnd() const { return m_index >= m_text.size(); }
    qsizetype index() const { return m_index; }
    char peek() const { return m_text.at(m_index); }
    TextPosition position() const { return m_position; }
    char step() {
        const char c = m_text.at(m_index++);
        if (c == '\n') {
            ++m_position.line;
            m_position.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            // A UTF-8 continuation byte belongs to the character before it.
            ++m_position.column;
        }
        return c;
    }

private:
    const QByteArray& m_text;
    qsizetype m_index = 0;
    TextPosition m_position;
};

QString decodeKey(const QByteArray& quoted) {
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    // Escapes are rare in keys; let Qt's parser undo them.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + quoted + "]");
    return doc.array().at(0).toString();
}

struct Frame {
    bool array = false;
    QString path;
    qsizetype index = 0;  // an array: the element being read
    QString key;          // an object: the member being read
    bool expectKey = true;
};

}  // namespace

JsonTextPositions::JsonTextPositions(const QByteArray& json) {
    std::vector<Frame> stack;
    Cursor cursor(json);
    // Object members are recorded at their key; array elements and the
    // document itself where their value starts.
    const auto valueStarts = [&](const TextPosition& here) -> QString {
        if (stack.empty()) {
            m_positions.insert(QString(), here);
            return QString();
        }
        const Frame& top = stack.back();
        if (!top.array)
            return child(top.path, top.key);
        const QString path = element(top.path, top.index);
        m_positions.insert(path, here);
        return path;
    };
    while (!cursor.atEnd()) {
        const TextPosition here = cursor.position();
        const char c = cursor.peek();
        if (c == '"') {
            const qsizetype start = cursor.index();
            cursor.step();
            bool escaped = false;
            while (!cursor.atEnd()) {
                const char d = cursor.step();
                if (escaped)
                    escaped = false;
                else if (d == '\\')
                    escaped = true;
                else if (d == '"')
                    break;
            }
            if (!stack.empty() && !stack.back().array && stack.back().expectKey) {
                Frame& top = stack.back();
                top.key = decodeKey(json.mid(start, cursor.index() - start));
                top.expectKey = false;
                m_positions.insert(child(top.path, top.key), here);
            } else {
                valueStarts(here);
            }
        } else if (c == '{' || c == '[') {
            const QString path = valueStarts(here);
            stack.push_back(Frame{c == '[', path});
            cursor.step();
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            cursor.step();
        } else if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().array)
                    ++stack.back().index;
                else
                    stack.back().expectKey = true;
            }
            cursor.step();
        } else if (c == ':' || std::strchr(" \t\r\n", c) != nullptr) {
            cursor.step();
        } else {
            // A number, true, false or null.
            valueStarts(here);
            while (!cursor.atEnd() && std::strchr(",]} \t\r\n", cursor.peek()) == nullptr)
                cursor.step();
        }
    }
}

TextPosition JsonTextPositions::of(QString path) const {
    for (;;) {
        const auto found = m_positions.constFind(path);
        if (found != m_positions.cend())
            return *found;
        if (path.isEmpty())
            return TextPosition{};
        const qsizetype cut =
            std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        path.truncate(std::max<qsizetype>(cut, 0));
    }
}

TextPosition JsonTextPositions::at(const QByteArray& json, qsizetype offset) {
    Cursor cursor(json);
    while (!cursor.atEnd() && cursor.index() < offset)
        cursor.step();
    return cursor.position();
}

QString JsonTextPositions::child(const QString& path, const QString& key) {
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonTextPositions::element(const QString& path, qsizetype index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

}  // namespace skranke
