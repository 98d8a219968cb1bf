// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "bundleexporter.h"
#include "frontmatter.h"
#include "imagestore.h"
#include "markdownrenderer.h"
#include "newpost.h"
#include "postchecker.h"
#include "postfile.h"
#include "publisher.h"
#include "reading.h"
#include "romanization.h"
#include "site.h"
#include "siteindex.h"
#include "sitesettings.h"
#include "spellchecker.h"
#include "textstats.h"
#include "versions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <optional>

#include <unistd.h>

namespace geul {

namespace {

constexpr int exitOk = 0;
constexpr int exitFailed = 1;
constexpr int exitUsage = 2;

QString programName()
{
    return QStringLiteral("geul-cli");
}

// Parses a command's arguments. Returns an exit code when the command ends
// here (a usage error, or --help), and nothing when it goes on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                  QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << programName() << ": " << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(arguments.first(), programName() + u' ' + command);
        return exitOk;
    }
    return std::nullopt;
}

// A home for the command functions, so that tr() has a context that
// lupdate understands.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(geul::Cli)

public:
    static QString generalHelp();
    static int render(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int meta(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int check(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int image(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int exportPost(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int list(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int newPost(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int slug(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int stats(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int spell(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int publish(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

QString Cli::generalHelp()
{
    return tr("Usage: geul-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
              "Work with the Markdown posts of a Jekyll blog, as Geul does.\n"
              "\n"
              "Commands:\n"
              "  render POST [--site DIR] [-o OUT.html] [--standalone] [--source-positions]\n"
              "                              Print the HTML Jekyll makes of the post's body\n"
              "  meta POST [--json]          Print the post's front matter\n"
              "  meta POST --set KEY=VALUE --unset KEY\n"
              "                              Change front matter keys in place, touching nothing else\n"
              "  check POST... [--json]      Report problems Jekyll would trip over\n"
              "  image POST FILE... [--html] [--zoom PERCENT]\n"
              "                              Copy images into the post's asset folder and print their links\n"
              "  export POST -o OUT [--format jekyll|portable|html] [--strict] [--json]\n"
              "                              Export the post with exactly the files it uses\n"
              "  list SITE [--json]          List the site's posts and drafts, newest first\n"
              "  new SITE --title TITLE [--date \"YYYY-MM-DD HH:MM\"] [--slug SLUG] [--layout L] [--draft]\n"
              "                              Make a new post as the site's posts are written; print its path\n"
              "  slug TEXT                   Print the file-name slug of a (Korean) title\n"
              "  stats POST [--json]         Count what a reader reads: characters, eojeol, manuscript sheets\n"
              "  spell POST... [--json]      List misspelled words (Korean and English) with suggestions\n"
              "  publish POST [-m MESSAGE] [--no-push] [--dry-run] [--json]\n"
              "                              Commit the post with exactly the files it uses, and push it\n"
              "\n"
              "Options:\n"
              "  -h, --help                  Show this help, or a command's help after its name\n"
              "  -v, --version               Show the versions of Geul and of the libraries it uses\n");
}

int Cli::render(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the HTML Jekyll makes of a post's body (without its front matter): "
                                        "Liquid filled in, then the site's Markdown (kramdown with its settings, or "
                                        "CommonMark), with code in Geul's colours."));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the HTML to FILE instead of standard output."), tr("FILE"));
    parser.addOption(output);
    const QCommandLineOption siteOption(
        QStringLiteral("site"),
        tr("The Jekyll site the post belongs to (default: the nearest folder upward with _config.yml)."), tr("DIR"));
    parser.addOption(siteOption);
    const QCommandLineOption standalone(
        QStringLiteral("standalone"),
        tr("Write a complete page that needs no other file: Geul's style, KaTeX with its fonts, and every local "
           "image inlined."));
    parser.addOption(standalone);
    const QCommandLineOption positions(QStringLiteral("source-positions"),
                                       tr("Mark each block with the lines it comes from (data-sourcepos), as the "
                                          "preview does."));
    parser.addOption(positions);
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown post to render."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("render"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << programName() << ": " << tr("render takes exactly one POST (see 'geul-cli render --help')") << '\n';
        return exitUsage;
    }

    const PostFile::LoadResult loaded = PostFile::load(positional.first());
    if (!loaded.file) {
        err << programName() << ": " << loaded.error << '\n';
        return exitFailed;
    }
    const QString text = loaded.file->text();
    const FrontMatterSplit split = FrontMatter::split(text);
    if (const QString problem = FrontMatter::problem(split, positional.first()); !problem.isEmpty())
        err << programName() << ": " << tr("warning: %1").arg(problem) << '\n';
    const QString site = parser.isSet(siteOption) ? parser.value(siteOption) : Site::rootFor(positional.first());
    if (parser.isSet(siteOption) && !QFileInfo(site).isDir()) {
        err << programName() << ": " << tr("%1: no such folder").arg(site) << '\n';
        return exitUsage;
    }
    const SiteConfig config = SiteConfig::read(site);
    for (const QString &note : config.dialect.notes)
        err << programName() << ": " << tr("warning: %1").arg(note) << '\n';
    // The blog's HTML: code in Rouge's markup without colours (Rouge's own
    // spans are the only part of Jekyll's page Geul does not write).
    MarkdownRenderer::Options options;
    options.sourcePositions = parser.isSet(positions);
    options.highlightCode = false;
    QString html = MarkdownRenderer::render(Reading::read(text, config.dialect, config.variables), options).html;
    if (parser.isSet(standalone)) {
        QStringList warnings;
        html = BundleExporter::standalonePage(QFileInfo(positional.first()).absoluteFilePath(), text,
                                              site.isEmpty() ? QString() : QFileInfo(site).absoluteFilePath(),
                                              &warnings);
        for (const QString &warning : std::as_const(warnings))
            err << programName() << ": " << tr("warning: %1").arg(warning) << '\n';
    }

    if (!parser.isSet(output)) {
        out << html;
        return exitOk;
    }
    const QString target = parser.value(output);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        err << programName() << ": " << tr("%1: cannot be written: %2").arg(target, file.errorString()) << '\n';
        return exitFailed;
    }
    return exitOk;
}

namespace {

// One JSON value on one line.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

} // namespace

int Cli::meta(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints a post's front matter, or changes keys in place. An edit replaces only the lines of its key: "
           "order, comments, quoting and the other keys stay byte for byte."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON object with typed values."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("Set KEY to VALUE, read as a YAML scalar or flow list (tags=[a, 한글])."),
                                 tr("KEY=VALUE"));
    const QCommandLineOption unset(QStringLiteral("unset"), tr("Remove KEY."), tr("KEY"));
    parser.addOptions({json, set, unset});
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown post."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("meta"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << programName() << ": " << tr("meta takes exactly one POST (see 'geul-cli meta --help')") << '\n';
        return exitUsage;
    }
    const QString path = positional.first();
    PostFile::LoadResult loaded = PostFile::load(path);
    if (!loaded.file) {
        err << programName() << ": " << loaded.error << '\n';
        return exitFailed;
    }
    const QString original = loaded.file->text();
    const FrontMatter fm = FrontMatter::read(original);
    auto reportYamlError = [&](const YamlError &e) {
        err << path << ':' << e.line << ':' << e.column << ": " << e.message << '\n';
        return exitUsage;
    };
    if (fm.location().unterminated) {
        return reportYamlError({1, 1, tr("front matter starts with '---' but no closing '---' line follows")});
    }
    if (fm.error())
        return reportYamlError(*fm.error());

    // Edits: every --set in the order given, then every --unset.
    const QStringList sets = parser.values(set);
    const QStringList unsets = parser.values(unset);
    if (const std::optional<YamlError> &ignored = fm.ignored()) {
        // Jekyll reads only the first keys: an edit would be made blind.
        if (!sets.isEmpty() || !unsets.isEmpty())
            return reportYamlError({ignored->line, ignored->column,
                                    tr("%1; nothing was changed").arg(ignored->message)});
        err << path << ':' << ignored->line << ':' << ignored->column << ": "
            << tr("warning: %1").arg(ignored->message) << '\n';
    }
    if (!sets.isEmpty() || !unsets.isEmpty()) {
        QString text = original;
        for (const QString &assignment : sets) {
            const qsizetype eq = assignment.indexOf(u'=');
            if (eq <= 0) {
                err << programName() << ": " << tr("--set takes KEY=VALUE, not '%1'").arg(assignment) << '\n';
                return exitUsage;
            }
            QString why;
            const std::optional<YamlValue> value = FrontMatter::valueFromText(assignment.sliced(eq + 1), &why);
            if (!value) {
                err << programName() << ": " << tr("--set %1: the value is not YAML: %2").arg(assignment, why) << '\n';
                return exitUsage;
            }
            const FrontMatter::Edit edit = FrontMatter::setValue(text, assignment.first(eq), *value);
            if (!edit.text) {
                err << programName() << ": " << path << ": " << edit.refusal << '\n';
                return exitUsage;
            }
            text = *edit.text;
        }
        for (const QString &key : unsets) {
            const FrontMatter::Edit edit = FrontMatter::removeKey(text, key);
            if (!edit.text) {
                err << programName() << ": " << path << ": " << edit.refusal << '\n';
                return exitUsage;
            }
            text = *edit.text;
        }
        if (text == original)
            return exitOk; // nothing to write, and the file keeps its time
        loaded.file->setText(text);
        QString error;
        if (!loaded.file->save(&error)) {
            err << programName() << ": " << error << '\n';
            return exitFailed;
        }
        if (loaded.file->format().mixedLineEndings) {
            err << programName() << ": "
                << tr("warning: %1 mixed line endings; every line now ends in %2")
                       .arg(path, loaded.file->format().lineEnding == PostFormat::LineEnding::CRLF
                                      ? QStringLiteral("CRLF")
                                      : QStringLiteral("LF"))
                << '\n';
        }
        return exitOk;
    }

    if (parser.isSet(json)) {
        QStringList members;
        for (const YamlEntry &entry : fm.entries())
            members << QStringLiteral("  ") + jsonText(entry.key) + QStringLiteral(": ")
                           + jsonText(entry.value.toJson());
        out << (members.isEmpty()
                    ? QStringLiteral("{}\n")
                    : QStringLiteral("{\n") + members.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n"));
        return exitOk;
    }
    // As YAML, each value in the style it is written in.
    for (const YamlEntry &entry : fm.entries()) {
        const QString value = FrontMatter::render(entry.value, &entry.value, QStringLiteral("  "));
        out << entry.key << ':' << (value.isEmpty() || value.startsWith(u'\n') ? QString() : QStringLiteral(" "))
            << value << '\n';
    }
    return exitOk;
}

int Cli::check(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reports what Jekyll would trip over in each POST, one problem per line as FILE:LINE: severity: message. "
           "Exits with 1 when an error is found."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the problems as a JSON array."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown posts to check."), QStringLiteral("POST..."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("check"), out, err))
        return *done;
    const QStringList posts = parser.positionalArguments();
    if (posts.isEmpty()) {
        err << programName() << ": " << tr("check takes one or more POST files (see 'geul-cli check --help')") << '\n';
        return exitUsage;
    }

    // One index per site, however many of its posts are checked.
    QHash<QString, SiteIndex> sites;
    QList<PostProblem> problems;
    for (const QString &post : posts) {
        const QString root = Site::rootFor(post);
        if (!root.isEmpty() && !sites.contains(root))
            sites.insert(root, SiteIndex::scan(root));
        problems += PostChecker::check(post, root.isEmpty() ? nullptr : &sites[root]);
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const PostProblem &problem : std::as_const(problems))
            array.append(problem.toJson());
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const PostProblem &problem : std::as_const(problems))
            out << problem.toString() << '\n';
    }
    const bool anyError = std::any_of(problems.cbegin(), problems.cend(),
                                      [](const PostProblem &p) { return p.severity == PostProblem::Severity::Error; });
    return anyError ? exitFailed : exitOk;
}

int Cli::image(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies each image FILE into the asset folder of POST, as Geul's editor does when an image is pasted or "
           "dropped, and prints the Markdown to insert, one line per file. Existing files are never overwritten."));
    parser.addHelpOption();
    const QCommandLineOption html(QStringLiteral("html"), tr("Print <img> tags instead of Markdown images."));
    const QCommandLineOption zoom(QStringLiteral("zoom"),
                                  tr("Scale the image to PERCENT, as Typora does (an <img> tag)."), tr("PERCENT"));
    parser.addOption(html);
    parser.addOption(zoom);
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown post the images are for."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The image files to copy."), QStringLiteral("FILE..."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("image"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err << programName() << ": " << tr("image takes a POST and one or more FILEs (see 'geul-cli image --help')")
            << '\n';
        return exitUsage;
    }
    std::optional<int> percent;
    if (parser.isSet(zoom)) {
        bool ok = false;
        percent = parser.value(zoom).remove(u'%').toInt(&ok);
        if (!ok || *percent < 1 || *percent > 1000) {
            err << programName() << ": "
                << tr("--zoom takes a percentage from 1 to 1000, not '%1'").arg(parser.value(zoom)) << '\n';
            return exitUsage;
        }
    }
    const QString post = QFileInfo(positional.first()).absoluteFilePath();
    const PostFile::LoadResult loaded = PostFile::load(post);
    if (!loaded.file) {
        err << programName() << ": " << loaded.error << '\n';
        return exitFailed;
    }
    // Where this site's posts keep their images, as the editor learns it.
    const QString root = Site::rootFor(post);
    const ImageStore store = root.isEmpty() ? ImageStore::forPost(post, loaded.file->text(), root)
                                            : ImageStore::forPost(post, loaded.file->text(), root,
                                                                  SiteSettings::imageSettings(SiteIndex::scan(root)));
    int failed = 0;
    for (const QString &file : positional.sliced(1)) {
        const ImageStore::Stored stored = store.copyFile(file);
        if (stored.path.isEmpty()) {
            err << programName() << ": " << stored.error << '\n';
            ++failed;
            continue;
        }
        out << store.markdownFor(stored.path, percent, parser.isSet(html)) << '\n';
    }
    return failed ? exitFailed : exitOk;
}

