#include "session/course/json_line_map.h"

namespace normlab::session::course {

namespace {

class Walker {
  public:
    Walker(const QByteArray& text, QHash<QString, int>& lines) : text_(text), lines_(lines) {}

    void value(const QString& path) {
        skipSpace();
        lines_.insert(path, line_);
        if (pos_ >= text_.size()) return;
        const char c = text_[pos_];
        if (c == '{') {
            elements('}', [&](int) {
                skipSpace();
                const QString key = string();
                skipSpace();
                ++pos_;  // ':'
                value(path.isEmpty() ? key : path + QLatin1Char('.') + key);
            });
            return;
        }
        if (c == '[') {
            elements(']', [&](int i) { value(path + QStringLiteral("[%1]").arg(i)); });
            return;
        }
        if (c == '"') {
            string();
            return;
        }
        // Number, true, false, null.
        while (pos_ < text_.size() && !isDelimiter(text_[pos_])) ++pos_;
    }

  private:
    // At an object's '{' or an array's '['; walks each element (by its
    // index) up to and past the `close` bracket.
    template <class Element>
    void elements(char close, const Element& element) {
        ++pos_;
        skipSpace();
        if (peek() == close) {
            ++pos_;
            return;
        }
        for (int i = 0;; ++i) {
            element(i);
            skipSpace();
            if (peek() != ',') break;
            ++pos_;
        }
        ++pos_;  // close
    }
    [[nodiscard]] char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    static bool isDelimiter(char c) {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
    void skipSpace() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '\n')
                ++line_;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++pos_;
        }
    }
    // At an opening quote; returns the decoded text (escapes kept simple:
    // keys in lesson files are plain ASCII).
    QString string() {
        ++pos_;
        const qsizetype start = pos_;
        while (pos_ < text_.size() && text_[pos_] != '"') {
            if (text_[pos_] == '\\') ++pos_;
            ++pos_;
        }
        const QString s = QString::fromUtf8(text_.mid(start, pos_ - start));
        ++pos_;
        return s;
    }

    const QByteArray& text_;
    QHash<QString, int>& lines_;
    qsizetype pos_ = 0;
    int line_ = 1;
};

}  // namespace

QHash<QString, int> jsonLineMap(const QByteArray& json) {
    QHash<QString, int> lines;
    Walker(json, lines).value(QString());
    return lines;
}

int lineOf(const QHash<QString, int>& lines, QString path) {
    for (;;) {
        if (auto it = lines.constFind(path); it != lines.constEnd()) return *it;
        if (path.isEmpty()) return 1;
        const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')),
                                       path.lastIndexOf(QLatin1Char('[')));
        path = cut < 0 ? QString() : path.left(cut);
    }
}

int lineAtOffset(const QByteArray& text, qsizetype offset) {
    return 1 + static_cast<int>(text.left(offset).count('\n'));
}

}  // namespace normlab::session::course
