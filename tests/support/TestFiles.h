#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Files in tests: whole contents in and out, and the fixtures under tests/data.
namespace nextsteps::testfiles {

// The file's bytes; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes the bytes, failing the test when it cannot.
inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A sample list file from tests/data/checklists.
inline QString checklistFixture(const QString &name)
{
    return QStringLiteral(NEXTSTEPS_TEST_DATA "/checklists/") + name;
}

} // namespace nextsteps::testfiles