int Cli::exportPost(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports POST with exactly the files it uses: a Jekyll bundle (zip, at site paths), a portable bundle "
           "(zip, or a folder when OUT does not end in .zip, with links rewritten to images/...), or a standalone "
           "HTML page. References that cannot be included are reported."));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to OUT."), tr("OUT"));
    const QCommandLineOption format(QStringLiteral("format"), tr("jekyll (the default), portable or html."),
                                    tr("FORMAT"), QStringLiteral("jekyll"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Write nothing and exit with 1 when a reference cannot be included."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the summary as JSON."));
    parser.addOptions({output, format, strict, json});
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown post to export."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("export"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(output)) {
        err << programName() << ": " << tr("export takes one POST and -o OUT (see 'geul-cli export --help')") << '\n';
        return exitUsage;
    }
    const std::optional<BundleExporter::Format> chosen = BundleExporter::formatNamed(parser.value(format));
    if (!chosen) {
        err << programName() << ": "
            << tr("unknown format '%1': use jekyll, portable or html").arg(parser.value(format)) << '\n';
        return exitUsage;
    }
    BundleExporter::Options options;
    options.format = *chosen;
    options.output = parser.value(output);
    options.strict = parser.isSet(strict);
    const QString post = positional.first();
    const BundleExporter::Result result = BundleExporter::exportPost(post, options);

    qint64 fileBytes = 0;
    for (const BundleExporter::File &file : result.files)
        fileBytes += file.size;
    if (parser.isSet(json)) {
        QJsonArray files;
        for (const BundleExporter::File &file : result.files)
            files.append(QJsonObject{{QStringLiteral("path"), file.entry},
                                     {QStringLiteral("size"), double(file.size)},
                                     {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}});
        QJsonArray problems;
        for (const BundleExporter::Problem &problem : result.problems)
            problems.append(QJsonObject{{QStringLiteral("reference"), problem.written},
                                        {QStringLiteral("line"), problem.line},
                                        {QStringLiteral("reason"), problem.reason}});
        QJsonObject summary{{QStringLiteral("output"), options.output},
                            {QStringLiteral("written"), result.ok()},
                            {QStringLiteral("bytes"), double(result.bytes)},
                            {QStringLiteral("files"), files},
                            {QStringLiteral("problems"), problems}};
        if (!result.error.isEmpty())
            summary.insert(QStringLiteral("error"), result.error);
        out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    } else {
        for (const BundleExporter::Problem &problem : result.problems)
            err << post << ':' << problem.line << ": " << tr("warning: %1: %2").arg(problem.written, problem.reason)
                << '\n';
        if (result.ok())
            out << tr("%1: %n file(s), %2 bytes, %3 problem(s)", nullptr, int(result.files.size()))
                       .arg(options.output)
                       .arg(result.bytes)
                       .arg(result.problems.size())
                << '\n';
    }
    if (!result.error.isEmpty() && !parser.isSet(json))
        err << programName() << ": " << result.error << '\n';
    if (options.strict && !result.problems.isEmpty())
        return exitFailed;
    return result.ok() ? exitOk : exitUsage;
}

