#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace skranke {

// A place in a text file as an editor shows it: 1-based line and column, the
// column counted in characters (not UTF-8 bytes), so that staff can find it.
struct TextPosition {
    int line = 1;
    int column = 1;
};

// Where the fields of a JSON document are written, by path: "" is the
// document, "orders[2]" an array element (0-based), "orders[2].lines[0].amount"
// an object member (the position of its key). The parsed QJsonDocument has
// no positions, and problems are found after parsing, so the raw text is
// scanned once more — only when there is something to report.
class JsonTextPositions final {
public:
    // `json` must be valid JSON (QJsonDocument parsed it): the scan checks
    // nothing. A key given twice counts where it is given last, as in Qt.
    explicit JsonTextPositions(const QByteArray& json);

    // The position of `path`, else of its nearest ancestor in the text: a
    // field that was left out is reported where its object is.
    TextPosition of(QString path) const;

    // The position of a byte offset (QJsonParseError::offset).
    static TextPosition at(const QByteArray& json, qsizetype offset);

    static QString child(const QString& path, const QString& key);
    static QString element(const QString& path, qsizetype index);

private:
    QHash<QString, TextPosition> m_positions;
};

}  // namespace skranke
