// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that includes yaml-cpp: the rest of Geul sees Qt types.
#include "yamlreader.h"

#include "yamlline.h"

#include <QCoreApplication>
#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

namespace geul {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(geul::YamlReader)

public:
    explicit Reader(const std::string &utf8) : m_utf8(utf8) { }

    YamlValue convert(const YAML::Node &node) const
    {
        YamlValue value;
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            value.kind = YamlValue::Kind::Null;
            break;
        case YAML::NodeType::Scalar: {
            value.text = QString::fromStdString(node.Scalar());
            const char first = charAt(node.Mark().pos);
            if (node.Tag() != "?") {
                // Quoted, block or explicitly tagged (`!!str 123`): a string.
                value.kind = YamlValue::Kind::String;
                if (first == '"' || first == '\'' || first == '|' || first == '>')
                    value.quote = QLatin1Char(first);
                if ((first == '"' || first == '\'') && !closes(node.Mark().pos) && !m_error) {
                    m_error = YamlError{node.Mark().line + 1, node.Mark().column + 1,
                                        tr("the quote %1 is never closed").arg(QLatin1Char(first))};
                }
            } else {
                value.kind = YamlValue::plainScalarKind(value.text, &value.boolean);
            }
            break;
        }
        case YAML::NodeType::Sequence:
            value.kind = YamlValue::Kind::List;
            value.flow = node.Style() == YAML::EmitterStyle::Flow;
            for (const YAML::Node &item : node)
                value.items.append(convert(item));
            break;
        case YAML::NodeType::Map:
            value.kind = YamlValue::Kind::Map;
            value.flow = node.Style() == YAML::EmitterStyle::Flow;
            for (const auto &member : node)
                value.members.append(
                    {QString::fromStdString(member.first.as<std::string>("")), convert(member.second)});
            break;
        }
        return value;
    }

    // A line indented with a tab is not YAML, but yaml-cpp lets some pass.
    // (A tab after indenting spaces may be content, as in a block scalar.)
    static std::optional<YamlError> tabIndentation(const QStringList &lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(u'\t') && !lines[i].trimmed().isEmpty())
                return YamlError{int(i + 1), 1, tr("a tab is used for indentation; YAML allows spaces only")};
        }
        return std::nullopt;
    }

    static YamlError errorFrom(const YAML::Exception &e)
    {
        return YamlError{e.mark.is_null() ? 1 : e.mark.line + 1, e.mark.is_null() ? 1 : e.mark.column + 1,
                         messageFor(e.msg)};
    }

    // yaml-cpp's messages are English and name its own terms: each is
    // said again in Geul's words, translated (the line and column stay).
    static QString messageFor(const std::string &message)
    {
        namespace E = YAML::ErrorMsg;
        const auto is = [&message](const char *known) { return message == known; };
        const auto startsWith = [&message](const char *known) { return message.rfind(known, 0) == 0; };
        if (is(E::END_OF_MAP) || is(E::END_OF_MAP_FLOW))
            return tr("a { mapping is not closed with }");
        if (is(E::END_OF_SEQ) || is(E::END_OF_SEQ_FLOW))
            return tr("a [ list is not closed with ]");
        if (is(E::EOF_IN_SCALAR))
            return tr("a quoted text is not closed before the end");
        if (is(E::DOC_IN_SCALAR))
            return tr("a --- or ... line inside a text");
        if (is(E::CHAR_IN_SCALAR))
            return tr("a character that is not allowed here in a text");
        if (startsWith(E::TAB_IN_INDENTATION))
            return tr("a tab is used for indentation; YAML allows spaces only");
        if (is(E::FLOW_END))
            return tr("a ] or } that closes nothing");
        if (is(E::BLOCK_ENTRY))
            return tr("a list item (- ) where a key was expected");
        if (is(E::MAP_KEY))
            return tr("a key is not allowed here");
        if (is(E::MAP_VALUE))
            return tr("a ':' is not allowed here; put a value that holds ': ' in quotes");
        if (startsWith(E::INVALID_ESCAPE))
            return tr("an unknown escape (\\%1) in a double-quoted text")
                .arg(QString::fromStdString(message.substr(std::string(E::INVALID_ESCAPE).size())));
        if (is(E::INVALID_HEX) || startsWith(E::INVALID_UNICODE))
            return tr("a bad \\x or \\u escape in a double-quoted text");
        if (startsWith(E::UNKNOWN_ANCHOR))
            return tr("*%1 refers to an anchor (&%1) that is not defined")
                .arg(QString::fromStdString(message.substr(std::string(E::UNKNOWN_ANCHOR).size())));
        if (is(E::ALIAS_NOT_FOUND) || is(E::ANCHOR_NOT_FOUND) || startsWith(E::CHAR_IN_ALIAS)
            || startsWith(E::CHAR_IN_ANCHOR) || startsWith(E::MULTIPLE_ANCHORS) || startsWith(E::MULTIPLE_ALIASES)
            || startsWith(E::ALIAS_CONTENT) || is(E::INVALID_ANCHOR) || is(E::INVALID_ALIAS))
            return tr("an anchor (&name) or alias (*name) is not complete");
        if (startsWith(E::MULTIPLE_TAGS) || is(E::INVALID_TAG) || startsWith(E::CHAR_IN_TAG_HANDLE)
            || is(E::TAG_WITH_NO_SUFFIX) || is(E::END_OF_VERBATIM_TAG))
            return tr("a bad tag (!name)");
        if (startsWith(E::ZERO_INDENT_IN_BLOCK) || is(E::CHAR_IN_BLOCK))
            return tr("a block text (| or >) that is not indented");
        if (is(E::UNKNOWN_TOKEN))
            return tr("this is not YAML");
        return tr("the YAML cannot be read here");
    }

    /// A problem found while converting that yaml-cpp let pass.
    const std::optional<YamlError> &error() const { return m_error; }