// The site folder a command names, or nothing (with a message) when it is
// not one.
std::optional<QString> siteArgument(const QString &argument, QTextStream &err)
{
    const QFileInfo info(argument);
    if (!info.isDir()) {
        err << programName() << ": " << Cli::tr("%1: no such folder").arg(argument) << '\n';
        return std::nullopt;
    }
    const QString root = Site::rootFor(info.absoluteFilePath());
    if (root.isEmpty()) {
        err << programName() << ": "
            << Cli::tr("%1 is not in a Jekyll site (no _config.yml there or above)").arg(argument) << '\n';
        return std::nullopt;
    }
    return root;
}

int Cli::list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists every post (_posts/) and draft (_drafts/) of the Jekyll site SITE, newest first, as Jekyll reads "
           "them: path, date, title, categories, tags, and whether Jekyll publishes it, and why not."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array of objects."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site's folder (or one inside it)."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("list"), out, err))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err << programName() << ": " << tr("list takes one SITE (see 'geul-cli list --help')") << '\n';
        return exitUsage;
    }
    const std::optional<QString> root = siteArgument(parser.positionalArguments().first(), err);
    if (!root)
        return exitFailed;
    const SiteIndex site = SiteIndex::scan(*root);
    const QDir dir(*root);
    const auto dateText = [](const SiteIndex::Post &post) {
        return post.date.isValid() ? post.date.toString(Qt::ISODate) : QString();
    };
    if (parser.isSet(json)) {
        QJsonArray posts;
        for (const SiteIndex::Post &post : site.posts()) {
            posts.append(QJsonObject{
                {QStringLiteral("path"), dir.relativeFilePath(post.path)},
                {QStringLiteral("title"), post.title},
                {QStringLiteral("date"), dateText(post)},
                {QStringLiteral("categories"), QJsonArray::fromStringList(post.categories)},
                {QStringLiteral("tags"), QJsonArray::fromStringList(post.tags)},
                {QStringLiteral("draft"), post.draft},
                {QStringLiteral("published"), post.published()},
                {QStringLiteral("problem"), post.problem()},
            });
        }
        out << QJsonDocument(posts).toJson(QJsonDocument::Indented);
        return exitOk;
    }
    for (const SiteIndex::Post &post : site.posts()) {
        out << dir.relativeFilePath(post.path) << '\t' << dateText(post) << '\t' << post.title;
        if (!post.categories.isEmpty())
            out << '\t' << tr("categories: %1").arg(post.categories.join(QStringLiteral(", ")));
        if (!post.tags.isEmpty())
            out << '\t' << tr("tags: %1").arg(post.tags.join(QStringLiteral(", ")));
        if (!post.published())
            out << '\t' << tr("not published: %1").arg(post.problem());
        else if (!post.problem().isEmpty())
            out << '\t' << post.problem();
        out << '\n';
    }
    return exitOk;
}

