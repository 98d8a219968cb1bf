// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace geul::bench {

// A post shaped like the real ones: front matter, headings, Korean prose
// with emphasis, links and math, lists, a table, code and images.
inline QString generatePost(qsizetype bytes)
{
    QString post = QStringLiteral("---\nlayout: post\ntitle: \"벤치마크용 글\"\ntags: [성능, 측정]\n"
                                  "comments: True\ntypora-root-url: ../\nuse_math: true\n---\n\n");
    const QString section = QStringLiteral(
        "## %1. 프로젝트를 돌아보며\n\n"
        "2022년은 본격적으로 **딥러닝 엔지니어로**서의 경력을 시작하는 한 해였다. 프로젝트를 마무리할 때마다 "
        "*실무적인 역량*이 쌓이며 한층 더 성장했다. 자세한 내용은 [회사 블로그](https://example.com/%1)에서 "
        "볼 수 있다. `pipeline`을 설계하고 ~~도입~~ 적용해 나갔다. 손실은 $L_{%1} = -\\sum_i y_i \\log p_i$ 이다.\n\n"
        "- 어느덧 **2년차** 딥러닝 엔지니어\n- 블로그 방문자 수 220% 증가\n  - [x] 24권의 책 완독\n\n"
        "| 항목 | 값 |\n| --- | ---: |\n| 정확도 | 0.%1 |\n| 지연 시간 | %1 ms |\n\n"
        "```python\nfor i in range(%1):\n    print(\"안녕\", i)\n```\n\n"
        "![그림 %1](/assets/img/2022-12-31-Retrospect/image-%1.png)\n\n"
        "<img src=\"/assets/img/2022-12-31-Retrospect/Untitled %1.png\" style=\"zoom: 67%;\" />\n\n"
        "> 천천히 걸어야 보이는 것들이 있다.[^%1]\n\n[^%1]: 각주 %1.\n\n");
    qsizetype utf8Size = post.toUtf8().size();
    for (int i = 1; utf8Size < bytes; ++i) {
        const QString next = section.arg(i);
        post += next;
        utf8Size += next.toUtf8().size();
    }
    return post;
}

// Writes @p text to @p path as UTF-8, making its folder.
inline bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

} // namespace geul::bench