private:
    // yaml-cpp accepts a quoted scalar that the end of the text cuts off:
    // find the closing quote ourselves.
    bool closes(int pos) const
    {
        const char quote = charAt(pos);
        for (size_t i = size_t(pos) + 1; i < m_utf8.size(); ++i) {
            const char c = m_utf8[i];
            if (quote == '"' && c == '\\') {
                ++i;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < m_utf8.size() && m_utf8[i + 1] == '\'')
                    ++i; // '' is an escaped quote
                else
                    return true;
            }
        }
        return false;
    }

    char charAt(int pos) const { return pos >= 0 && size_t(pos) < m_utf8.size() ? m_utf8[size_t(pos)] : '\0'; }

    const std::string &m_utf8;
    mutable std::optional<YamlError> m_error;
};

// Where a flow collection (`[`, `{`) opened on a key's line is still open
// when the next top-level key starts, or the block ends. YAML allows a flow
// collection to go on over indented lines, never over a line at column 0.
// yaml-cpp reports such a bracket where it gave up, often a line later.
std::optional<YamlError> unclosedBracket(const QStringList &lines)
{
    struct Open
    {
        QChar bracket;
        int line;
        int column;
    };
    QList<Open> open;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const bool topLevel
            = !line.isEmpty() && !line[0].isSpace() && line[0] != u'#' && line[0] != u']' && line[0] != u'}';
        if (topLevel && !open.isEmpty())
            break;
        scanYamlLine(line, [&](qsizetype c) {
            const QChar ch = line[c];
            if (ch == u'[' || ch == u'{')
                open.append({ch, int(i), int(c)});
            else if ((ch == u']' || ch == u'}') && !open.isEmpty())
                open.removeLast();
        });
    }
    if (open.isEmpty())
        return std::nullopt;
    const Open &first = open.first();
    return YamlError{
        first.line + 1, first.column + 1,
        QCoreApplication::translate("geul::YamlReader", "the bracket %1 is never closed").arg(first.bracket)};
}

bool isBlankOrComment(const QString &line);

// Records where a document starts; nothing else.
class DocumentStart : public YAML::EventHandler
{
public:
    std::optional<YAML::Mark> mark;

    void OnDocumentStart(const YAML::Mark &m) override
    {
        if (!mark)
            mark = m;
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }
};

int indentOf(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line[n] == u' ')
        ++n;
    return int(n);
}

// Ruby's Psych, which Jekyll uses, reads the first YAML document of the
// front matter and stops there without a word: what follows, valid or not,
// is never read. The commonest case is a first key indented by a space
// (` title: x`): the mapping ends at the next line that is indented less,
// and every key after it is lost. yaml-cpp starts a second document at such
// a line (or fails in it); where it does is where Jekyll stops reading.
std::optional<YamlError> ignoredAfterFirstDocument(const std::string &utf8, const QStringList &lines, int lineOffset)
{
    std::istringstream in(utf8);
    YAML::Parser parser(in);
    DocumentStart first;
    DocumentStart second;
    std::optional<YAML::Mark> start;
    try {
        if (!parser.HandleNextDocument(first))
            return std::nullopt;
        if (parser.HandleNextDocument(second))
            start = second.mark;
    } catch (const YAML::Exception &e) {
        start = second.mark ? second.mark : (e.mark.is_null() ? std::nullopt : std::optional(e.mark));
    }
    if (!start || start->line < 0 || start->line >= lines.size())
        return std::nullopt;
    int last = int(lines.size()) - 1;
    while (last > start->line && isBlankOrComment(lines[last]))
        --last;
    if (isBlankOrComment(lines[start->line]))
        return std::nullopt;
    const int from = start->line + 1 + lineOffset;
    const int to = last + 1 + lineOffset;
    const QString range = from == to ? QCoreApplication::translate("geul::YamlReader", "line %1").arg(from)
                                     : QCoreApplication::translate("geul::YamlReader", "lines %1-%2").arg(from).arg(to);
    // Why, in the words of the commonest cause.
    int firstContent = 0;
    while (firstContent < start->line && isBlankOrComment(lines[firstContent]))
        ++firstContent;
    const int firstIndent = indentOf(lines[firstContent]);
    QString message;
    if (firstIndent > indentOf(lines[start->line])) {
        message = QCoreApplication::translate("geul::YamlReader",
                                              "the first key is indented by %n space(s) and line %1 is not, so the "
                                              "front matter ends before it; Jekyll silently ignores %2",
                                              nullptr, firstIndent)
                      .arg(from)
                      .arg(range);
    } else {
        message = QCoreApplication::translate("geul::YamlReader",
                                              "YAML ends the front matter before line %1; Jekyll silently ignores %2")
                      .arg(from)
                      .arg(range);
    }
    return YamlError{start->line + 1, start->column + 1, message, last + 1};
}

