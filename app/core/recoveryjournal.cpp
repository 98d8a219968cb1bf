// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryjournal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace geul {

namespace {

QString entryPath(const QString &id)
{
    return RecoveryJournal::folder() + u'/' + id + QStringLiteral(".json");
}

QString lockPath(const QString &id)
{
    return RecoveryJournal::folder() + u'/' + id + QStringLiteral(".lock");
}

} // namespace

RecoveryJournal::RecoveryJournal() : m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)) { }

RecoveryJournal::~RecoveryJournal() = default;

QString RecoveryJournal::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

bool RecoveryJournal::write(const QString &postPath, const QByteArray &baseHash, const QString &text, QString *error)
{
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = tr("%1: cannot create the recovery folder").arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    if (!m_lock) {
        // Held while this Geul runs: the entry is not offered to another.
        m_lock = std::make_unique<QLockFile>(lockPath(m_id));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            if (error)
                *error = tr("%1: cannot lock the recovery entry").arg(QDir::toNativeSeparators(lockPath(m_id)));
            return false;
        }
    }
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("post"), postPath);
    o.insert(QStringLiteral("base"), QString::fromLatin1(baseHash.toHex()));
    o.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("text"), text);
    QSaveFile file(entryPath(m_id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write the recovery entry: %2")
                         .arg(QDir::toNativeSeparators(entryPath(m_id)), file.errorString());
        return false;
    }
    m_written = true;
    return true;
}

void RecoveryJournal::remove()
{
    QFile::remove(entryPath(m_id));
    m_written = false;
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

RecoveryJournal::Entry RecoveryJournal::read(const QString &id)
{
    QFile file(entryPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return {};
    Entry entry;
    entry.id = id;
    entry.postPath = o.value(QStringLiteral("post")).toString();
    entry.baseHash = QByteArray::fromHex(o.value(QStringLiteral("base")).toString().toLatin1());
    entry.written = QDateTime::fromString(o.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
    entry.text = o.value(QStringLiteral("text")).toString();
    return entry;
}

QList<RecoveryJournal::Entry> RecoveryJournal::orphaned()
{
    QList<Entry> entries;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = name.chopped(5);
        // Held by a running Geul (this one included): not ours to offer.
        QLockFile lock(lockPath(id));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        Entry entry = read(id);
        if (!entry.id.isEmpty())
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.written > b.written; });
    return entries;
}

bool RecoveryJournal::discard(const QString &id)
{
    QFile::remove(lockPath(id));
    return QFile::remove(entryPath(id)) || !QFile::exists(entryPath(id));
}

} // namespace geul
