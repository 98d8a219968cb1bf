// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace geul::Translations {

/// Installs Geul's translation for the user's locale, owned by @p app: the
/// one installed beside Geul (`../share/geul/translations` from the binary,
/// which a distribution may update), else the one built into the binary.
/// With @p qt also Qt's own (standard buttons, file dialogs).
void install(QCoreApplication &app, bool qt);

} // namespace geul::Translations
