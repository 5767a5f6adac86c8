#pragma once
// Measurement mode: how long the GUI event loop ever stalls and how long one
// snapshot takes to render, while the session trains at full speed.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <vector>

namespace normlab::app {

struct ResponsivenessReport {
    double longestStallMs = 0.0;
    double renderMedianMs = 0.0;
    double renderP95Ms = 0.0;
    double renderCpuMedianMs = 0.0;  // the same, counting only this thread's CPU time
    double renderCpuP95Ms = 0.0;
    int frames = 0;
    [[nodiscard]] bool meetsTargets() const { return longestStallMs <= 50.0 && renderP95Ms < 16.0; }
    [[nodiscard]] QString toText() const;
};

class ResponsivenessProbe : public QObject {
    Q_OBJECT
  public:
    explicit ResponsivenessProbe(QObject* parent = nullptr);
    void start();
    void stop();
    void addRenderTime(double wallMs, double cpuMs) {
        renderMs_.push_back(wallMs);
        renderCpuMs_.push_back(cpuMs);
    }
    [[nodiscard]] ResponsivenessReport report() const;

  private:
    static constexpr int kTickMs = 2;
    QTimer ticker_;
    QElapsedTimer clock_;
    qint64 lastTickNs_ = 0;
    double longestGapMs_ = 0.0;
    std::vector<double> renderMs_;
    std::vector<double> renderCpuMs_;
};

}  // namespace normlab::app
