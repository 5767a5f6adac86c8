#include "app/footprint_measurement.h"

#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <memory>

#include "app/labs/lab_page.h"
#include "app/labs/sweep_lab_page.h"
#include "app/main_window.h"
#include "app/process_footprint.h"
#include "session/course/course.h"
#include "session/training_session.h"

namespace normlab::app {

bool FootprintReport::meetsTargets() const {
    bool allCompleted = !labs.isEmpty();
    for (const Lab& lab : labs) allCompleted = allCompleted && lab.completed;
    return allCompleted && firstFrameSeconds >= 0 &&
           firstFrameSeconds < kFirstFrameTargetSeconds &&
           static_cast<double>(peakResidentBytes) < kPeakTargetBytes;
}

QString FootprintReport::toText() const {
    const auto mb = [](qint64 bytes) { return QString::number(bytes / 1048576.0, 'f', 0); };
    QString text;
    QTextStream out(&text);
    out << QStringLiteral("start-up to the first frame: %1 s (target < %2 s)\n")
               .arg(firstFrameSeconds, 0, 'f', 2)
               .arg(kFirstFrameTargetSeconds, 0, 'f', 0);
    for (const Lab& lab : labs)
        out << QStringLiteral("%1: %2 in %3 s%4, resident %5 MB, peak so far %6 MB\n")
                   .arg(lab.id, lab.work)
                   .arg(lab.seconds, 0, 'f', 1)
                   .arg(lab.completed ? QString() : QStringLiteral(" (NOT COMPLETED)"))
                   .arg(mb(lab.residentBytes), mb(lab.peakBytes));
    out << QStringLiteral("peak resident set: %1 MB (target < %2 MB)\n")
               .arg(mb(peakResidentBytes))
               .arg(kPeakTargetBytes / 1048576.0, 0, 'f', 0)
        << (meetsTargets() ? "targets met\n" : "TARGETS MISSED\n");
    return text;
}

FootprintMeasurement::FootprintMeasurement(MainWindow& window, QObject* parent)
    : QObject(parent), window_(window) {
    window_.installEventFilter(this);
}

bool FootprintMeasurement::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_ && event->type() == QEvent::Paint && !framed_) {
        framed_ = true;
        // The paint event starts the frame; the zero timer fires once the
        // whole frame (every child widget, the flush) has been drawn.
        QTimer::singleShot(0, this, [this] {
            report_.firstFrameSeconds = secondsSinceProcessStart();
            window_.removeEventFilter(this);
            window_.setStepsPerFrame(0);  // the labs train at full speed
            useLab(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

void FootprintMeasurement::useLab(int index) {
    const QList<LabPage*> pages = window_.pages();
    if (index >= pages.size()) {
        report_.peakResidentBytes = peakResidentBytes();
        for (const FootprintReport::Lab& lab : report_.labs)
            report_.peakResidentBytes = std::max<qint64>(report_.peakResidentBytes, lab.peakBytes);
        Q_EMIT finished();
        return;
    }
    LabPage* page = pages[index];
    window_.setCurrentPage(page);
    labClock_.start();
    if (auto* sweep = qobject_cast<SweepLabPage*>(page)) {
        if (!sweep->runExperiment()) {
            finishLab(index, false, QStringLiteral("a sweep that did not start"));
            return;
        }
        waitFor([sweep] { return !sweep->experimentRunning(); },
                [this, index, page](bool done) {
                    showViews(page, 0, [this, index, done] {
                        finishLab(index, done, QStringLiteral("its default sweep"));
                    });
                });
        return;
    }
    session::TrainingSession* session = window_.currentSession();
    if (!session) {
        showViews(page, 0, [this, index] { finishLab(index, true, QStringLiteral("its views")); });
        return;
    }
    session->setPauseAtStep(0);
    session->step(kTrainingSteps);
    waitFor(
        [session] {
            const auto latest = session->latest();
            return latest && (latest->step >= kTrainingSteps || latest->diverged);
        },
        [this, index, page](bool done) {
            showViews(page, 0, [this, index, done] {
                finishLab(index, done, QStringLiteral("%1 steps").arg(kTrainingSteps));
            });
        });
}

void FootprintMeasurement::showViews(LabPage* page, int view, std::function<void()> then) {
    const QStringList views = session::course::labViews(page->labId());
    if (view >= views.size()) {
        then();
        return;
    }
    page->showView(views[view]);
    QTimer::singleShot(kViewShownMs, this, [this, page, view, then = std::move(then)]() mutable {
        showViews(page, view + 1, std::move(then));
    });
}

void FootprintMeasurement::finishLab(int index, bool completed, const QString& work) {
    const LabPage* page = window_.pages()[index];
    // The kernel folds page counts into its peak lazily, so the peak can
    // trail the resident set read just before: the true peak is the larger.
    const qint64 resident = residentBytes();
    report_.labs << FootprintReport::Lab{page->labId(), work,
                                         static_cast<double>(labClock_.elapsed()) / 1000.0,
                                         resident, std::max<qint64>(resident, peakResidentBytes()),
                                         completed};
    useLab(index + 1);
}

void FootprintMeasurement::waitFor(std::function<bool()> check, std::function<void(bool)> then) {
    auto* poll = new QTimer(this);
    const auto finish = std::make_shared<std::function<void(bool)>>(std::move(then));
    connect(poll, &QTimer::timeout, this, [this, poll, check = std::move(check), finish] {
        const bool done = check();
        if (!done && labClock_.elapsed() < kLabTimeoutMs) return;
        poll->stop();
        poll->deleteLater();
        (*finish)(done);
    });
    poll->start(50);
}

}  // namespace normlab::app
