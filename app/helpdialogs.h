// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMenuBar;
class QWidget;

namespace geul::HelpDialogs {

/// Every command of @p menus that has a shortcut, menu by menu.
void showShortcuts(QMenuBar *menus, QWidget *parent);
/// What Markdown the blog's kramdown reads, with the kramdown-only parts
/// (attribute lists, footnotes, math, abbreviations) and its pitfalls.
void showReference(QWidget *parent);
void showAbout(QWidget *parent);
/// The versions About names: Geul, Qt, cmark-gfm, KF6 frameworks, KaTeX.
QString versions();

} // namespace geul::HelpDialogs