// Blank lines and comments between two keys belong to neither: a comment
// just above a key most often speaks of that key.
bool isBlankOrComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

YamlReader::Mapping readMappingAt(QStringView yaml, int lineOffset)
{
    using Mapping = YamlReader::Mapping;
    Mapping result;
    const QStringList lines = yaml.toString().split(u'\n');
    if (auto tab = Reader::tabIndentation(lines)) {
        result.error = tab;
        return result;
    }

    const std::string utf8 = yaml.toUtf8().toStdString();
    const Reader reader(utf8);
    YAML::Node root;
    try {
        root = YAML::Load(utf8);
    } catch (const YAML::Exception &e) {
        result.error = unclosedBracket(lines).value_or(Reader::errorFrom(e));
        return result;
    }
    if (root.IsNull())
        return result; // an empty block, or only comments
    if (!root.IsMap()) {
        result.error = YamlError{
            root.Mark().line + 1, root.Mark().column + 1,
            QCoreApplication::translate("geul::YamlReader", "front matter must be a list of keys and values")};
        return result;
    }

    QSet<QString> seen;
    try {
        for (const auto &member : root) {
            YamlEntry entry;
            entry.key = QString::fromStdString(member.first.as<std::string>(""));
            if (!member.first.IsScalar()) {
                result.error = YamlError{member.first.Mark().line + 1, member.first.Mark().column + 1,
                                         QCoreApplication::translate("geul::YamlReader", "a key must be plain text")};
                return result;
            }
            if (seen.contains(entry.key)) {
                result.error = YamlError{
                    member.first.Mark().line + 1, member.first.Mark().column + 1,
                    QCoreApplication::translate("geul::YamlReader", "the key '%1' appears twice").arg(entry.key)};
                return result;
            }
            seen.insert(entry.key);
            entry.value = reader.convert(member.second);
            entry.firstLine = member.first.Mark().line;
            result.entries.append(entry);
        }
    } catch (const YAML::Exception &e) {
        result.error = Reader::errorFrom(e);
        return result;
    }
    if (reader.error()) {
        result.error = reader.error();
        return result;
    }
    result.ignored = ignoredAfterFirstDocument(utf8, lines, lineOffset);
    // The part that is read ends where the ignored part starts.
    const int end = result.ignored ? result.ignored->line - 1 : int(lines.size());

    // A key's lines reach to the next key, less the blank lines and
    // top-level comments just before it (those stand on their own).
    for (qsizetype i = 0; i < result.entries.size(); ++i) {
        YamlEntry &entry = result.entries[i];
        int last = i + 1 < result.entries.size() ? result.entries[i + 1].firstLine - 1 : end - 1;
        while (last > entry.firstLine && isBlankOrComment(lines[last]))
            --last;
        entry.lastLine = last;
    }
    return result;
}

} // namespace

YamlReader::Mapping YamlReader::readMapping(QStringView yaml, int lineOffset)
{
    Mapping result = readMappingAt(yaml, lineOffset);
    // Every line as the caller counts them.
    for (std::optional<YamlError> *problem : {&result.error, &result.ignored}) {
        if (*problem) {
            (*problem)->line += lineOffset;
            if ((*problem)->lastLine > 0)
                (*problem)->lastLine += lineOffset;
        }
    }
    for (YamlEntry &entry : result.entries) {
        entry.firstLine += lineOffset;
        entry.lastLine += lineOffset;
    }
    return result;
}

std::optional<YamlValue> YamlReader::readValue(QStringView text, QString *error)
{
    const std::string utf8 = text.toUtf8().toStdString();
    const Reader reader(utf8);
    try {
        const YAML::Node node = YAML::Load(utf8);
        YamlValue value = reader.convert(node);
        if (reader.error()) {
            if (error)
                *error = reader.error()->message;
            return std::nullopt;
        }
        return value;
    } catch (const YAML::Exception &e) {
        if (error)
            *error = Reader::errorFrom(e).message;
        return std::nullopt;
    }
}

} // namespace geul
