#pragma once
// Runs normlab-cli as a user does: a separate process, exit code and stderr.

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace normlab::session::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments, int timeoutMs = 30000) {
    QProcess process;
    process.start(QStringLiteral(NORMLAB_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(timeoutMs)) << "normlab-cli did not finish";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "normlab-cli crashed";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// "--set a=1 --set b=2" for each assignment.
inline QStringList set(const QStringList& assignments) {
    QStringList args;
    for (const QString& a : assignments) args << "--set" << a;
    return args;
}

// The non-empty lines of a text file the CLI wrote.
inline QStringList readLines(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

// A one-line reason on stderr, containing `expected`.
inline void expectOneLineError(const CliResult& r, int exitCode, const QString& expected) {
    EXPECT_EQ(r.exitCode, exitCode) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith("normlab-cli: ")) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(expected)) << r.err.toStdString();
}

}  // namespace normlab::session::test
