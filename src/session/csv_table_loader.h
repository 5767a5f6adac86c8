#pragma once
// Reads and parses a CSV file on a thread of its own, once, and hands the
// parsed table and its column summary back on the owner's thread. A page
// then picks columns from the table without touching the file again. A newer
// load supersedes an older one still running: only the newest is reported.

#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

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
    // Waits for a parse still running (it cannot be interrupted, and is bounded by the
    // CSV reader's limits).
    ~CsvTableLoader() override;

    void load(const QString& path);
    [[nodiscard]] bool isLoading() const { return pending_ != 0; }

  Q_SIGNALS:
    void loaded(std::shared_ptr<const normlab::session::ParsedCsv> csv);
    // The reader's one-line message naming the file and the problem.
    void failed(const QString& path, const QString& message);

  private:
    void finish(quint64 generation, std::shared_ptr<const ParsedCsv> csv, const QString& path,
                const QString& message);

    quint64 generation_ = 0;
    quint64 pending_ = 0;  // generation still loading, 0 when idle
    std::vector<std::unique_ptr<QThread>> threads_;
};

}  // namespace normlab::session
