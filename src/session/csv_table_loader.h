#pragma once
// Reads and parses a CSV file on a thread of its own, once, and hands the
// parsed table and its column summary back on the owner's thread. A page
// then picks columns from the table without touching the file again. A newer
// load supersedes an older one still running: the older is stopped and only
// the newest is reported. While it runs, progress() tells how far it got, and
// cancel() stops it at the reader's next report (every MB or so).

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/data/csv_loader.h"

namespace normlab::session {

struct ParsedCsv {
    QString path;
    core::CsvTable table;
    core::CsvSummary summary;
};

class CsvTableLoader : public QObject {
    Q_OBJECT
  public:
    explicit CsvTableLoader(QObject* parent = nullptr);
    // Stops the parses still running, then waits for their threads.
    ~CsvTableLoader() override;

    void load(const QString& path);
    [[nodiscard]] bool isLoading() const { return pending_ != 0; }
    // Stops the running load: cancelled() follows instead of loaded() or
    // failed(), even when the parse was already done. False when idle.
    bool cancel();

  Q_SIGNALS:
    // 0..1 of the file parsed, never falling within one load; sent when it
    // moves by 0.1 %.
    void progress(double fraction, qint64 bytesDone, qint64 bytesTotal);
    void loaded(std::shared_ptr<const normlab::session::ParsedCsv> csv);
    // The reader's one-line message naming the file and the problem.
    void failed(const QString& path, const QString& message);
    void cancelled(const QString& path);

  private:
    using StopFlag = std::shared_ptr<std::atomic<bool>>;
    enum class Outcome { Loaded, Failed, Cancelled };
    struct Result {
        Outcome outcome = Outcome::Failed;
        std::shared_ptr<const ParsedCsv> csv;
        QString message;
    };
    // On the loading thread: the parse, told through `monitor`.
    static Result parse(const QString& path, const core::LoadMonitor& monitor,
                        const std::atomic<bool>& stop);
    void finish(quint64 generation, const QString& path, const Result& result);

    // What a loading thread tells the owner's thread. It goes through a queue
    // under our own mutex, and the thread only posts a call of drainReports()
    // by name: a functor posted with invokeMethod would be built on the
    // loading thread and run on the owner's, handed over inside QtCore, where
    // TSan cannot see the hand-over and reports the functor's own fields.
    struct Report {
        quint64 generation = 0;
        bool finished = false;  // else progress
        double fraction = 0;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        QString path;
        Result result;
    };
    void post(Report report);  // on a loading thread
    Q_INVOKABLE void drainReports();
    std::mutex reportsMutex_;
    std::vector<Report> reports_;

    quint64 generation_ = 0;
    quint64 pending_ = 0;  // generation still loading, 0 when idle
    StopFlag stop_;        // of the pending load
    // A std::thread rather than QThread::create: TSan checks its body (it
    // does not check a QThread::create body when Qt is not instrumented).
    struct Load {
        std::thread thread;
        StopFlag stop;
        std::shared_ptr<std::atomic<bool>> done;  // set as the body's last act
    };
    std::vector<Load> loads_;
};

}  // namespace normlab::session
