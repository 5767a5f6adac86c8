#include "session/csv_table_loader.h"

#include <QMetaObject>
#include <exception>

namespace normlab::session {

CsvTableLoader::CsvTableLoader(QObject* parent) : QObject(parent) {}

CsvTableLoader::~CsvTableLoader() {
    for (const Load& load : loads_) *load.stop = true;
    for (Load& load : loads_) load.thread.join();
}

bool CsvTableLoader::cancel() {
    if (pending_ == 0) return false;
    *stop_ = true;
    return true;
}

CsvTableLoader::Result CsvTableLoader::parse(const QString& path, const core::LoadMonitor& monitor,
                                             const std::atomic<bool>& stop) {
    Result result;
    try {
        core::CsvTable table = core::readCsvTable(path.toStdString(), 0, monitor);
        core::CsvSummary summary = core::inspectCsv(table);
        if (stop) throw core::LoadCancelled(path.toStdString());
        result.csv = std::make_shared<const ParsedCsv>(
            ParsedCsv{path, std::move(table), std::move(summary)});
        result.outcome = Outcome::Loaded;
    } catch (const core::LoadCancelled&) {
        result.outcome = Outcome::Cancelled;
    } catch (const std::exception& e) {
        result.message = QString::fromUtf8(e.what());
    }
    return result;
}

void CsvTableLoader::load(const QString& path) {
    if (stop_) *stop_ = true;  // the older load is superseded: no need to finish it
    const quint64 generation = ++generation_;
    pending_ = generation;
    stop_ = std::make_shared<std::atomic<bool>>(false);
    // Finished threads are done with: join them (at once) before starting another.
    std::erase_if(loads_, [](Load& l) {
        if (!*l.done) return false;
        l.thread.join();
        return true;
    });
    const StopFlag stop = stop_;
    const auto done = std::make_shared<std::atomic<bool>>(false);
    // The destructor joins this thread, so `this` outlives it.
    std::thread thread([this, generation, path, stop, done] {
        int sentPermille = -1;
        // The table is the whole job: the fraction is of the bytes parsed
        // (the reader's row half is for a data set's conversion to numbers).
        const core::LoadMonitor monitor = [&](const core::LoadProgress& p) {
            const double fraction =
                p.bytesTotal == 0 ? 0.0 : double(p.bytesDone) / double(p.bytesTotal);
            const int permille = static_cast<int>(fraction * 1000.0);
            if (permille != sentPermille) {
                sentPermille = permille;
                post({generation, false, fraction, static_cast<qint64>(p.bytesDone),
                      static_cast<qint64>(p.bytesTotal), QString(), Result()});
            }
            return !*stop;
        };
        post({generation, true, 0, 0, 0, path, parse(path, monitor, *stop)});
        *done = true;
    });
    loads_.push_back({std::move(thread), stop, done});
}

void CsvTableLoader::post(Report report) {
    bool first = false;
    {
        const std::lock_guard lock(reportsMutex_);
        first = reports_.empty();
        reports_.push_back(std::move(report));
    }
    // One queued drain per batch: it takes every report posted until then.
    if (first) QMetaObject::invokeMethod(this, "drainReports", Qt::QueuedConnection);
}

void CsvTableLoader::drainReports() {
    std::vector<Report> reports;
    {
        const std::lock_guard lock(reportsMutex_);
        reports.swap(reports_);
    }
    for (const Report& r : reports) {
        if (r.finished)
            finish(r.generation, r.path, r.result);
        else if (r.generation == pending_)
            Q_EMIT progress(r.fraction, r.bytesDone, r.bytesTotal);
    }
}

void CsvTableLoader::finish(quint64 generation, const QString& path, const Result& result) {
    if (generation != generation_) return;  // a newer load is on its way
    const bool stopped = *stop_;            // a cancel after the parse is a cancel still
    pending_ = 0;
    stop_.reset();
    if (stopped || result.outcome == Outcome::Cancelled)
        Q_EMIT cancelled(path);
    else if (result.outcome == Outcome::Loaded)
        Q_EMIT loaded(result.csv);
    else
        Q_EMIT failed(path, result.message);
}

}  // namespace normlab::session
