// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "frontmatter.h"
#include "markdownrenderer.h"
#include "postfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace geul {

namespace {

constexpr int exitOk = 0;
constexpr int exitFailed = 1;
constexpr int exitUsage = 2;

QString programName()
{
    return QStringLiteral("geul-cli");
}

// A home for the command functions, so that tr() has a context that
// lupdate understands.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(geul::Cli)

public:
    static QString generalHelp();
    static int render(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

QString Cli::generalHelp()
{
    return tr("Usage: geul-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
              "Work with the Markdown posts of a Jekyll blog, as Geul does.\n"
              "\n"
              "Commands:\n"
              "  render POST [-o OUT.html]   Print the HTML of the post's body, as the preview shows it\n"
              "\n"
              "Options:\n"
              "  -h, --help                  Show this help, or a command's help after its name\n"
              "  -v, --version               Show the version\n");
}

int Cli::render(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the HTML of a post's body (without its front matter), "
                                        "exactly as the preview receives it."));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the HTML to FILE instead of standard output."), tr("FILE"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("POST"), tr("The Markdown post to render."));
    if (!parser.parse(arguments)) {
        err << programName() << ": " << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(arguments.first(), programName() + QStringLiteral(" render"));
        return exitOk;
    }
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
    const QString html = MarkdownRenderer::renderBody(QStringView(text).sliced(split.bodyStart), split.bodyLine);

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
        out << programName() << ' ' << QStringLiteral(GEUL_VERSION) << '\n';
        return exitOk;
    }
    const QStringList rest = QStringList{arguments.first()} + arguments.mid(2);
    if (command == u"render")
        return render(rest, out, err);

    err << programName() << ": " << tr("unknown command '%1' (see 'geul-cli --help')").arg(command) << '\n';
    return exitUsage;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return Cli::run(arguments, out, err);
}

} // namespace geul
