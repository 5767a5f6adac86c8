#include "session/resource_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace normlab::session {

QStringList resourceDirs() {
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("NORMLAB_RESOURCE_DIR");
    if (!fromEnv.isEmpty()) candidates << fromEnv;
    if (QCoreApplication::instance() != nullptr) {
        // Installed layout: <prefix>/bin/normlab next to <prefix>/share/normlab.
        candidates << QDir(QCoreApplication::applicationDirPath()).filePath("../share/normlab");
    }
    candidates << QStringLiteral(NORMLAB_INSTALLED_RESOURCE_DIR)
               << QStringLiteral(NORMLAB_RESOURCE_DIR);
    QStringList existing;
    for (const QString& dir : candidates) {
        const QFileInfo info(dir);
        if (info.isDir()) existing << info.canonicalFilePath();
    }
    existing.removeDuplicates();
    return existing;
}

QString presetDir() {
    for (const QString& dir : resourceDirs()) {
        const QDir presets(QDir(dir).filePath("presets"));
        if (presets.exists()) return presets.absolutePath();
    }
    return {};
}

}  // namespace normlab::session
