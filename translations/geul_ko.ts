<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>geul::AssetRef</name>
    <message>
        <source>missing</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <source>outside the site</source>
        <translation>사이트 바깥</translation>
    </message>
    <message>
        <source>a path on the writer&apos;s own computer</source>
        <translation>글쓴이 컴퓨터의 경로</translation>
    </message>
    <message>
        <source>in a folder Jekyll does not publish</source>
        <translation>Jekyll이 게시하지 않는 폴더 안</translation>
    </message>
</context>
<context>
    <name>geul::BundleExporter</name>
    <message>
        <source>%1 is not a post file.</source>
        <translation>%1은(는) 글 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>No output was given.</source>
        <translation>출력 위치가 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>remote, kept as a link</source>
        <translation>원격 파일, 링크로 둠</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) cannot be exported; nothing was written.</source>
        <translation>
            <numerusform>참조 %n개를 내보낼 수 없어 아무것도 쓰지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The archive cannot be made.</source>
        <translation>압축 파일을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The archive cannot be made: %1</source>
        <translation>압축 파일을 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>geul::Cli</name>
    <message>
        <source>Write the HTML to FILE instead of standard output.</source>
        <translation>HTML을 표준 출력 대신 FILE에 씁니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The Markdown post to render.</source>
        <translation>HTML로 바꿀 마크다운 글.</translation>
    </message>
    <message>
        <source>render takes exactly one POST (see &apos;geul-cli render --help&apos;)</source>
        <translation>render에는 POST를 정확히 하나 지정해야 합니다(&apos;geul-cli render --help&apos; 참고)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;geul-cli --help&apos;)</source>
        <translation>알 수 없는 명령 &apos;%1&apos;(&apos;geul-cli --help&apos; 참고)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Prints a post&apos;s front matter, or changes keys in place. An edit replaces only the lines of its key: order, comments, quoting and the other keys stay byte for byte.</source>
        <translation>글의 머리말을 출력하거나 키를 제자리에서 바꿉니다. 고칠 때는 그 키의 줄만 바꾸며, 순서·주석·따옴표와 다른 키는 한 바이트도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Print a JSON object with typed values.</source>
        <translation>값의 자료형을 살린 JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>Set KEY to VALUE, read as a YAML scalar or flow list (tags=[a, 한글]).</source>
        <translation>KEY를 VALUE로 정합니다. VALUE는 YAML 스칼라나 flow 목록으로 읽습니다(tags=[a, 한글]).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Remove KEY.</source>
        <translation>KEY를 지웁니다.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The Markdown post.</source>
        <translation>마크다운 글.</translation>
    </message>
    <message>
        <source>meta takes exactly one POST (see &apos;geul-cli meta --help&apos;)</source>
        <translation>meta에는 POST를 정확히 하나 지정해야 합니다(&apos;geul-cli meta --help&apos; 참고)</translation>
    </message>
    <message>
        <source>front matter starts with &apos;---&apos; but no closing &apos;---&apos; line follows</source>
        <translation>머리말이 &apos;---&apos;로 시작하지만 닫는 &apos;---&apos; 줄이 없습니다</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set에는 &apos;%1&apos;이 아니라 KEY=VALUE를 씁니다</translation>
    </message>
    <message>
        <source>--set %1: the value is not YAML: %2</source>
        <translation>--set %1: 값이 YAML이 아닙니다: %2</translation>
    </message>
    <message>
        <source>Reports what Jekyll would trip over in each POST, one problem per line as FILE:LINE: severity: message. Exits with 1 when an error is found.</source>
        <translation>각 POST에서 Jekyll이 걸려 넘어질 문제를 한 줄에 하나씩 FILE:LINE: 심각도: 메시지 꼴로 알려 줍니다. 오류가 있으면 1로 끝납니다.</translation>
    </message>
    <message>
        <source>Print the problems as a JSON array.</source>
        <translation>문제를 JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>The Markdown posts to check.</source>
        <translation>검사할 마크다운 글.</translation>
    </message>
    <message>
        <source>check takes one or more POST files (see &apos;geul-cli check --help&apos;)</source>
        <translation>check에는 POST 파일을 하나 이상 지정해야 합니다(&apos;geul-cli check --help&apos; 참고)</translation>
    </message>
    <message>
        <source>warning: %1 mixed line endings; every line now ends in %2</source>
        <translation>경고: %1의 줄 끝 문자가 섞여 있었습니다. 이제 모든 줄이 %2(으)로 끝납니다</translation>
    </message>
    <message>
        <source>The Jekyll site the post belongs to (default: the nearest folder upward with _config.yml).</source>
        <translation>글이 속한 Jekyll 사이트 (기본값: 위쪽으로 가장 가까운, _config.yml이 있는 폴더).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: 그런 폴더가 없습니다</translation>
    </message>
    <message>
        <source>Write a complete page that needs no other file: Geul&apos;s style, KaTeX with its fonts, and every local image inlined.</source>
        <translation>다른 파일 없이 열리는 완전한 페이지를 씁니다: Geul의 스타일, 글꼴을 담은 KaTeX, 모든 로컬 이미지를 안에 넣습니다.</translation>
    </message>
    <message>
        <source>Copies each image FILE into the asset folder of POST, as Geul&apos;s editor does when an image is pasted or dropped, and prints the Markdown to insert, one line per file. Existing files are never overwritten.</source>
        <translation>각 이미지 FILE을 Geul 편집기에 붙여넣거나 끌어 놓을 때처럼 POST의 이미지 폴더에 복사하고, 넣을 마크다운을 파일마다 한 줄씩 출력합니다. 이미 있는 파일은 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Print &lt;img&gt; tags instead of Markdown images.</source>
        <translation>마크다운 이미지 대신 &lt;img&gt; 태그를 출력합니다.</translation>
    </message>
    <message>
        <source>Scale the image to PERCENT, as Typora does (an &lt;img&gt; tag).</source>
        <translation>Typora처럼 이미지를 PERCENT로 줄이거나 늘립니다(&lt;img&gt; 태그).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <source>The Markdown post the images are for.</source>
        <translation>이미지를 넣을 마크다운 글.</translation>
    </message>
    <message>
        <source>The image files to copy.</source>
        <translation>복사할 이미지 파일.</translation>
    </message>
    <message>
        <source>image takes a POST and one or more FILEs (see &apos;geul-cli image --help&apos;)</source>
        <translation>image에는 POST 하나와 FILE 하나 이상이 필요합니다(&apos;geul-cli image --help&apos; 참고)</translation>
    </message>
    <message>
        <source>--zoom takes a percentage from 1 to 1000, not &apos;%1&apos;</source>
        <translation>--zoom에는 1에서 1000 사이의 퍼센트를 주어야 합니다. &apos;%1&apos;은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Exports POST with exactly the files it uses: a Jekyll bundle (zip, at site paths), a portable bundle (zip, or a folder when OUT does not end in .zip, with links rewritten to images/...), or a standalone HTML page. References that cannot be included are reported.</source>
        <translation>POST와 POST가 쓰는 파일만 정확히 내보냅니다: Jekyll 묶음(사이트 경로 그대로의 zip), 이동용 묶음(zip, 또는 OUT이 .zip으로 끝나지 않으면 폴더, 링크는 images/...로 바뀜), 또는 단독 HTML 페이지. 넣을 수 없는 참조는 알려 줍니다.</translation>
    </message>
    <message>
        <source>Write to OUT.</source>
        <translation>OUT에 씁니다.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>jekyll (the default), portable or html.</source>
        <translation>jekyll(기본값), portable 또는 html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Write nothing and exit with 1 when a reference cannot be included.</source>
        <translation>넣을 수 없는 참조가 있으면 아무것도 쓰지 않고 1로 끝냅니다.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>요약을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>The Markdown post to export.</source>
        <translation>내보낼 마크다운 글.</translation>
    </message>
    <message>
        <source>export takes one POST and -o OUT (see &apos;geul-cli export --help&apos;)</source>
        <translation>export에는 POST 하나와 -o OUT이 필요합니다(&apos;geul-cli export --help&apos; 참고)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use jekyll, portable or html</source>
        <translation>알 수 없는 형식 &apos;%1&apos;: jekyll, portable, html 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>경고: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s), %2 bytes, %3 problem(s)</source>
        <translation>
            <numerusform>%1: 파일 %n개, %2바이트, 문제 %3개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>Prints the HTML Jekyll makes of a post&apos;s body (without its front matter): Liquid filled in, then the site&apos;s Markdown (kramdown with its settings, or CommonMark), with code in Geul&apos;s colours.</source>
        <translation>Jekyll이 글 본문(머리말 제외)으로 만드는 HTML을 출력합니다: Liquid를 채운 뒤 사이트의 마크다운(설정대로의 kramdown, 또는 CommonMark)으로 읽고, 코드는 Geul의 색으로 칠합니다.</translation>
    </message>
    <message>
        <source>Mark each block with the lines it comes from (data-sourcepos), as the preview does.</source>
        <translation>미리보기처럼 각 블록에 원본 줄 위치(data-sourcepos)를 표시합니다.</translation>
    </message>
    <message>
        <source>%1 is not in a Jekyll site (no _config.yml there or above)</source>
        <translation>%1은(는) Jekyll 사이트 안에 있지 않습니다 (그 폴더나 위에 _config.yml이 없음)</translation>
    </message>
    <message>
        <source>Lists every post (_posts/) and draft (_drafts/) of the Jekyll site SITE, newest first, as Jekyll reads them: path, date, title, categories, tags, and whether Jekyll publishes it, and why not.</source>
        <translation>Jekyll 사이트 SITE의 모든 글(_posts/)과 초안(_drafts/)을 Jekyll이 읽는 대로 최신순으로 보여 줍니다: 경로, 날짜, 제목, 카테고리, 태그, 그리고 Jekyll이 발행하는지와 발행하지 않는 이유.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects.</source>
        <translation>객체의 JSON 배열을 출력합니다.</translation>
    </message>
    <message>
        <source>The site&apos;s folder (or one inside it).</source>
        <translation>사이트 폴더 (또는 그 안의 폴더).</translation>
    </message>
    <message>
        <source>list takes one SITE (see &apos;geul-cli list --help&apos;)</source>
        <translation>list에는 SITE 하나가 필요합니다 (&apos;geul-cli list --help&apos; 참고)</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>카테고리: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <source>not published: %1</source>
        <translation>발행되지 않음: %1</translation>
    </message>
    <message>
        <source>Makes a new post in the Jekyll site SITE, named _posts/YYYY-MM-DD-SLUG.md (or _drafts/SLUG.md), with the front matter most of the site&apos;s posts carry, and prints its path. It never replaces a file.</source>
        <translation>Jekyll 사이트 SITE에 _posts/YYYY-MM-DD-SLUG.md(또는 _drafts/SLUG.md)라는 새 글을, 사이트 글 대부분이 가진 머리말로 만들고 경로를 출력합니다. 있는 파일은 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>The post&apos;s title.</source>
        <translation>글의 제목.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Its date, &quot;YYYY-MM-DD HH:MM&quot; in the site&apos;s time zone (default: now).</source>
        <translation>날짜, 사이트 시간대의 &quot;YYYY-MM-DD HH:MM&quot; (기본값: 지금).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Its file name (default: the title, romanized).</source>
        <translation>파일 이름 (기본값: 제목을 로마자로 옮긴 것).</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>슬러그</translation>
    </message>
    <message>
        <source>Its layout.</source>
        <translation>레이아웃.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>레이아웃</translation>
    </message>
    <message>
        <source>A category (may be given more than once).</source>
        <translation>카테고리 (여러 번 줄 수 있음).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>A tag (may be given more than once).</source>
        <translation>태그 (여러 번 줄 수 있음).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Make a draft in _drafts/.</source>
        <translation>_drafts/에 초안으로 만듭니다.</translation>
    </message>
    <message>
        <source>new takes one SITE and --title (see &apos;geul-cli new --help&apos;)</source>
        <translation>new에는 SITE 하나와 --title이 필요합니다 (&apos;geul-cli new --help&apos; 참고)</translation>
    </message>
    <message>
        <source>--date takes &quot;YYYY-MM-DD&quot; or &quot;YYYY-MM-DD HH:MM&quot;, not &apos;%1&apos;</source>
        <translation>--date에는 &quot;YYYY-MM-DD&quot;나 &quot;YYYY-MM-DD HH:MM&quot;을 주어야 합니다. &apos;%1&apos;이 아니라</translation>
    </message>
    <message>
        <source>Prints the file-name slug of TEXT: Hangul in the Revised Romanization of Korean with its sound changes, lower-case ASCII words joined by hyphens.</source>
        <translation>TEXT의 파일 이름용 슬러그를 출력합니다: 한글은 소리 나는 대로 국어의 로마자 표기법에 따라 옮기고, 소문자 ASCII 낱말을 하이픈으로 잇습니다.</translation>
    </message>
    <message>
        <source>A title.</source>
        <translation>제목.</translation>
    </message>
    <message>
        <source>slug takes a TEXT (see &apos;geul-cli slug --help&apos;)</source>
        <translation>slug에는 TEXT가 필요합니다 (&apos;geul-cli slug --help&apos; 참고)</translation>
    </message>
    <message>
        <source>nothing in &apos;%1&apos; can name a file</source>
        <translation>&apos;%1&apos;에는 파일 이름이 될 수 있는 것이 없습니다</translation>
    </message>
    <message>
        <source>Counts what a reader reads of POST (the body as the blog shows it, without front matter, code, URLs, HTML tags, Liquid and math): characters with and without spaces, eojeol, 200-cell manuscript sheets and reading time.</source>
        <translation>POST에서 독자가 읽는 것(블로그에 보이는 본문. 머리말, 코드, URL, HTML 태그, Liquid, 수식 제외)을 셉니다: 공백 포함·제외 글자 수, 어절, 200자 원고지 매수, 읽는 시간.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>Characters (without spaces) read a minute (default: %1).</source>
        <translation>1분에 읽는 글자 수(공백 제외, 기본값: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>stats takes one POST (see &apos;geul-cli stats --help&apos;)</source>
        <translation>stats에는 POST 하나가 필요합니다 (&apos;geul-cli stats --help&apos; 참고)</translation>
    </message>
    <message>
        <source>--per-minute takes a positive number, not &apos;%1&apos;</source>
        <translation>--per-minute에는 양수를 주어야 합니다. &apos;%1&apos;이 아니라</translation>
    </message>
    <message>
        <source>characters: %1
characters without spaces: %2
eojeol: %3
manuscript sheets (200 cells): %4
reading minutes: %5
</source>
        <translation>글자 수: %1
공백 제외 글자 수: %2
어절: %3
원고지(200자) 매수: %4
읽는 시간(분): %5
</translation>
    </message>
    <message>
        <source>Lists the misspelled words of each POST, one a line as FILE:LINE:COLUMN: word -&gt; suggestions. Hangul words are checked with the Korean dictionary (hunspell-ko), Latin ones with the English dictionary; front matter, code, URLs, Liquid, math, HTML and image links are not. Words in the writer&apos;s personal list and in the site&apos;s .geul/dictionary.txt are accepted. Exits with 1 when a word is misspelled.</source>
        <translation>각 POST에서 맞춤법이 틀린 낱말을 한 줄에 하나씩 FILE:LINE:COLUMN: 낱말 -&gt; 고칠 말 꼴로 보여 줍니다. 한글 낱말은 한국어 사전(hunspell-ko)으로, 라틴 문자 낱말은 영어 사전으로 검사하고, 머리말, 코드, URL, Liquid, 수식, HTML, 이미지 링크는 검사하지 않습니다. 개인 단어장과 사이트의 .geul/dictionary.txt에 있는 낱말은 맞는 것으로 봅니다. 틀린 낱말이 있으면 1로 끝납니다.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with file, line, column, word and suggestions.</source>
        <translation>file, line, column, word, suggestions를 가진 객체의 JSON 배열을 출력합니다.</translation>
    </message>
    <message>
        <source>spell takes one or more POST files (see &apos;geul-cli spell --help&apos;)</source>
        <translation>spell에는 POST 파일이 하나 이상 필요합니다(&apos;geul-cli spell --help&apos; 참고)</translation>
    </message>
    <message>
        <source>Usage: geul-cli COMMAND [OPTIONS] [ARGUMENTS]
Work with the Markdown posts of a Jekyll blog, as Geul does.

Commands:
  render POST [--site DIR] [-o OUT.html] [--standalone] [--source-positions]
                              Print the HTML Jekyll makes of the post&apos;s body
  meta POST [--json]          Print the post&apos;s front matter
  meta POST --set KEY=VALUE --unset KEY
                              Change front matter keys in place, touching nothing else
  check POST... [--json]      Report problems Jekyll would trip over
  image POST FILE... [--html] [--zoom PERCENT]
                              Copy images into the post&apos;s asset folder and print their links
  export POST -o OUT [--format jekyll|portable|html] [--strict] [--json]
                              Export the post with exactly the files it uses
  list SITE [--json]          List the site&apos;s posts and drafts, newest first
  new SITE --title TITLE [--date &quot;YYYY-MM-DD HH:MM&quot;] [--slug SLUG] [--layout L] [--draft]
                              Make a new post as the site&apos;s posts are written; print its path
  slug TEXT                   Print the file-name slug of a (Korean) title
  stats POST [--json]         Count what a reader reads: characters, eojeol, manuscript sheets
  spell POST... [--json]      List misspelled words (Korean and English) with suggestions
  publish POST [-m MESSAGE] [--no-push] [--dry-run] [--json]
                              Commit the post with exactly the files it uses, and push it

Options:
  -h, --help                  Show this help, or a command&apos;s help after its name
  -v, --version               Show the versions of Geul and of the libraries it uses
</source>
        <translation>사용법: geul-cli 명령 [옵션] [인자]
Geul처럼 Jekyll 블로그의 마크다운 글을 다룹니다.

명령:
  render POST [--site DIR] [-o OUT.html] [--standalone] [--source-positions]
                              Jekyll이 글 본문으로 만드는 HTML을 출력합니다
  meta POST [--json]          글의 머리말을 출력합니다
  meta POST --set KEY=VALUE --unset KEY
                              머리말 키를 제자리에서 바꾸며, 다른 것은 건드리지 않습니다
  check POST... [--json]      Jekyll이 걸려 넘어질 문제를 알려 줍니다
  image POST FILE... [--html] [--zoom PERCENT]
                              이미지를 글의 이미지 폴더에 복사하고 링크를 출력합니다
  export POST -o OUT [--format jekyll|portable|html] [--strict] [--json]
                              글과 글이 쓰는 파일만 정확히 내보냅니다
  list SITE [--json]          사이트의 글과 초안을 최신순으로 보여 줍니다
  new SITE --title TITLE [--date &quot;YYYY-MM-DD HH:MM&quot;] [--slug SLUG] [--layout L] [--draft]
                              사이트의 글처럼 새 글을 만들고 경로를 출력합니다
  slug TEXT                   (한국어) 제목의 파일 이름용 슬러그를 출력합니다
  stats POST [--json]         독자가 읽는 것을 셉니다: 글자 수, 어절, 원고지 매수
  spell POST... [--json]      맞춤법이 틀린 낱말(한국어와 영어)과 고칠 말을 보여 줍니다
  publish POST [-m MESSAGE] [--no-push] [--dry-run] [--json]
                              글과 글이 쓰는 파일만 정확히 커밋하고 푸시합니다

옵션:
  -h, --help                  이 도움말을, 명령 뒤에 쓰면 그 명령의 도움말을 보여 줍니다
  -v, --version               Geul과 Geul이 쓰는 라이브러리의 버전을 보여 줍니다
</translation>
    </message>
    <message>
        <source>Publishes POST to the blog: checks it as &apos;check&apos; does, commits exactly the post and the files it uses (read as &apos;export&apos; reads them) to the site&apos;s git repository, and pushes the commit to the branch&apos;s upstream. Other changes, staged or not, are left as they are. git&apos;s own configuration and credentials apply; nothing is ever force-pushed.</source>
        <translation>POST를 블로그에 발행합니다: &apos;check&apos;처럼 검사하고, 글과 글이 쓰는 파일(&apos;export&apos;가 읽는 그대로)만 정확히 사이트의 git 저장소에 커밋한 뒤, 그 커밋을 브랜치의 업스트림에 푸시합니다. 다른 변경은 스테이징 여부와 상관없이 그대로 둡니다. git의 설정과 인증 정보를 그대로 쓰며, 강제 푸시는 절대 하지 않습니다.</translation>
    </message>
    <message>
        <source>The commit message (default: &apos;Publish: TITLE&apos;).</source>
        <translation>커밋 메시지 (기본값: &apos;Publish: 제목&apos;).</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Commit, but do not push.</source>
        <translation>커밋만 하고 푸시하지 않습니다.</translation>
    </message>
    <message>
        <source>Print what would be committed and pushed, and change nothing.</source>
        <translation>무엇을 커밋하고 푸시할지 보여 주기만 하고, 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Print the plan and the result as JSON.</source>
        <translation>계획과 결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Publish even a post the blog will not show: a draft, published: false, or a date still to come.</source>
        <translation>블로그에 보이지 않을 글도 발행합니다: 초안, published: false, 아직 오지 않은 날짜.</translation>
    </message>
    <message>
        <source>The Markdown post to publish.</source>
        <translation>발행할 마크다운 글.</translation>
    </message>
    <message>
        <source>publish takes one POST (see &apos;geul-cli publish --help&apos;)</source>
        <translation>publish에는 POST 하나가 필요합니다 (&apos;geul-cli publish --help&apos; 참고)</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>저장소: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>브랜치: %1</translation>
    </message>
    <message>
        <source>Branch: %1, pushed to %2</source>
        <translation>브랜치: %1, 푸시할 곳: %2</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>메시지: %1</translation>
    </message>
    <message>
        <source>  left staged, not committed: %1</source>
        <translation>  스테이징된 채로 두고 커밋하지 않음: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>주소: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>%1 (publish it anyway with --allow-unlisted)</source>
        <translation>%1 (그래도 발행하려면 --allow-unlisted)</translation>
    </message>
    <message>
        <source>Committed %1 on %2.</source>
        <translation>%2 브랜치에 %1을(를) 커밋했습니다.</translation>
    </message>
    <message>
        <source>Pushed to %1.</source>
        <translation>%1에 푸시했습니다.</translation>
    </message>
    <message>
        <source>The post will be at %1 once the site is built.</source>
        <translation>사이트가 빌드되면 글은 %1에 있습니다.</translation>
    </message>
    <message>
        <source>  pushed with it (not on %1 yet): %2</source>
        <translation>  함께 푸시됨 (아직 %1에 없음): %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
</context>
<context>
    <name>geul::Dialect</name>
    <message>
        <source>The site&apos;s markdown: %1 is not a converter Geul knows; Geul reads its posts with kramdown</source>
        <translation>사이트의 markdown: %1은(는) Geul이 아는 변환기가 아닙니다. Geul은 글을 kramdown으로 읽습니다</translation>
    </message>
    <message>
        <source>kramdown&apos;s input %1 is not one Geul knows; Geul reads posts as kramdown</source>
        <translation>kramdown의 input %1은(는) Geul이 모르는 값입니다. Geul은 글을 kramdown으로 읽습니다</translation>
    </message>
    <message>
        <source>transliterated_header_ids is not followed: heading ids keep their letters</source>
        <translation>transliterated_header_ids는 따르지 않습니다. 제목 id는 글자를 그대로 둡니다</translation>
    </message>
    <message>
        <source>kramdown&apos;s math_engine %1 is shown as MathJax would show it</source>
        <translation>kramdown의 math_engine %1은(는) MathJax가 보여 주는 대로 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>geul::EditorSpelling</name>
    <message>
        <source>No suggestions</source>
        <translation>고칠 말 없음</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Site Dictionary</source>
        <translation>&quot;%1&quot;을(를) 사이트 단어장에 추가</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Personal Dictionary</source>
        <translation>&quot;%1&quot;을(를) 개인 단어장에 추가</translation>
    </message>
    <message>
        <source>Ignore &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 무시</translation>
    </message>
</context>
<context>
    <name>geul::ExportDialog</name>
    <message>
        <source>Stop if a referenced file cannot be included</source>
        <translation>참조한 파일을 넣을 수 없으면 멈추기</translation>
    </message>
    <message>
        <source>Export Post</source>
        <translation>글 내보내기</translation>
    </message>
    <message>
        <source>Jekyll bundle (.zip): the post and its files at their site paths</source>
        <translation>Jekyll 묶음(.zip): 글과 파일을 사이트 경로 그대로</translation>
    </message>
    <message>
        <source>Portable bundle (.zip): the post with an images folder, for any editor</source>
        <translation>이동용 묶음(.zip): 글과 images 폴더, 어느 편집기에서나</translation>
    </message>
    <message>
        <source>Portable bundle (folder)</source>
        <translation>이동용 묶음(폴더)</translation>
    </message>
    <message>
        <source>Standalone HTML page (.html)</source>
        <translation>단독 HTML 페이지(.html)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF(.pdf)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>내보낼 곳</translation>
    </message>
</context>
<context>
    <name>geul::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>낱말 단위</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규 표현식</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 말</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>이전 찾기 (Shift+F3)</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>다음 찾기 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation>
            <numerusform>%n개 바꿈</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>찾는 말 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n개 찾음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geul::FrontMatter</name>
    <message>
        <source>%1:1: front matter starts with &apos;---&apos; but no closing &apos;---&apos; line follows; the whole file is shown as body</source>
        <translation>%1:1: 머리말이 &apos;---&apos;로 시작하지만 닫는 &apos;---&apos; 줄이 없습니다. 파일 전체를 본문으로 보여 줍니다</translation>
    </message>
    <message>
        <source>the front matter has no closing &apos;---&apos; line</source>
        <translation>머리말에 닫는 &apos;---&apos; 줄이 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a key</source>
        <translation>&apos;%1&apos;은(는) 키가 될 수 없습니다</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is not on a line of its own</source>
        <translation>키 &apos;%1&apos;이(가) 한 줄에 따로 있지 않습니다</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; defines an anchor (&amp;) that other keys may use; edit it as text</source>
        <translation>&apos;%1&apos;의 값이 다른 키가 쓸 수 있는 앵커(&amp;)를 정의합니다. 텍스트에서 직접 고치세요</translation>
    </message>
    <message>
        <source>Geul cannot write this value for &apos;%1&apos; without changing its meaning; edit it as text</source>
        <translation>Geul은 &apos;%1&apos;의 이 값을 뜻이 바뀌지 않게 쓸 수 없습니다. 텍스트에서 직접 고치세요</translation>
    </message>
    <message>
        <source>Geul cannot remove &apos;%1&apos; without changing other keys; edit it as text</source>
        <translation>Geul은 다른 키를 바꾸지 않고는 &apos;%1&apos;을(를) 지울 수 없습니다. 텍스트에서 직접 고치세요</translation>
    </message>
    <message>
        <source>line %1, column %2: %3. Geul edits no front matter that Jekyll reads only in part; fix it as text first</source>
        <translation>%1번째 줄 %2번째 칸: %3. Geul은 Jekyll이 일부만 읽는 머리말을 고치지 않습니다. 먼저 본문에서 직접 고치세요</translation>
    </message>
    <message>
        <source>Geul cannot tell which lines hold &apos;%1&apos; (line %2); edit it as text</source>
        <translation>&apos;%1&apos;(%2번째 줄)이(가) 어느 줄까지인지 Geul이 확실히 알 수 없습니다. 본문에서 직접 고치세요</translation>
    </message>
</context>
<context>
    <name>geul::FrontMatterForm</name>
    <message>
        <source>Front matter</source>
        <translation>머리말</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>레이아웃</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>글쓴이</translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation>고유 주소</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>수식</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Image root</source>
        <translation>이미지 루트</translation>
    </message>
    <message>
        <source>Copy images to</source>
        <translation>이미지 복사 위치</translation>
    </message>
    <message>
        <source>Other key</source>
        <translation>다른 키</translation>
    </message>
    <message>
        <source>Value (YAML)</source>
        <translation>값 (YAML)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>정하지 않음</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>Line 1: the front matter has no closing &apos;---&apos; line. Edit the text to fix it.</source>
        <translation>1번째 줄: 머리말에 닫는 &apos;---&apos; 줄이 없습니다. 텍스트에서 고치세요.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Edit the text to fix it; until then the form is read-only.</source>
        <translation>%1번째 줄 %2열: %3. 텍스트에서 고치세요. 그때까지 양식은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Front matter — %1</source>
        <translation>머리말 — %1</translation>
    </message>
    <message>
        <source>%1: nested values are edited in the text</source>
        <translation>%1: 중첩된 값은 텍스트에서 고칩니다</translation>
    </message>
    <message>
        <source>Nested keys are edited in the text.</source>
        <translation>중첩된 키는 텍스트에서 고칩니다.</translation>
    </message>
    <message>
        <source>Type a new key here, then its value.</source>
        <translation>여기에 새 키를 쓰고 값을 쓰세요.</translation>
    </message>
    <message>
        <source>%1: the value is not YAML: %2</source>
        <translation>%1: 값이 YAML이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS +0900</source>
        <translation>YYYY-MM-DD HH:MM:SS +0900</translation>
    </message>
    <message>
        <source>%1: the key is there already; change it in its own row or field</source>
        <translation>%1: 이미 있는 키입니다. 그 키의 줄이나 칸에서 바꾸세요</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Until the text is fixed, the form shows what Jekyll reads, read-only.</source>
        <translation>%1번째 줄 %2번째 칸: %3. 본문을 고칠 때까지 양식은 Jekyll이 읽는 값만 읽기 전용으로 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>geul::HelpDialogs</name>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source># Title, ## Section … ###### Least</source>
        <translation># 제목, ## 절 … ###### 가장 작은 제목</translation>
    </message>
    <message>
        <source>Headings. kramdown gives each an id made of its words (Hangul kept); {#my-id} after the text sets one.</source>
        <translation>제목. kramdown은 각 제목에 낱말로 만든 id를 붙입니다 (한글 유지). 글 뒤의 {#my-id}가 id를 정합니다.</translation>
    </message>
    <message>
        <source>**bold**, *italic*, ~~struck~~</source>
        <translation>**굵게**, *기울임*, ~~취소선~~</translation>
    </message>
    <message>
        <source>Emphasis. Inside a Korean word, * works and _ does not.</source>
        <translation>강조. 한국어 낱말 안에서는 *는 되고 _는 안 됩니다.</translation>
    </message>
    <message>
        <source>`code`</source>
        <translation>`코드`</translation>
    </message>
    <message>
        <source>[text](https://…) and [text][name]</source>
        <translation>[글](https://…)와 [글][이름]</translation>
    </message>
    <message>
        <source>Links; [name]: https://… defines a name anywhere in the post. A target with spaces needs &lt;…&gt;.</source>
        <translation>링크. [이름]: https://…는 글 어디에서든 이름을 정의합니다. 공백이 든 주소는 &lt;…&gt;로 감쌉니다.</translation>
    </message>
    <message>
        <source>![alt](/assets/img/post/a.png)</source>
        <translation>![설명](/assets/img/post/a.png)</translation>
    </message>
    <message>
        <source>Images, from the site&apos;s root. Typora&apos;s &lt;img src=&quot;…&quot; style=&quot;zoom: 50%;&quot; /&gt; works too.</source>
        <translation>이미지, 사이트 루트 기준. Typora의 &lt;img src=&quot;…&quot; style=&quot;zoom: 50%;&quot; /&gt;도 됩니다.</translation>
    </message>
    <message>
        <source>- item, 1. item</source>
        <translation>- 항목, 1. 항목</translation>
    </message>
    <message>
        <source>Lists. A list right after a paragraph needs a blank line before it in kramdown.</source>
        <translation>목록. kramdown에서는 문단 바로 뒤의 목록 앞에 빈 줄이 있어야 합니다.</translation>
    </message>
    <message>
        <source>&gt; quoted</source>
        <translation>&gt; 인용</translation>
    </message>
    <message>
        <source>Quotes.</source>
        <translation>인용.</translation>
    </message>
    <message>
        <source>```lang … ```</source>
        <translation>```언어 … ```</translation>
    </message>
    <message>
        <source>Code blocks, coloured by Rouge on the blog.</source>
        <translation>코드 블록. 블로그에서는 Rouge가 색을 입힙니다.</translation>
    </message>
    <message>
        <source>| a | b |
|---|---|</source>
        <translation>| 가 | 나 |
|---|---|</translation>
    </message>
    <message>
        <source>Tables. A | inside $…$ math still splits cells: write \vert.</source>
        <translation>표. $…$ 수식 안의 |도 칸을 나눕니다: \vert로 씁니다.</translation>
    </message>
    <message>
        <source>{: .class #id style=&quot;…&quot;}</source>
        <translation>{: .class #id style=&quot;…&quot;}</translation>
    </message>
    <message>
        <source>kramdown attribute list: after a block (on the next line) or a span (right after it) it adds classes, an id or attributes.</source>
        <translation>kramdown 속성 목록: 블록 뒤(다음 줄)나 스팬 바로 뒤에 두면 클래스, id, 속성을 붙입니다.</translation>
    </message>
    <message>
        <source>Text[^1] and [^1]: the note</source>
        <translation>본문[^1]과 [^1]: 각주</translation>
    </message>
    <message>
        <source>Footnotes. Names must be ASCII: kramdown reads [^각주]: as a link definition.</source>
        <translation>각주. 이름은 ASCII여야 합니다: kramdown은 [^각주]:를 링크 정의로 읽습니다.</translation>
    </message>
    <message>
        <source>$$ x^2 $$</source>
        <translation>$$ x^2 $$</translation>
    </message>
    <message>
        <source>Math. kramdown passes $$…$$ to MathJax or KaTeX; a single $ works only when the site configures it.</source>
        <translation>수식. kramdown은 $$…$$를 MathJax나 KaTeX에 넘깁니다. $ 하나는 사이트가 설정했을 때만 됩니다.</translation>
    </message>
    <message>
        <source>*[HTML]: Hyper Text Markup Language</source>
        <translation>*[HTML]: Hyper Text Markup Language</translation>
    </message>
    <message>
        <source>Abbreviations: every HTML in the post gets the title.</source>
        <translation>약어: 글 속의 모든 HTML에 설명이 붙습니다.</translation>
    </message>
    <message>
        <source>{% raw %}…{% endraw %}</source>
        <translation>{% raw %}…{% endraw %}</translation>
    </message>
    <message>
        <source>Jekyll&apos;s Liquid runs before Markdown: {{ and {% in a post are Liquid unless inside raw.</source>
        <translation>Jekyll의 Liquid는 마크다운보다 먼저 돕니다: 글 속의 {{와 {%는 raw 안이 아니면 Liquid입니다.</translation>
    </message>
    <message>
        <source>Markdown as the blog reads it</source>
        <translation>블로그가 읽는 마크다운</translation>
    </message>
    <message>
        <source>Jekyll turns posts into pages with kramdown (GFM input). Geul&apos;s preview and check read them the same way.</source>
        <translation>Jekyll은 kramdown(GFM 입력)으로 글을 페이지로 만듭니다. Geul의 미리보기와 검사도 같은 방식으로 읽습니다.</translation>
    </message>
    <message>
        <source>kramdown&apos;s full syntax</source>
        <translation>kramdown 전체 문법</translation>
    </message>
    <message>
        <source>Markdown and kramdown Reference</source>
        <translation>마크다운과 kramdown 참고</translation>
    </message>
    <message>
        <source>About Geul</source>
        <translation>Geul 정보</translation>
    </message>
    <message>
        <source>Geul (글)</source>
        <translation>글 (Geul)</translation>
    </message>
    <message>
        <source>A writer&apos;s editor for Jekyll blogs: Markdown read as the blog reads it, Korean first.</source>
        <translation>Jekyll 블로그를 위한 글쓰기 편집기: 블로그가 읽는 대로 마크다운을 읽고, 한국어를 먼저 생각합니다.</translation>
    </message>
    <message>
        <source>Code in a line. One that holds a backtick goes between two backticks and spaces: `` a`b ``.</source>
        <translation>줄 안의 코드. 백틱이 든 코드는 백틱 두 개와 공백 사이에 둡니다: `` a`b ``.</translation>
    </message>
</context>
<context>
    <name>geul::HtmlPage</name>
    <message>
        <source>KaTeX was not found in %1; math stays as TeX</source>
        <translation>%1에서 KaTeX를 찾지 못했습니다. 수식은 TeX 그대로 둡니다</translation>
    </message>
</context>
<context>
    <name>geul::ImageStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB; at most %2 MB).</source>
        <translation>이미지가 너무 큽니다(%1 MB, 최대 %2 MB).</translation>
    </message>
    <message>
        <source>The data is not an image Geul knows (PNG, JPEG, GIF, WebP, BMP or SVG).</source>
        <translation>Geul이 아는 이미지(PNG, JPEG, GIF, WebP, BMP, SVG)가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image.</source>
        <translation>%1은(는) 이미지가 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most %3 MB).</source>
        <translation>%1이(가) 너무 큽니다(%2 MB, 최대 %3 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not an image Geul knows (PNG, JPEG, GIF, WebP, BMP or SVG).</source>
        <translation>%1은(는) Geul이 아는 이미지(PNG, JPEG, GIF, WebP, BMP, SVG)가 아닙니다.</translation>
    </message>
    <message>
        <source>No free name for %1 in %2.</source>
        <translation>%2에서 %1에 쓸 빈 이름을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be shown: %1</source>
        <translation>이미지가 손상되어 보여 줄 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown: %2</source>
        <translation>%1이(가) 손상되어 보여 줄 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>geul::Liquid</name>
    <message>
        <source>Liquid that Jekyll fills in when it builds the site</source>
        <translation>Jekyll이 사이트를 만들 때 채우는 Liquid</translation>
    </message>
</context>
<context>
    <name>geul::MainWindow</name>
    <message>
        <source>Markdown posts (*.md *.markdown *.mkd *.mdown);;All files (*)</source>
        <translation>마크다운 글 (*.md *.markdown *.mkd *.mdown);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>글 열기</translation>
    </message>
    <message>
        <source>Cannot Open Post</source>
        <translation>글을 열 수 없음</translation>
    </message>
    <message>
        <source>%1: the folder has no Markdown post</source>
        <translation>%1: 폴더에 마크다운 글이 없습니다</translation>
    </message>
    <message>
        <source>This file mixes line endings; saving writes them all as %1.</source>
        <translation>이 파일은 줄 끝 문자가 섞여 있습니다. 저장하면 모두 %1(으)로 씁니다.</translation>
    </message>
    <message>
        <source>Cannot Save Post</source>
        <translation>글을 저장할 수 없음</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>다른 이름으로 글 저장</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”에 저장하지 않은 변경이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <source>%1:%2:%3: front matter: %4</source>
        <translation>%1:%2:%3: 머리말: %4</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>원격 이미지 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Show images that posts load from the internet in the preview</source>
        <translation>글이 인터넷에서 불러오는 이미지를 미리보기에 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>삽입(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>이미지(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy image files into the post&apos;s image folder and link them at the cursor</source>
        <translation>이미지 파일을 글의 이미지 폴더에 복사하고 커서 위치에 링크를 넣습니다</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>이미지 넣기</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)</translation>
    </message>
    <message>
        <source>&amp;Rename Post…</source>
        <translation>글 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the post&apos;s file, and its image folder with it</source>
        <translation>글 파일의 이름을 바꾸고 이미지 폴더도 함께 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Clean Unused Images…</source>
        <translation>쓰지 않는 이미지 정리(&amp;C)…</translation>
    </message>
    <message>
        <source>Move the files of this post&apos;s image folder that no link uses to the trash</source>
        <translation>이 글의 이미지 폴더에서 어떤 링크도 쓰지 않는 파일을 휴지통으로 옮깁니다</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Rename Image…</source>
        <translation>이미지 이름 바꾸기…</translation>
    </message>
    <message>
        <source>Rename Image</source>
        <translation>이미지 이름 바꾸기</translation>
    </message>
    <message>
        <source>New file name:</source>
        <translation>새 파일 이름:</translation>
    </message>
    <message>
        <source>Cannot Rename Image</source>
        <translation>이미지 이름을 바꿀 수 없음</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>크기 조절</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Delete Image File…</source>
        <translation>이미지 파일 지우기…</translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>이미지 지우기</translation>
    </message>
    <message>
        <source>Move %1 to the trash and remove its link?</source>
        <translation>%1을(를) 휴지통으로 옮기고 링크를 지울까요?</translation>
    </message>
    <message>
        <source>Cannot Delete Image</source>
        <translation>이미지를 지울 수 없음</translation>
    </message>
    <message>
        <source>Every file in %1 is used by this post.</source>
        <translation>%1의 모든 파일을 이 글이 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>Clean Unused Images</source>
        <translation>쓰지 않는 이미지 정리</translation>
    </message>
    <message>
        <source>No link of this post uses these files. Move the checked ones to the trash?</source>
        <translation>이 글의 어떤 링크도 이 파일들을 쓰지 않습니다. 체크한 파일을 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>휴지통으로 옮기기</translation>
    </message>
    <message>
        <source>These files could not be moved to the trash: %1</source>
        <translation>이 파일들을 휴지통으로 옮기지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) to the trash.</source>
        <translation>
            <numerusform>파일 %n개를 휴지통으로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>%1(으)로 이름을 바꿨습니다</translation>
    </message>
    <message>
        <source>Rename Post</source>
        <translation>글 이름 바꾸기</translation>
    </message>
    <message>
        <source>Cannot Rename Post</source>
        <translation>글 이름을 바꿀 수 없음</translation>
    </message>
    <message>
        <source>%1 becomes %2.</source>
        <translation>%1이(가) %2(으)로 바뀝니다.</translation>
    </message>
    <message>
        <source>Its image folder %1 becomes %2, and the post&apos;s links follow.</source>
        <translation>이미지 폴더 %1은(는) %2(으)로 바뀌고, 글의 링크도 따라 바뀝니다.</translation>
    </message>
    <message>
        <source>Image &amp;Folder…</source>
        <translation>이미지 폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>Image Folder</source>
        <translation>이미지 폴더</translation>
    </message>
    <message>
        <source>Add typora-root-url When Linking Images</source>
        <translation>이미지를 링크할 때 typora-root-url 추가</translation>
    </message>
    <message>
        <source>Add typora-root-url to a post of a site that has none, so that Typora shows the same images</source>
        <translation>사이트의 글에 typora-root-url이 없으면 추가해서 Typora도 같은 이미지를 보여 주게 합니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export Post</source>
        <translation>글 내보내기</translation>
    </message>
    <message>
        <source>Save the post first: an export is made from its file.</source>
        <translation>먼저 글을 저장하세요. 내보내기는 저장된 파일로 만듭니다.</translation>
    </message>
    <message>
        <source>The post has changes that are not saved. Save them and export?</source>
        <translation>글에 저장하지 않은 변경이 있습니다. 저장하고 내보낼까요?</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>%1번째 줄: %2 — %3</translation>
    </message>
    <message>
        <source>The post was not exported.</source>
        <translation>글을 내보내지 못했습니다.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>%1 KB.</source>
        <translation>%1 KB.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 KB.</source>
        <translation>
            <numerusform>파일 %n개, %1 KB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) were left out; see the details.</source>
        <translation>
            <numerusform>참조 %n개를 넣지 못했습니다. 자세한 내용을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other posts use this folder too: check only files you know are unused.</source>
        <translation>다른 글들도 이 폴더를 씁니다. 쓰지 않는다고 확실한 파일만 체크하세요.</translation>
    </message>
    <message>
        <source>Delete it permanently?</source>
        <translation>영구히 지울까요?</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program. Your text is kept; saving asks where to put it.</source>
        <translation>%1을(를) 다른 프로그램이 지우거나 옮겼습니다. 쓰던 글은 그대로 있으며, 저장할 때 어디에 둘지 묻습니다.</translation>
    </message>
    <message>
        <source>%1 was changed by another program and has been reloaded.</source>
        <translation>%1을(를) 다른 프로그램이 바꾸어 다시 불러왔습니다.</translation>
    </message>
    <message>
        <source>Changed by Another Program</source>
        <translation>다른 프로그램이 바꾼 파일</translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have changes that are not saved.</source>
        <translation>“%1”을(를) 다른 프로그램이 바꾸었고, 저장하지 않은 고친 내용이 있습니다.</translation>
    </message>
    <message>
        <source>Reload the file and lose your changes, or keep your text (saving will replace the other program&apos;s version)?</source>
        <translation>파일을 다시 불러오고 고친 내용을 버릴까요, 아니면 쓰던 글을 둘까요(저장하면 다른 프로그램의 내용을 덮어씁니다)?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>내 글 두기</translation>
    </message>
    <message>
        <source>Show Differences…</source>
        <translation>차이 보기…</translation>
    </message>
    <message>
        <source>Cannot Reload Post</source>
        <translation>글을 다시 불러올 수 없음</translation>
    </message>
    <message>
        <source>%1 (on disk)</source>
        <translation>%1 (디스크)</translation>
    </message>
    <message>
        <source>%1 (your text)</source>
        <translation>%1 (쓰던 글)</translation>
    </message>
    <message>
        <source>Differences: %1</source>
        <translation>차이: %1</translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>두 글이 같습니다.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>“%1”을(를) 연 뒤에 다른 프로그램이 바꾸었습니다.</translation>
    </message>
    <message>
        <source>Saving replaces the other program&apos;s version with your text.</source>
        <translation>저장하면 다른 프로그램의 내용을 쓰던 글로 덮어씁니다.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>그래도 저장</translation>
    </message>
    <message>
        <source>%1: %2 Save it there anyway?</source>
        <translation>%1: %2 그래도 그곳에 저장할까요?</translation>
    </message>
    <message>
        <source>Your text is kept in the editor and the file on disk is unchanged.</source>
        <translation>쓰던 글은 편집기에 그대로 있고, 디스크의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>새 글(&amp;N)…</translation>
    </message>
    <message>
        <source>A new post of the open site, written as its posts are</source>
        <translation>열린 사이트의 새 글, 사이트의 글들이 쓰인 방식대로</translation>
    </message>
    <message>
        <source>New &amp;Untitled</source>
        <translation>제목 없는 새 문서(&amp;U)</translation>
    </message>
    <message>
        <source>Open &amp;Site…</source>
        <translation>사이트 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>List a Jekyll site&apos;s posts and drafts in the Site panel</source>
        <translation>Jekyll 사이트의 글과 초안을 사이트 패널에 보여 줍니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목(&amp;R)</translation>
    </message>
    <message>
        <source>Export the post with exactly the files it uses</source>
        <translation>글과 글이 쓰는 파일만 정확히 묶어 내보냅니다</translation>
    </message>
    <message>
        <source>Publish &amp;Draft…</source>
        <translation>초안 발행(&amp;D)…</translation>
    </message>
    <message>
        <source>Move this draft into _posts with today&apos;s date</source>
        <translation>이 초안을 오늘 날짜로 _posts에 옮깁니다</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Paste as Plain &amp;Text</source>
        <translation>일반 텍스트로 붙여넣기(&amp;T)</translation>
    </message>
    <message>
        <source>Paste the clipboard&apos;s text only: no images, no links made of HTML</source>
        <translation>클립보드의 글자만 붙여 넣습니다: 이미지도, HTML로 된 링크도 없이</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Find in &amp;Site…</source>
        <translation>사이트에서 찾기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>줄로 이동(&amp;G)…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>서식(&amp;O)</translation>
    </message>
    <message>
        <source>Where images of this site&apos;s posts go</source>
        <translation>이 사이트 글의 이미지가 들어갈 곳</translation>
    </message>
    <message>
        <source>Folder for the images of a post in this site. ${filename} is the post&apos;s file name without .md; a folder starting with / is under the site.</source>
        <translation>이 사이트 글의 이미지를 넣을 폴더. ${filename}은 .md를 뺀 글의 파일 이름이고, /로 시작하는 폴더는 사이트 아래입니다.</translation>
    </message>
    <message>
        <source>Most of the site&apos;s posts use %1.</source>
        <translation>사이트 글 대부분은 %1을(를) 씁니다.</translation>
    </message>
    <message>
        <source>Open a post of a Jekyll site (or the site) first: each site keeps its own image folder. Outside a site, images go beside the post.</source>
        <translation>먼저 Jekyll 사이트의 글(또는 사이트)을 여세요: 사이트마다 이미지 폴더가 따로 있습니다. 사이트 밖에서는 이미지가 글 옆에 들어갑니다.</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>원래 크기(&amp;N)</translation>
    </message>
    <message>
        <source>Next Ta&amp;b</source>
        <translation>다음 탭(&amp;B)</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>이전 탭</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Markdown and kramdown Reference</source>
        <translation>마크다운과 kramdown 참고(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About Geul</source>
        <translation>Geul 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>굵게(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>기울임(&amp;I)</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>인라인 코드(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>취소선(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>링크(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>제목(&amp;H)</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>제목 %1</translation>
    </message>
    <message>
        <source>B&amp;ullet List</source>
        <translation>글머리 기호 목록(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>번호 목록(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>인용(&amp;Q)</translation>
    </message>
    <message>
        <source>Code &amp;Block</source>
        <translation>코드 블록(&amp;B)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Find in Site</source>
        <translation>사이트에서 찾기</translation>
    </message>
    <message>
        <source>%1 is not in a Jekyll site: there is no _config.yml in it or above it.</source>
        <translation>%1은(는) Jekyll 사이트 안에 있지 않습니다: 그 폴더나 위에 _config.yml이 없습니다.</translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation>사이트 열기</translation>
    </message>
    <message>
        <source>Cannot Open Site</source>
        <translation>사이트를 열 수 없음</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>사이트: %1</translation>
    </message>
    <message>
        <source>&amp;New Post</source>
        <translation>새 글(&amp;N)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>%1 (site)</source>
        <translation>%1 (사이트)</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>글</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>%1 is gone.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Open a post of a Jekyll site, or the site (File ▸ Open Site), first.</source>
        <translation>먼저 Jekyll 사이트의 글이나 사이트(파일 ▸ 사이트 열기)를 여세요.</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>줄로 이동</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>줄 (1–%1):</translation>
    </message>
    <message>
        <source>Cannot Create Post</source>
        <translation>글을 만들 수 없음</translation>
    </message>
    <message>
        <source>No Jekyll site is open.</source>
        <translation>열린 Jekyll 사이트가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot Publish Draft</source>
        <translation>초안을 발행할 수 없음</translation>
    </message>
    <message>
        <source>%1 moves to %2.</source>
        <translation>%1이(가) %2(으)로 옮겨집니다.</translation>
    </message>
    <message>
        <source>Publish Draft</source>
        <translation>초안 발행</translation>
    </message>
    <message>
        <source>Characters, eojeol, manuscript sheets and reading time: click for details</source>
        <translation>글자 수, 어절, 원고지 매수, 읽는 시간: 누르면 자세히 보여 줍니다</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>글자 세기</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>글</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>글자 수</translation>
    </message>
    <message>
        <source>Characters without spaces</source>
        <translation>공백 제외 글자 수</translation>
    </message>
    <message>
        <source>Eojeol</source>
        <translation>어절</translation>
    </message>
    <message>
        <source>Manuscript sheets (200 cells)</source>
        <translation>원고지 매수 (200자)</translation>
    </message>
    <message>
        <source>%1 (%2 lines)</source>
        <translation>%1 (%2줄)</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>읽는 시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>What a reader reads is counted: the body as the blog shows it, without front matter, code, URLs, HTML tags, Liquid and math. Manuscript paper: 20 × 10 cells, each paragraph indented by one cell, two Latin letters or digits to a cell, no space and no closing punctuation at the start of a line.</source>
        <translation>독자가 읽는 것을 셉니다: 블로그에 보이는 본문이며, 머리말, 코드, URL, HTML 태그, Liquid, 수식은 빼고 셉니다. 원고지: 20 × 10칸, 문단마다 첫 칸을 비우고, 영문자나 숫자는 두 자를 한 칸에, 줄 첫머리에는 빈칸도 닫는 문장 부호도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source> characters a minute</source>
        <translation>자/분</translation>
    </message>
    <message>
        <source>Reading pace:</source>
        <translation>읽는 속도:</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>맞춤법 검사(&amp;S)</translation>
    </message>
    <message>
        <source>Underline misspelled Korean and English words (remembered for each site)</source>
        <translation>맞춤법이 틀린 한국어와 영어 낱말에 밑줄을 긋습니다(사이트마다 기억합니다)</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>발행(&amp;U)…</translation>
    </message>
    <message>
        <source>Commit the post with exactly the files it uses to the blog&apos;s git repository, and push it</source>
        <translation>글과 글이 쓰는 파일만 정확히 블로그의 git 저장소에 커밋하고 푸시합니다</translation>
    </message>
    <message>
        <source>Publish Post</source>
        <translation>글 발행</translation>
    </message>
    <message>
        <source>Save the post into your blog&apos;s folder first: publishing commits its file.</source>
        <translation>먼저 글을 블로그 폴더에 저장하세요. 발행은 글 파일을 커밋합니다.</translation>
    </message>
    <message>
        <source>The post has changes that are not saved. Save them and publish?</source>
        <translation>글에 저장하지 않은 변경이 있습니다. 저장하고 발행할까요?</translation>
    </message>
</context>
<context>
    <name>geul::MarkdownEdit</name>
    <message>
        <source>The image on the clipboard is too large (%1 × %2 pixels, %3 MB).</source>
        <translation>클립보드의 이미지가 너무 큽니다(%1 × %2 픽셀, %3 MB).</translation>
    </message>
    <message>
        <source>The image on the clipboard is damaged and cannot be shown.</source>
        <translation>클립보드의 이미지가 손상되어 보여 줄 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>geul::NewPost</name>
    <message>
        <source>The post needs a title or a file name.</source>
        <translation>글에는 제목이나 파일 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>“%1” cannot name a file: leave out / \ : * ? &quot; &lt; &gt; | and control characters.</source>
        <translation>“%1”은(는) 파일 이름이 될 수 없습니다: / \ : * ? &quot; &lt; &gt; | 와 제어 문자를 빼세요.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>geul::NewPostDialog</name>
    <message>
        <source>Draft (in _drafts, without a date)</source>
        <translation>초안 (_drafts에, 날짜 없이)</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>새 글</translation>
    </message>
    <message>
        <source>e.g. 2022년 회고</source>
        <translation>예: 2022년 회고</translation>
    </message>
    <message>
        <source>romanized from the title</source>
        <translation>제목에서 로마자로 옮김</translation>
    </message>
    <message>
        <source>In the site&apos;s time zone: %1</source>
        <translation>사이트의 시간대: %1</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>파일 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>레이아웃(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>카테고리(&amp;C):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>태그(&amp;G):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>%1을(를) 만듭니다</translation>
    </message>
    <message>
        <source>Give the post a title.</source>
        <translation>글의 제목을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>geul::OpenPost</name>
    <message>
        <source>The post has no file yet: choose where to save it.</source>
        <translation>글에 아직 파일이 없습니다. 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <source>%1: another program changed the file since it was opened</source>
        <translation>%1: 연 뒤에 다른 프로그램이 파일을 바꾸었습니다</translation>
    </message>
    <message>
        <source>%1: the file was deleted or moved since it was opened</source>
        <translation>%1: 연 뒤에 파일이 지워지거나 옮겨졌습니다</translation>
    </message>
    <message>
        <source>“%1” cannot be a file name: it may not be empty, start with a dot or hold / \ or control characters.</source>
        <translation>“%1”은(는) 파일 이름이 될 수 없습니다. 비어 있거나, 점으로 시작하거나, / \ 또는 제어 문자가 들어 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>The image %1 is not a file of this site.</source>
        <translation>이미지 %1은(는) 이 사이트의 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>%1의 이름을 %2(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The image could not be renamed back: it is now %1.</source>
        <translation>이미지 이름을 되돌리지 못했습니다. 지금은 %1입니다.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>%1을(를) 지울 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to the trash; it was left as it is.</source>
        <translation>%1을(를) 휴지통으로 옮길 수 없어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The image stays in the trash: %1.</source>
        <translation>이미지는 휴지통에 남아 있습니다: %1.</translation>
    </message>
    <message>
        <source>The post has not been saved yet: save it under the name it should have.</source>
        <translation>글을 아직 저장하지 않았습니다. 원하는 이름으로 저장하세요.</translation>
    </message>
    <message>
        <source>Other posts use %1; it stays, and the links keep pointing to it.</source>
        <translation>다른 글들이 %1을(를) 쓰고 있어 그대로 두고, 링크도 계속 그곳을 가리킵니다.</translation>
    </message>
    <message>
        <source>%1 already exists; the images stay in %2.</source>
        <translation>%1이(가) 이미 있어 이미지는 %2에 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The image folder %1 cannot be renamed to %2.</source>
        <translation>이미지 폴더 %1의 이름을 %2(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The image folder could not be moved back: it is now %1.</source>
        <translation>이미지 폴더를 되돌리지 못했습니다. 지금은 %1에 있습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be removed; nothing was renamed.</source>
        <translation>%1을(를) 지울 수 없어 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The image %1 cannot be moved into %2.</source>
        <translation>이미지 %1을(를) %2(으)로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Some pasted images whose links were edited stay in %1.</source>
        <translation>링크를 고친 붙여넣은 이미지 일부는 %1에 남아 있습니다.</translation>
    </message>
    <message>
        <source>%1 stays: other links still show it.</source>
        <translation>다른 링크가 아직 보여 주고 있어 %1은(는) 남겨 둡니다.</translation>
    </message>
    <message>
        <source>Only a saved draft in the _drafts folder of a Jekyll site can be published.</source>
        <translation>Jekyll 사이트의 _drafts 폴더에 저장된 초안만 발행할 수 있습니다.</translation>
    </message>
    <message>
        <source>The date key cannot be updated: %1</source>
        <translation>날짜 키를 고칠 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>geul::OutlinePanel</name>
    <message>
        <source>Line %1 · #%2</source>
        <translation>%1번째 줄 · #%2</translation>
    </message>
</context>
<context>
    <name>geul::PdfExporter</name>
    <message>
        <source>A temporary folder cannot be made.</source>
        <translation>임시 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The page to print could not be loaded.</source>
        <translation>인쇄할 페이지를 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF를 %1에 쓰지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>geul::PostChecker</name>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>front matter starts with &apos;---&apos; but no closing &apos;---&apos; line follows</source>
        <translation>머리말이 &apos;---&apos;로 시작하지만 닫는 &apos;---&apos; 줄이 없습니다</translation>
    </message>
    <message>
        <source>invalid front matter: %1 (column %2)</source>
        <translation>머리말이 올바르지 않습니다: %1 (%2열)</translation>
    </message>
    <message>
        <source>the front matter starts on line %1, after blank lines; Jekyll reads it only on line 1 and shows it as text</source>
        <translation>머리말이 빈 줄 뒤 %1번째 줄에서 시작합니다. Jekyll은 첫 줄에서만 머리말을 읽으므로 본문 텍스트로 보입니다</translation>
    </message>
    <message>
        <source>the file name does not start with a date (YYYY-MM-DD-); Jekyll skips the post</source>
        <translation>파일 이름이 날짜(YYYY-MM-DD-)로 시작하지 않습니다. Jekyll은 이 글을 건너뜁니다</translation>
    </message>
    <message>
        <source>date: %1 differs from the file name&apos;s date %2; Jekyll uses date: for the post&apos;s URL and order</source>
        <translation>date: %1이(가) 파일 이름의 날짜 %2와(과) 다릅니다. Jekyll은 글의 주소와 순서에 date:를 씁니다</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; has a stray Hangul letter; did you mean &apos;%2&apos;?</source>
        <translation>키 &apos;%1&apos;에 한글 글자가 섞여 있습니다. &apos;%2&apos;을(를) 뜻했나요?</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is one typo away from the usual key &apos;%2&apos;</source>
        <translation>키 &apos;%1&apos;은(는) 자주 쓰는 키 &apos;%2&apos;와(과) 한 글자 차이입니다(오타인가요?)</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; uses Typora&apos;s %uXXXX escapes, which browsers do not decode; write the name as it is</source>
        <translation>이미지 &apos;%1&apos;은(는) 브라우저가 풀지 않는 Typora의 %uXXXX 표기를 씁니다. 이름을 그대로 쓰세요</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; exists only under the other Unicode form (NFC/NFD) of its name; it may not show on GitHub Pages</source>
        <translation>이미지 &apos;%1&apos;은(는) 이름의 다른 유니코드 정규화 형태(NFC/NFD)로만 있습니다. GitHub Pages에서는 보이지 않을 수 있습니다</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; matches &apos;%2&apos; only when case is ignored: it shows on macOS and Windows, not on GitHub Pages</source>
        <translation>이미지 &apos;%1&apos;은(는) 대소문자를 무시할 때만 &apos;%2&apos;와(과) 맞습니다. macOS와 Windows에서는 보이지만 GitHub Pages에서는 보이지 않습니다</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is outside the site; it will not be published</source>
        <translation>이미지 &apos;%1&apos;은(는) 사이트 바깥에 있어 게시되지 않습니다</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is a path on the writer&apos;s own computer</source>
        <translation>이미지 &apos;%1&apos;은(는) 글쓴이 컴퓨터의 경로입니다</translation>
    </message>
    <message>
        <source>front matter read only in part: %1 (column %2)</source>
        <translation>머리말을 일부만 읽음: %1 (%2번째 칸)</translation>
    </message>
    <message>
        <source>typora-root-url points to %1, not to the site&apos;s root %2: Typora looks for /images there, the blog always in the site&apos;s root; write typora-root-url: %3</source>
        <translation>typora-root-url이 사이트 루트 %2가 아니라 %1을(를) 가리킵니다. Typora는 /이미지를 그곳에서 찾지만 블로그는 언제나 사이트 루트에서 찾습니다. typora-root-url: %3 으로 쓰세요</translation>
    </message>
    <message>
        <source>; Typora finds it at %1, so write /%2</source>
        <translation>. Typora는 %1에서 찾으니 /%2 로 쓰세요</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is missing on the blog: the browser looks for it relative to the post&apos;s address, at %2%3</source>
        <translation>이미지 &apos;%1&apos;은(는) 블로그에서 보이지 않습니다. 브라우저는 글 주소를 기준으로 %2에서 찾습니다%3</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is missing%2</source>
        <translation>이미지 &apos;%1&apos;이(가) 없습니다%2</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is in a folder Jekyll does not publish (a name starting with _ or .); move it to a folder such as /assets/img</source>
        <translation>이미지 &apos;%1&apos;은(는) Jekyll이 게시하지 않는 폴더(이름이 _ 나 . 으로 시작)에 있습니다. /assets/img 같은 폴더로 옮기세요</translation>
    </message>
    <message>
        <source>no front matter: Jekyll publishes the post without a title or layout of its own (only the site&apos;s defaults apply); start the file with a --- block</source>
        <translation>머리말이 없습니다. Jekyll은 이 글을 제목도 레이아웃도 없이(사이트 기본값만 적용해) 게시합니다. 파일을 --- 블록으로 시작하세요</translation>
    </message>
    <message>
        <source>%1, a folder that does not exist here</source>
        <translation>%1(이 컴퓨터에 없는 폴더)</translation>
    </message>
    <message>
        <source>this post asks for math, but the site loads no MathJax or KaTeX (none of its _layouts and _includes does, and it uses no theme): the blog shows the TeX as text; load MathJax in the post&apos;s layout</source>
        <translation>이 글은 수식을 쓰지만 사이트가 MathJax도 KaTeX도 불러오지 않습니다(_layouts와 _includes 어디에도 없고 테마도 쓰지 않습니다). 블로그에는 TeX가 글자 그대로 보입니다. 글의 레이아웃에서 MathJax를 불러오세요</translation>
    </message>
</context>
<context>
    <name>geul::PostFile</name>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>the post has no file name yet</source>
        <translation>글에 아직 파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>is a folder, not a post</source>
        <translation>글이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1 at offset %2); Geul opens UTF-8 posts only, as Jekyll reads them</source>
        <translation>올바른 UTF-8이 아닙니다(오프셋 %2의 바이트 0x%1). Geul은 Jekyll처럼 UTF-8 글만 엽니다</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>geul::PostTab</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>geul::PreviewAssets</name>
    <message>
        <source>Image not shown:</source>
        <translation>이미지를 보여 줄 수 없음:</translation>
    </message>
    <message>
        <source>remote images are turned off</source>
        <translation>원격 이미지를 끈 상태입니다</translation>
    </message>
</context>
<context>
    <name>geul::PublishDialog</name>
    <message>
        <source>Publish it anyway</source>
        <translation>그래도 발행</translation>
    </message>
    <message>
        <source>Publish Post</source>
        <translation>글 발행</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>발행(&amp;P)</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>메시지:</translation>
    </message>
    <message>
        <source>The commit holds exactly the post and the files it uses:</source>
        <translation>커밋에는 글과 글이 쓰는 파일만 정확히 들어갑니다:</translation>
    </message>
    <message>
        <source>Checking the post and its repository…</source>
        <translation>글과 저장소를 확인하는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Repository %1, branch %2</source>
        <translation>저장소 %1, 브랜치 %2</translation>
    </message>
    <message>
        <source>On the blog: %1</source>
        <translation>블로그 주소: %1</translation>
    </message>
    <message>
        <source>Push to the branch&apos;s upstream</source>
        <translation>브랜치의 업스트림에 푸시</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>%1에 푸시</translation>
    </message>
    <message>
        <source>Staged for other files, left staged and out of this commit: %1</source>
        <translation>다른 파일에 스테이징된 변경은 그대로 두고 이 커밋에 넣지 않습니다: %1</translation>
    </message>
    <message>
        <source>Mend what is marked ✗, then open Publish again.</source>
        <translation>✗ 표시된 것을 고친 뒤 다시 발행을 여세요.</translation>
    </message>
    <message>
        <source>Nothing to publish: the post and its files are committed already.</source>
        <translation>발행할 것이 없습니다. 글과 파일이 이미 커밋되어 있습니다.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>발행하는 중…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Committed %1 on %2.</source>
        <translation>%2 브랜치에 %1을(를) 커밋했습니다.</translation>
    </message>
    <message>
        <source>Pushed to %1.</source>
        <translation>%1에 푸시했습니다.</translation>
    </message>
    <message>
        <source>The post will be at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; once the site is built.</source>
        <translation>사이트가 빌드되면 글은 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;에 있습니다.</translation>
    </message>
    <message>
        <source>Pushed with it, as they are not on %1 yet: %2</source>
        <translation>아직 %1에 없어서 함께 푸시됩니다: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <source>Stopping git…</source>
        <translation>git을 멈추는 중…</translation>
    </message>
</context>
<context>
    <name>geul::Publisher</name>
    <message>
        <source>new</source>
        <translation>새 파일</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>git cannot be run: install git to publish (Geul publishes with it)</source>
        <translation>git을 실행할 수 없습니다. 발행하려면 git을 설치하세요 (Geul은 git으로 발행합니다)</translation>
    </message>
    <message>
        <source>%1 is not in a git repository: publishing commits the post to the blog&apos;s repository, so clone the blog with git first</source>
        <translation>%1은(는) git 저장소 안에 있지 않습니다. 발행은 글을 블로그 저장소에 커밋하므로, 먼저 블로그를 git으로 클론하세요</translation>
    </message>
    <message>
        <source>no branch is checked out (the HEAD is detached): check out the blog&apos;s branch first</source>
        <translation>체크아웃된 브랜치가 없습니다 (HEAD가 분리됨). 먼저 블로그의 브랜치를 체크아웃하세요</translation>
    </message>
    <message>
        <source>the branch %1 has no upstream to push to: run &apos;git push -u origin %1&apos; once in %2, or publish without pushing</source>
        <translation>브랜치 %1에는 푸시할 업스트림이 없습니다. %2에서 &apos;git push -u origin %1&apos;을 한 번 실행하거나, 푸시 없이 발행하세요</translation>
    </message>
    <message>
        <source>this is a draft (in _drafts): the blog does not show it; Publish Draft makes it a post</source>
        <translation>초안(_drafts 안)입니다. 블로그에 보이지 않습니다. 초안 발행으로 글로 만드세요</translation>
    </message>
    <message>
        <source>its front matter says published: false: the blog does not show it</source>
        <translation>머리말이 published: false라서 블로그에 보이지 않습니다</translation>
    </message>
    <message>
        <source>it is dated %1, later than now: the blog shows it only from then, unless the site has future: true</source>
        <translation>날짜가 지금보다 나중인 %1입니다. 사이트에 future: true가 없으면 블로그는 그때부터 보여 줍니다</translation>
    </message>
    <message>
        <source>%1 is outside the repository %2: the blog cannot get it from there</source>
        <translation>%1은(는) 저장소 %2 바깥에 있어 블로그가 가져갈 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is ignored by the repository (.gitignore): the blog would not get it</source>
        <translation>%1은(는) 저장소에서 무시됩니다 (.gitignore). 블로그에 올라가지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>Committing %n file(s)…</source>
        <translation>
            <numerusform>파일 %n개를 커밋하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>git could not stage the post&apos;s files</source>
        <translation>git이 글의 파일을 스테이징하지 못했습니다</translation>
    </message>
    <message>
        <source>git does not know your name and e-mail for the commit: set them with &apos;git config --global user.name &quot;…&quot;&apos; and &apos;git config --global user.email …&apos;</source>
        <translation>git이 커밋에 쓸 이름과 이메일을 모릅니다. &apos;git config --global user.name &quot;…&quot;&apos;와 &apos;git config --global user.email …&apos;로 정하세요</translation>
    </message>
    <message>
        <source>git could not commit the post</source>
        <translation>git이 글을 커밋하지 못했습니다</translation>
    </message>
    <message>
        <source>nothing to publish: the post and its files are committed and pushed already</source>
        <translation>발행할 것이 없습니다. 글과 파일이 이미 커밋되고 푸시되었습니다</translation>
    </message>
    <message>
        <source>nothing to publish: the post and its files are committed already</source>
        <translation>발행할 것이 없습니다. 글과 파일이 이미 커밋되어 있습니다</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>%1에 푸시하는 중…</translation>
    </message>
    <message>
        <source>Your commits are kept.</source>
        <translation>커밋은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Your commit %1 is kept.</source>
        <translation>커밋 %1은(는) 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>%1 has commits that this copy of the blog does not (were they published from another computer?): nothing was overwritten</source>
        <translation>%1에는 이 블로그 사본에 없는 커밋이 있습니다 (다른 컴퓨터에서 발행했나요?). 아무것도 덮어쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Bring those commits in with &apos;git pull --rebase&apos; in %1, then publish again (or run &apos;git push&apos;).</source>
        <translation>%1에서 &apos;git pull --rebase&apos;로 그 커밋을 가져온 뒤 다시 발행하세요 (또는 &apos;git push&apos;를 실행하세요).</translation>
    </message>
    <message>
        <source>%1 did not accept your credentials: git&apos;s credential helper or ssh-agent must know them (Geul stores none)</source>
        <translation>%1이(가) 인증 정보를 받아들이지 않았습니다. git의 인증 도우미나 ssh-agent가 알고 있어야 합니다 (Geul은 아무것도 저장하지 않습니다)</translation>
    </message>
    <message>
        <source>Publish again once &apos;git push&apos; works in a terminal.</source>
        <translation>터미널에서 &apos;git push&apos;가 되면 다시 발행하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: are you online?</source>
        <translation>%1에 연결할 수 없습니다. 인터넷에 연결되어 있나요?</translation>
    </message>
    <message>
        <source>Publish again (or run &apos;git push&apos;) when you are online.</source>
        <translation>인터넷에 연결되면 다시 발행하세요 (또는 &apos;git push&apos;를 실행하세요).</translation>
    </message>
    <message>
        <source>git could not push to %1</source>
        <translation>git이 %1에 푸시하지 못했습니다</translation>
    </message>
    <message>
        <source>Publish again, or run &apos;git push&apos; in %1.</source>
        <translation>다시 발행하거나 %1에서 &apos;git push&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>the upstream of the branch %1 is the local branch %2, not the blog&apos;s remote: set one with &apos;git branch -u origin/%1&apos;</source>
        <translation>브랜치 %1의 업스트림이 블로그의 원격 저장소가 아니라 로컬 브랜치 %2입니다. &apos;git branch -u origin/%1&apos;로 정하세요</translation>
    </message>
    <message>
        <source>a merge, rebase, cherry-pick or revert is under way in %1: finish it first</source>
        <translation>%1에서 병합, 리베이스, 체리픽 또는 되돌리기가 진행 중입니다. 먼저 끝내세요</translation>
    </message>
    <message>
        <source>these files have unresolved conflicts: %1; resolve them first</source>
        <translation>충돌이 해결되지 않은 파일이 있습니다: %1. 먼저 해결하세요</translation>
    </message>
    <message>
        <source>%1 is deleted, but its deletion is not in this commit: if this post was renamed from it, the blog shows both until you commit the deletion</source>
        <translation>%1이(가) 삭제되었지만 그 삭제는 이 커밋에 들어가지 않습니다. 이 글이 그 파일의 이름을 바꾼 것이라면, 삭제를 커밋할 때까지 블로그에 둘 다 보입니다</translation>
    </message>
    <message>
        <source>git does not see %1 (is it inside another repository or a submodule?): it cannot be committed</source>
        <translation>git이 %1을(를) 보지 못합니다 (다른 저장소나 서브모듈 안에 있나요?). 커밋할 수 없습니다</translation>
    </message>
    <message>
        <source>publishing was stopped before the commit was made</source>
        <translation>커밋하기 전에 발행을 멈췄습니다</translation>
    </message>
    <message>
        <source>the push was stopped</source>
        <translation>푸시를 멈췄습니다</translation>
    </message>
    <message>
        <source>Publish again (or run &apos;git push&apos;) to push it.</source>
        <translation>푸시하려면 다시 발행하세요 (또는 &apos;git push&apos;를 실행하세요).</translation>
    </message>
</context>
<context>
    <name>geul::Reading</name>
    <message>
        <source>the HTML element &lt;%1&gt; is never closed: the blog puts everything after it, to the end of its container, inside it; close it with &lt;/%1&gt;</source>
        <translation>HTML 요소 &lt;%1&gt;이(가) 닫히지 않았습니다. 블로그는 그 뒤의 모든 내용을 (그것을 담은 블록 끝까지) 이 요소 안에 넣습니다. &lt;/%1&gt;로 닫으세요</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; closes no element that is open here: the blog shows it as text</source>
        <translation>&lt;/%1&gt;이(가) 닫을 열린 요소가 여기 없습니다. 블로그는 이를 글자로 보여 줍니다</translation>
    </message>
    <message>
        <source>&lt;%1&gt; inside a paragraph is shown as text on the blog; put it on a line of its own after a blank line</source>
        <translation>문단 안의 &lt;%1&gt;은(는) 블로그에서 글자로 보입니다. 빈 줄 다음에 따로 한 줄로 쓰세요</translation>
    </message>
    <message>
        <source>the link [%1] has no definition ([%1]: URL): the blog shows the brackets as text</source>
        <translation>링크 [%1]의 정의([%1]: URL)가 없습니다. 블로그는 대괄호를 글자로 보여 줍니다</translation>
    </message>
    <message>
        <source>the footnote [^%1] has no definition: the blog shows it as text</source>
        <translation>각주 [^%1]의 정의가 없습니다. 블로그는 이를 글자로 보여 줍니다</translation>
    </message>
    <message>
        <source>an attribute list {: ...} after text applies to nothing: the blog shows it as text; put it right after a link, image or emphasis</source>
        <translation>글자 뒤의 속성 목록 {: ...}은 적용될 곳이 없어 블로그에서 글자로 보입니다. 링크, 이미지, 강조 바로 뒤에 쓰세요</translation>
    </message>
    <message>
        <source>this line holds a &apos;|&apos;, so the blog shows it as a table (kramdown makes a table row of any line with &apos;|&apos;); write \| for a &apos;|&apos; that is text</source>
        <translation>이 줄에 &apos;|&apos;가 있어 블로그는 표로 보여 줍니다(kramdown은 &apos;|&apos;가 있는 줄을 모두 표의 행으로 만듭니다). 글자로 쓸 &apos;|&apos;는 \|로 쓰세요</translation>
    </message>
    <message>
        <source>the &apos;|&apos; inside $...$ makes a table of this line on the blog and cuts the math apart; write \vert (or \mid) instead of |, or write the math as $$...$$</source>
        <translation>$...$ 안의 &apos;|&apos; 때문에 블로그에서 이 줄이 표가 되고 수식이 잘립니다. | 대신 \vert(또는 \mid)를 쓰거나 수식을 $$...$$로 쓰세요</translation>
    </message>
    <message>
        <source>[^%1] is not a footnote on the blog: kramdown&apos;s footnote names take only ASCII letters, digits, _ and -, so this line is read as a link definition and left out, and [^%1] in the text stays as it is; name it [^1] or [^note]</source>
        <translation>[^%1]은(는) 블로그에서 각주가 되지 않습니다. kramdown의 각주 이름에는 ASCII 영문자, 숫자, _, -만 쓸 수 있어 이 줄은 링크 정의로 읽혀 사라지고, 본문의 [^%1]은 글자 그대로 남습니다. [^1]이나 [^note]처럼 이름을 붙이세요</translation>
    </message>
    <message>
        <source>Jekyll&apos;s CommonMark leaves raw HTML out of the page (it writes &lt;!-- raw HTML omitted --&gt; here) unless the site&apos;s _config.yml lists UNSAFE under commonmark: options; add it there, or write Markdown instead</source>
        <translation>Jekyll의 CommonMark는 사이트의 _config.yml에서 commonmark: options에 UNSAFE가 없으면 HTML을 페이지에서 빼 버립니다(이 자리에 &lt;!-- raw HTML omitted --&gt;를 씁니다). 그곳에 UNSAFE를 추가하거나 Markdown으로 쓰세요</translation>
    </message>
    <message>
        <source>kramdown reads the _ pair in %1 as emphasis before MathJax sees it, so the blog shows broken math; write \_ for each _, or write the math as $$...$$</source>
        <translation>kramdown이 MathJax보다 먼저 %1 안의 _ 두 개를 강조로 읽어 블로그에는 깨진 수식이 보입니다. _마다 \_로 쓰거나 수식을 $$...$$로 쓰세요</translation>
    </message>
    <message>
        <source>kramdown reads the * pair in %1 as emphasis before MathJax sees it, so the blog shows broken math; write \* for each *, or write the math as $$...$$</source>
        <translation>kramdown이 MathJax보다 먼저 %1 안의 * 두 개를 강조로 읽어 블로그에는 깨진 수식이 보입니다. *마다 \*로 쓰거나 수식을 $$...$$로 쓰세요</translation>
    </message>
    <message>
        <source>kramdown reads \%2 in %1 as an escaped %2 and drops the backslash, so MathJax gets %2; write \\%2, or write the math as $$...$$</source>
        <translation>kramdown은 %1 안의 \%2를 이스케이프된 %2로 읽어 역슬래시를 지우므로 MathJax는 %2만 받습니다. \\%2로 쓰거나 수식을 $$...$$로 쓰세요</translation>
    </message>
    <message>
        <source>kramdown turns a quote or dash in %1 into a typographic character, so MathJax gets the wrong symbol; write the math as $$...$$</source>
        <translation>kramdown이 %1 안의 따옴표나 대시를 인쇄용 문자로 바꿔 MathJax가 엉뚱한 기호를 받습니다. 수식을 $$...$$로 쓰세요</translation>
    </message>
    <message>
        <source>kramdown reads Markdown inside %1, so the blog shows broken math; write the math as $$...$$</source>
        <translation>kramdown이 %1 안의 Markdown을 읽어 블로그에는 깨진 수식이 보입니다. 수식을 $$...$$로 쓰세요</translation>
    </message>
</context>
<context>
    <name>geul::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>저장하지 않은 글 되살리기</translation>
    </message>
    <message>
        <source>Geul did not close normally. This text was not saved:</source>
        <translation>Geul이 정상적으로 닫히지 않았습니다. 다음 글은 저장되지 않았습니다:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>되살리기</translation>
    </message>
    <message>
        <source>Open Both</source>
        <translation>둘 다 열기</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>나중에 정하기</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A post that was never saved.</source>
        <translation>한 번도 저장하지 않은 글입니다.</translation>
    </message>
    <message>
        <source>%1 is no longer there. The recovered text:</source>
        <translation>%1이(가) 더는 없습니다. 되살린 글:</translation>
    </message>
    <message>
        <source>%1 was changed after this text was written. Its differences from the file on disk:</source>
        <translation>이 글이 기록된 뒤에 %1이(가) 바뀌었습니다. 디스크의 파일과의 차이:</translation>
    </message>
    <message>
        <source>%1: the differences of the recovered text from the file on disk:</source>
        <translation>%1: 되살린 글과 디스크의 파일의 차이:</translation>
    </message>
    <message>
        <source>%1 (on disk)</source>
        <translation>%1 (디스크)</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (되살린 글)</translation>
    </message>
    <message>
        <source>The recovered text is the same as the file on disk.</source>
        <translation>되살린 글이 디스크의 파일과 같습니다.</translation>
    </message>
</context>
<context>
    <name>geul::RecoveryJournal</name>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: 복구 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot lock the recovery entry</source>
        <translation>%1: 복구 기록을 잠글 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot write the recovery entry: %2</source>
        <translation>%1: 복구 기록을 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>geul::SiteIndex</name>
    <message>
        <source>A draft: Jekyll shows it only with --drafts. Publish it to move it into _posts.</source>
        <translation>초안: Jekyll은 --drafts로만 보여 줍니다. 발행하면 _posts로 옮겨집니다.</translation>
    </message>
    <message>
        <source>Its name does not start with a date (YYYY-MM-DD-), so Jekyll skips it.</source>
        <translation>이름이 날짜(YYYY-MM-DD-)로 시작하지 않아 Jekyll이 건너뜁니다.</translation>
    </message>
    <message>
        <source>Its front matter says published: false, so Jekyll skips it.</source>
        <translation>머리말에 published: false가 있어 Jekyll이 건너뜁니다.</translation>
    </message>
    <message>
        <source>Its date is in the future, and the site has no future: true, so Jekyll skips it until then.</source>
        <translation>날짜가 미래이고 사이트에 future: true가 없어, Jekyll이 그때까지 건너뜁니다.</translation>
    </message>
    <message>
        <source>It has no front matter (a --- block on its first line), so Jekyll publishes it without a title or layout of its own.</source>
        <translation>머리말(첫 줄의 --- 블록)이 없어 Jekyll이 자체 제목이나 레이아웃 없이 발행합니다.</translation>
    </message>
    <message>
        <source>Jekyll cannot read its front matter and publishes it without it.</source>
        <translation>Jekyll이 머리말을 읽을 수 없어 그것 없이 발행합니다.</translation>
    </message>
    <message>
        <source>Jekyll reads only part of its front matter and ignores the rest.</source>
        <translation>Jekyll이 머리말의 일부만 읽고 나머지는 무시합니다.</translation>
    </message>
</context>
<context>
    <name>geul::SitePanel</name>
    <message>
        <source>Filter by title, tag or category</source>
        <translation>제목, 태그, 카테고리로 거르기</translation>
    </message>
    <message>
        <source>No site is open.</source>
        <translation>열린 사이트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>글 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>초안 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not published</source>
        <translation>
            <numerusform>발행 안 됨 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>geul::SitePostModel</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (초안)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>카테고리: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
</context>
<context>
    <name>geul::SiteSearchPanel</name>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>낱말 단위</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규 표현식</translation>
    </message>
    <message>
        <source>Find in every post of the site</source>
        <translation>사이트의 모든 글에서 찾기</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>찾는 말 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n개 찾음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>글 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first shown</source>
        <translation>처음 것만 보여 줌</translation>
    </message>
</context>
<context>
    <name>geul::SpellChecker</name>
    <message>
        <source>No Korean or English dictionary was found: install hunspell-ko and hunspell-en-us.</source>
        <translation>한국어 사전도 영어 사전도 없습니다. hunspell-ko와 hunspell-en-us를 설치하세요.</translation>
    </message>
    <message>
        <source>No Korean dictionary was found: install hunspell-ko.</source>
        <translation>한국어 사전이 없습니다. hunspell-ko를 설치하세요.</translation>
    </message>
    <message>
        <source>No English dictionary was found: install hunspell-en-us.</source>
        <translation>영어 사전이 없습니다. hunspell-en-us를 설치하세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>geul::TextSearch</name>
    <message>
        <source>Not a regular expression: %1 (at %2)</source>
        <translation>정규 표현식이 아닙니다: %1 (%2번째 글자)</translation>
    </message>
</context>
<context>
    <name>geul::TextStats</name>
    <message>
        <source>%1 chars · %2 eojeol · %3 sheets · %4 min</source>
        <translation>%1자 · 어절 %2 · 원고지 %3매 · %4분</translation>
    </message>
    <message>
        <source>%1 characters (%2 without spaces) · %3 eojeol · %4 manuscript sheets · %5 min</source>
        <translation>%1자 (공백 제외 %2자) · 어절 %3 · 원고지 %4매 · %5분</translation>
    </message>
</context>
<context>
    <name>geul::Versions</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>설치되지 않음</translation>
    </message>
    <message>
        <source>Geul %1 (commit %2)
Qt %3 (built with %4)
KDE Frameworks: KSyntaxHighlighting %5, KArchive %6, Sonnet %7
cmark-gfm %8
yaml-cpp %9
KaTeX %10</source>
        <translation>Geul %1 (커밋 %2)
Qt %3 (빌드할 때 %4)
KDE 프레임워크: KSyntaxHighlighting %5, KArchive %6, Sonnet %7
cmark-gfm %8
yaml-cpp %9
KaTeX %10</translation>
    </message>
</context>
<context>
    <name>geul::YamlReader</name>
    <message>
        <source>the quote %1 is never closed</source>
        <translation>따옴표 %1이(가) 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>a tab is used for indentation; YAML allows spaces only</source>
        <translation>들여쓰기에 탭을 썼습니다. YAML은 공백만 허용합니다</translation>
    </message>
    <message>
        <source>front matter must be a list of keys and values</source>
        <translation>머리말은 키와 값의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>a key must be plain text</source>
        <translation>키는 일반 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>키 &apos;%1&apos;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the bracket %1 is never closed</source>
        <translation>괄호 %1이(가) 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>%1-%2번째 줄</translation>
    </message>
    <message numerus="yes">
        <source>the first key is indented by %n space(s) and line %1 is not, so the front matter ends before it; Jekyll silently ignores %2</source>
        <translation>
            <numerusform>첫 키가 %n칸 들여 쓰였는데 %1번째 줄은 그렇지 않아서 머리말이 그 앞에서 끝납니다. Jekyll은 %2을(를) 말없이 무시합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>YAML ends the front matter before line %1; Jekyll silently ignores %2</source>
        <translation>YAML 머리말이 %1번째 줄 앞에서 끝납니다. Jekyll은 %2을(를) 말없이 무시합니다</translation>
    </message>
    <message>
        <source>a { mapping is not closed with }</source>
        <translation>{ 로 연 매핑이 } 로 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>a [ list is not closed with ]</source>
        <translation>[ 로 연 목록이 ] 로 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>a quoted text is not closed before the end</source>
        <translation>따옴표로 연 글이 끝까지 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>a --- or ... line inside a text</source>
        <translation>글 안에 --- 나 ... 줄이 있습니다</translation>
    </message>
    <message>
        <source>a character that is not allowed here in a text</source>
        <translation>글의 이 자리에 쓸 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <source>a ] or } that closes nothing</source>
        <translation>닫을 것이 없는 ] 나 } 가 있습니다</translation>
    </message>
    <message>
        <source>a list item (- ) where a key was expected</source>
        <translation>키가 올 자리에 목록 항목(- )이 있습니다</translation>
    </message>
    <message>
        <source>a key is not allowed here</source>
        <translation>이 자리에는 키를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is not allowed here; put a value that holds &apos;: &apos; in quotes</source>
        <translation>이 자리에는 &apos;:&apos;을 쓸 수 없습니다. &apos;: &apos;가 든 값은 따옴표로 감싸세요</translation>
    </message>
    <message>
        <source>an unknown escape (\%1) in a double-quoted text</source>
        <translation>큰따옴표 글에 알 수 없는 이스케이프(\%1)가 있습니다</translation>
    </message>
    <message>
        <source>a bad \x or \u escape in a double-quoted text</source>
        <translation>큰따옴표 글에 잘못된 \x 나 \u 이스케이프가 있습니다</translation>
    </message>
    <message>
        <source>*%1 refers to an anchor (&amp;%1) that is not defined</source>
        <translation>*%1이(가) 가리키는 앵커(&amp;%1)가 정의되지 않았습니다</translation>
    </message>
    <message>
        <source>an anchor (&amp;name) or alias (*name) is not complete</source>
        <translation>앵커(&amp;이름)나 별칭(*이름)이 완전하지 않습니다</translation>
    </message>
    <message>
        <source>a bad tag (!name)</source>
        <translation>잘못된 태그(!이름)가 있습니다</translation>
    </message>
    <message>
        <source>a block text (| or &gt;) that is not indented</source>
        <translation>블록 글(| 나 &gt;)이 들여쓰여 있지 않습니다</translation>
    </message>
    <message>
        <source>this is not YAML</source>
        <translation>YAML이 아닙니다</translation>
    </message>
    <message>
        <source>the YAML cannot be read here</source>
        <translation>이 자리에서 YAML을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor for Markdown posts of Jekyll blogs</source>
        <translation>Jekyll 블로그의 마크다운 글 편집기</translation>
    </message>
    <message>
        <source>A post to open, or a site folder.</source>
        <translation>열 글, 또는 사이트 폴더.</translation>
    </message>
    <message>
        <source>Save a screenshot to FILE once the preview is shown, then quit.</source>
        <translation>미리보기가 나타나면 화면을 FILE에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>%1: the folder has no Markdown post</source>
        <translation>%1: 폴더에 마크다운 글이 없습니다</translation>
    </message>
    <message>
        <source>Show the post from line N on.</source>
        <translation>글을 N번째 줄부터 보여 줍니다.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the post to the PDF FILE, then quit.</source>
        <translation>글을 PDF 파일 FILE로 인쇄하고 끝냅니다.</translation>
    </message>
    <message>
        <source>--export-pdf needs a post</source>
        <translation>--export-pdf에는 글이 필요합니다</translation>
    </message>
    <message>
        <source>Show the versions of Geul and of the libraries it uses.</source>
        <translation>Geul과 Geul이 쓰는 라이브러리의 버전을 보여 줍니다.</translation>
    </message>
</context>
</TS>
