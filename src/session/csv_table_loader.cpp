#include "session/csv_table_loader.h"

#include <QMetaObject>
#include <QPointer>
#include <exception>

namespace normlab::session {

CsvTableLoader::CsvTableLoader(QObject* parent) : QObject(parent) {}

CsvTableLoader::~CsvTableLoader() {
    for (const std::unique_ptr<QThread>& thread : threads_) thread->wait();
}

void CsvTableLoader::load(const QString& path) {
    const quint64 generation = ++generation_;
    pending_ = generation;
    // Finished threads are done with: drop them before starting another.
    std::erase_if(threads_, [](const std::unique_ptr<QThread>& t) { return t->isFinished(); });
    QPointer<CsvTableLoader> self(this);
    std::unique_ptr<QThread> thread(QThread::create([self, generation, path] {
        std::shared_ptr<const ParsedCsv> csv;
        QString message;
        try {
            core::CsvTable table = core::readCsvTable(path.toStdString());
            core::CsvSummary summary = core::inspectCsv(table);
            csv = std::make_shared<const ParsedCsv>(
                ParsedCsv{path, std::move(table), std::move(summary)});
        } catch (const std::exception& e) {
            message = QString::fromUtf8(e.what());
        }
        // The destructor waits for this thread, so `self` outlives the call.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, csv, path, message] {
                if (self) self->finish(generation, csv, path, message);
            },
            Qt::QueuedConnection);
    }));
    thread->start();
    threads_.push_back(std::move(thread));
}

void CsvTableLoader::finish(quint64 generation, std::shared_ptr<const ParsedCsv> csv,
                            const QString& path, const QString& message) {
    if (generation != generation_) return;  // a newer load is on its way
    pending_ = 0;
    if (csv)
        Q_EMIT loaded(std::move(csv));
    else
        Q_EMIT failed(path, message);
}

}  // namespace normlab::session