int Cli::newPost(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes a new post in the Jekyll site SITE, named _posts/YYYY-MM-DD-SLUG.md (or _drafts/SLUG.md), with the "
           "front matter most of the site's posts carry, and prints its path. It never replaces a file."));
    parser.addHelpOption();
    const QCommandLineOption title(QStringLiteral("title"), tr("The post's title."), tr("TITLE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("Its date, \"YYYY-MM-DD HH:MM\" in the site's time zone (default: now)."),
                                  tr("DATE"));
    const QCommandLineOption slugOption(QStringLiteral("slug"),
                                        tr("Its file name (default: the title, romanized)."), tr("SLUG"));
    const QCommandLineOption layout(QStringLiteral("layout"), tr("Its layout."), tr("LAYOUT"));
    const QCommandLineOption categories(QStringLiteral("category"), tr("A category (may be given more than once)."),
                                        tr("CATEGORY"));
    const QCommandLineOption tags(QStringLiteral("tag"), tr("A tag (may be given more than once)."), tr("TAG"));
    const QCommandLineOption draft(QStringLiteral("draft"), tr("Make a draft in _drafts/."));
    parser.addOptions({title, date, slugOption, layout, categories, tags, draft});
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("The site's folder (or one inside it)."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("new"), out, err))
        return *done;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(title)) {
        err << programName() << ": " << tr("new takes one SITE and --title (see 'geul-cli new --help')") << '\n';
        return exitUsage;
    }
    const std::optional<QString> root = siteArgument(parser.positionalArguments().first(), err);
    if (!root)
        return exitFailed;
    const SiteIndex site = SiteIndex::scan(*root);
    NewPost::Request request;
    request.title = parser.value(title);
    request.slug = parser.value(slugOption);
    request.layout = parser.value(layout);
    request.categories = parser.values(categories);
    request.tags = parser.values(tags);
    request.draft = parser.isSet(draft);
    if (parser.isSet(date)) {
        const std::optional<QDateTime> parsed = SiteConfig::parseDate(parser.value(date), site.config().timeZone());
        if (!parsed) {
            err << programName() << ": "
                << tr("--date takes \"YYYY-MM-DD\" or \"YYYY-MM-DD HH:MM\", not '%1'").arg(parser.value(date)) << '\n';
            return exitUsage;
        }
        request.date = *parsed;
        request.timeGiven = parser.value(date).trimmed().size() > 10; // more than YYYY-MM-DD
    }
    const NewPost::Plan plan = NewPost::plan(site, request);
    QString error;
    if (!NewPost::create(plan, &error)) {
        err << programName() << ": " << error << '\n';
        return exitFailed;
    }
    out << plan.path << '\n';
    return exitOk;
}

