#include "app/atomic_file.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace normlab::app {

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    const auto fail = [&](const QString& what) {
        if (error)
            *error = QCoreApplication::translate("normlab::app::AtomicFile",
                                                 "Could not write \"%1\": %2")
                         .arg(path, what);
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) return fail(file.errorString());
    if (!file.commit()) return fail(file.errorString());
    return true;
}

}  // namespace normlab::app