int Cli::slug(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the file-name slug of TEXT: Hangul in the Revised Romanization of Korean with its sound changes, "
           "lower-case ASCII words joined by hyphens."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("A title."), QStringLiteral("TEXT..."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("slug"), out, err))
        return *done;
    if (parser.positionalArguments().isEmpty()) {
        err << programName() << ": " << tr("slug takes a TEXT (see 'geul-cli slug --help')") << '\n';
        return exitUsage;
    }
    const QString slugText = Romanization::slug(parser.positionalArguments().join(u' '));
    if (slugText.isEmpty()) {
        err << programName() << ": " << tr("nothing in '%1' can name a file").arg(parser.positionalArguments().join(u' '))
            << '\n';
        return exitFailed;
    }
    out << slugText << '\n';
    return exitOk;
}

int Cli::stats(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Counts what a reader reads of POST (the body as the blog shows it, without front matter, code, URLs, "
           "HTML tags, Liquid and math): characters with and without spaces, eojeol, 200-cell manuscript sheets and "
           "reading time."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON object."));
    const QCommandLineOption pace(QStringLiteral("per-minute"),
                                  tr("Characters (without spaces) read a minute (default: %1).")
                                      .arg(TextStats::defaultCharactersPerMinute),
                                  tr("N"));
    parser.addOptions({json, pace});
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown post."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("stats"), out, err))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err << programName() << ": " << tr("stats takes one POST (see 'geul-cli stats --help')") << '\n';
        return exitUsage;
    }
    int perMinute = TextStats::defaultCharactersPerMinute;
    if (parser.isSet(pace)) {
        bool ok = false;
        perMinute = parser.value(pace).toInt(&ok);
        if (!ok || perMinute < 1) {
            err << programName() << ": " << tr("--per-minute takes a positive number, not '%1'").arg(parser.value(pace))
                << '\n';
            return exitUsage;
        }
    }
    const QString post = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    const PostFile::LoadResult loaded = PostFile::load(post);
    if (!loaded.file) {
        err << programName() << ": " << loaded.error << '\n';
        return exitFailed;
    }
    const SiteConfig site = SiteConfig::read(Site::rootFor(post));
    const TextStats counted
        = TextStats::of(Reading::read(loaded.file->text(), site.dialect, site.variables), perMinute);
    if (parser.isSet(json)) {
        out << QJsonDocument(QJsonObject{
                                 {QStringLiteral("chars"), counted.characters},
                                 {QStringLiteral("chars_no_spaces"), counted.charactersWithoutSpaces},
                                 {QStringLiteral("eojeol"), counted.eojeol},
                                 {QStringLiteral("manuscript_sheets"), counted.manuscriptSheets},
                                 {QStringLiteral("reading_minutes"), counted.readingMinutes},
                             })
                   .toJson(QJsonDocument::Indented);
        return exitOk;
    }
    out << tr("characters: %1\ncharacters without spaces: %2\neojeol: %3\nmanuscript sheets (200 cells): %4\n"
              "reading minutes: %5\n")
               .arg(counted.characters)
               .arg(counted.charactersWithoutSpaces)
               .arg(counted.eojeol)
               .arg(counted.manuscriptSheets, 0, 'f', 1)
               .arg(counted.readingMinutes, 0, 'f', 1);
    return exitOk;
}

int Cli::spell(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the misspelled words of each POST, one a line as FILE:LINE:COLUMN: word -> suggestions. Hangul "
           "words are checked with the Korean dictionary (hunspell-ko), Latin ones with the English dictionary; "
           "front matter, code, URLs, Liquid, math, HTML and image links are not. Words in the writer's personal "
           "list and in the site's .geul/dictionary.txt are accepted. Exits with 1 when a word is misspelled."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print a JSON array of objects with file, line, column, word and suggestions."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown posts to check."), QStringLiteral("POST..."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("spell"), out, err))
        return *done;
    const QStringList posts = parser.positionalArguments();
    if (posts.isEmpty()) {
        err << programName() << ": " << tr("spell takes one or more POST files (see 'geul-cli spell --help')") << '\n';
        return exitUsage;
    }
    SpellChecker checker;
    if (!checker.hasKorean()) {
        err << programName() << ": " << checker.problem() << '\n';
        return exitFailed;
    }
    if (!checker.hasEnglish()) // Hangul is checked; Latin words pass unchecked
        err << programName() << ": " << checker.problem() << '\n';
    const QStringList personal = SpellChecker::readList(SpellChecker::personalListPath());
    QJsonArray array;
    bool anyWrong = false;
    bool anyUnread = false;
    for (const QString &argument : posts) {
        const QString post = QFileInfo(argument).absoluteFilePath();
        const PostFile::LoadResult loaded = PostFile::load(post);
        if (!loaded.file) {
            err << programName() << ": " << loaded.error << '\n';
            anyUnread = true;
            continue;
        }
        const QString root = Site::rootFor(post);
        const SiteConfig site = SiteConfig::read(root);
        checker.setWordLists(personal, root.isEmpty() ? QStringList() : SpellChecker::readList(SpellChecker::siteListPath(root)));
        const Reading reading = Reading::read(loaded.file->text(), site.dialect, site.variables);
        for (const SpellChecker::Misspelling &m : checker.check(reading)) {
            anyWrong = true;
            const auto [line, column] = reading.position(m.start);
            const QStringList suggested = checker.suggestions(m.word, m.script);
            if (parser.isSet(json)) {
                array.append(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(argument)},
                                         {QStringLiteral("line"), line},
                                         {QStringLiteral("column"), column},
                                         {QStringLiteral("word"), m.word},
                                         {QStringLiteral("suggestions"), QJsonArray::fromStringList(suggested)}});
            } else {
                out << QDir::toNativeSeparators(argument) << ':' << line << ':' << column << ": " << m.word;
                if (!suggested.isEmpty())
                    out << " -> " << suggested.join(QStringLiteral(", "));
                out << '\n';
            }
        }
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return anyWrong || anyUnread ? exitFailed : exitOk;
}

int Cli::publish(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Publishes POST to the blog: checks it as 'check' does, commits exactly the post and the files it uses "
           "(read as 'export' reads them) to the site's git repository, and pushes the commit to the branch's "
           "upstream. Other changes, staged or not, are left as they are. git's own configuration and credentials "
           "apply; nothing is ever force-pushed."));
    parser.addHelpOption();
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     tr("The commit message (default: 'Publish: TITLE')."), tr("MESSAGE"));
    const QCommandLineOption noPush(QStringLiteral("no-push"), tr("Commit, but do not push."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print what would be committed and pushed, and change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the plan and the result as JSON."));
    const QCommandLineOption unlisted(QStringLiteral("allow-unlisted"),
                                      tr("Publish even a post the blog will not show: a draft, published: false, "
                                         "or a date still to come."));
    parser.addOptions({message, noPush, dryRun, json, unlisted});
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown post to publish."));
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("publish"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << programName() << ": " << tr("publish takes one POST (see 'geul-cli publish --help')") << '\n';
        return exitUsage;
    }
    Publisher::Options options;
    options.message = parser.value(message);
    options.push = !parser.isSet(noPush);
    options.confirmedUnlisted = parser.isSet(unlisted);
    options.terminalPrompts = true;
    const Publisher::Plan plan = Publisher::plan(positional.first(), options);

    if (!parser.isSet(json)) {
        if (!plan.repository.isEmpty()) {
            out << tr("Repository: %1").arg(QDir::toNativeSeparators(plan.repository)) << '\n';
            out << (plan.upstream.isEmpty() ? tr("Branch: %1").arg(plan.branch)
                                            : tr("Branch: %1, pushed to %2").arg(plan.branch, plan.upstream))
                << '\n';
            out << tr("Message: %1").arg(plan.message) << '\n';
            for (const Publisher::Change &change : plan.changes)
                out << QStringLiteral("  %1 %2").arg(Publisher::kindName(change.kind), -10).arg(change.path) << '\n';
            for (const QString &path : plan.otherStaged)
                out << tr("  left staged, not committed: %1").arg(path) << '\n';
            if (options.push) {
                for (const QString &commit : plan.unpushed)
                    out << tr("  pushed with it (not on %1 yet): %2").arg(plan.upstream, commit) << '\n';
            }
            for (const QString &note : plan.notes)
                out << tr("Note: %1").arg(note) << '\n';
            if (!plan.url.isEmpty())
                out << tr("URL: %1").arg(plan.url) << '\n';
        }
        for (const QString &error : plan.errors)
            err << programName() << ": " << tr("error: %1").arg(error) << '\n';
        if (!options.confirmedUnlisted) {
            for (const QString &confirmation : plan.confirmations)
                err << programName() << ": "
                    << tr("%1 (publish it anyway with --allow-unlisted)").arg(confirmation) << '\n';
        }
    }
    if (parser.isSet(dryRun) || !plan.canPublish(options)) {
        if (parser.isSet(json)) {
            QJsonObject object = plan.toJson();
            object.insert(QStringLiteral("dryRun"), parser.isSet(dryRun));
            out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        }
        return plan.canPublish(options) ? exitOk : exitFailed;
    }

    // git's progress, where someone watches it.
    Publisher::Progress progress;
    if (!parser.isSet(json) && isatty(STDERR_FILENO)) {
        progress = [&err](const QString &text, int) {
            err << programName() << ": " << text << '\n';
            err.flush();
        };
    }
    const Publisher::Result result = Publisher::publish(plan, options, progress);
    if (parser.isSet(json)) {
        QJsonObject object = plan.toJson();
        object.insert(QStringLiteral("result"), result.toJson());
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else if (result.ok()) {
        if (!result.commit.isEmpty())
            out << tr("Committed %1 on %2.").arg(result.commit.left(7), plan.branch) << '\n';
        if (result.pushed)
            out << tr("Pushed to %1.").arg(plan.upstream) << '\n';
        if (result.pushed && !plan.url.isEmpty())
            out << tr("The post will be at %1 once the site is built.").arg(plan.url) << '\n';
    } else {
        if (!result.commit.isEmpty())
            out << tr("Committed %1 on %2.").arg(result.commit.left(7), plan.branch) << '\n';
        err << programName() << ": " << tr("error: %1").arg(result.error) << '\n';
        if (!result.details.isEmpty())
            err << result.details.trimmed() << '\n';
        if (!result.retry.isEmpty())
            err << programName() << ": " << result.retry << '\n';
    }
    return result.ok() ? exitOk : exitFailed;
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command.isEmpty()) {
        err << generalHelp();
        return exitUsage;
    }
    if (command == u"-h" || command == u"--help" || command == u"help") {
        out << generalHelp();
        return exitOk;
    }
    if (command == u"-v" || command == u"--version") {
        out << Versions::text() << '\n';
        return exitOk;
    }
    const QStringList rest = QStringList{arguments.first()} + arguments.mid(2);
    if (command == u"render")
        return render(rest, out, err);
    if (command == u"image")
        return image(rest, out, err);
    if (command == u"export")
        return exportPost(rest, out, err);
    if (command == u"meta")
        return meta(rest, out, err);
    if (command == u"check")
        return check(rest, out, err);
    if (command == u"list")
        return list(rest, out, err);
    if (command == u"new")
        return newPost(rest, out, err);
    if (command == u"slug")
        return slug(rest, out, err);
    if (command == u"stats")
        return stats(rest, out, err);
    if (command == u"spell")
        return spell(rest, out, err);
    if (command == u"publish")
        return publish(rest, out, err);

    err << programName() << ": " << tr("unknown command '%1' (see 'geul-cli --help')").arg(command) << '\n';
    return exitUsage;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return Cli::run(arguments, out, err);
}

} // namespace geul
