#include "app/gif/gif_recording.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalBlocker>
#include <QStatusBar>

#include "app/gif/gif_export_job.h"
#include "app/gif/gif_recorder.h"
#include "app/status_messages.h"

namespace normlab::app {

GifRecording::GifRecording(QWidget* window, QMenu* fileMenu, QAction* after,
                           StatusMessages* status, std::function<QWidget*()> viewInFront)
    : QObject(window),
      window_(window),
      status_(status),
      action_(new QAction(window)),
      label_(new QLabel(window)),
      recorder_(new GifRecorder(this)),
      job_(new GifExportJob(this)),
      viewInFront_(std::move(viewInFront)) {
    action_->setObjectName(QStringLiteral("actionRecordGif"));
    action_->setCheckable(true);
    action_->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+G")));
    action_->setShortcutContext(Qt::WindowShortcut);
    const QList<QAction*> actions = fileMenu->actions();
    const auto at = actions.indexOf(after);
    fileMenu->insertAction(at >= 0 && at + 1 < actions.size() ? actions[at + 1] : nullptr,
                           action_);
    window->addAction(action_);
    label_->setObjectName(QStringLiteral("gifRecordingLabel"));
    label_->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    label_->hide();
    status_->bar()->addPermanentWidget(label_);
    choosePath_ = [this] {
        return QFileDialog::getSaveFileName(window_, tr("Save the recording as an animated GIF"),
                                            QString(), tr("GIF images (*.gif)"));
    };
    connect(action_, &QAction::toggled, this, &GifRecording::setRecording);
    connect(recorder_, &GifRecorder::frameCaptured, this, &GifRecording::updateLabel);
    connect(recorder_, &GifRecorder::stoppedByItself, this, [this] { action_->setChecked(false); });
    connect(job_, &GifExportJob::progressed, this, [this](int done, int total) {
        if (!progress_) return;
        progress_->setMaximum(total);
        progress_->setValue(done);
    });
    connect(job_, &GifExportJob::finished, this, &GifRecording::writingFinished);
    window->installEventFilter(this);
    retranslate();
}

QProgressDialog* GifRecording::progressDialog() const { return progress_; }

void GifRecording::setRecording(bool on) {
    if (!on) {
        finish();
        return;
    }
    QWidget* view = viewInFront_ ? viewInFront_() : nullptr;
    if (!view || !view->isVisible()) {
        const QSignalBlocker block(action_);
        action_->setChecked(false);
        lastMessage_ = tr("This lab shows no view to record yet.");
        QMessageBox::warning(window_, tr("Recording failed"), lastMessage_);
        return;
    }
    recorder_->start(view);
    label_->show();
    updateLabel();
}

void GifRecording::showMessage(std::function<QString()> compose, int timeoutMs) {
    lastMessage_ = compose();
    status_->show(std::move(compose), timeoutMs);
}

void GifRecording::finish() {
    recorder_->stop();
    label_->hide();
    if (recorder_->frameCount() == 0) return;
    const QString path = choosePath_ ? choosePath_() : QString();
    if (path.isEmpty()) {
        showMessage([] { return tr("The recording was discarded."); }, 4000);
        Q_EMIT writingEnded();
        return;
    }
    progress_ = new QProgressDialog(tr("Writing the animated GIF…"), tr("Cancel"), 0,
                                    recorder_->frameCount(), window_);
    progress_->setWindowTitle(tr("Record animated GIF"));
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setMinimumDuration(400);
    progress_->setAutoReset(false);
    progress_->setAutoClose(false);
    connect(progress_, &QProgressDialog::canceled, job_, &GifExportJob::cancel);
    // No new recording until this one is written.
    action_->setEnabled(false);
    job_->start(recorder_->frames(), path);
}

void GifRecording::writingFinished(GifSaveResult result, const QString& error) {
    if (progress_) progress_->deleteLater();
    progress_ = nullptr;
    action_->setEnabled(true);
    const QString path = job_->path();
    switch (result) {
        case GifSaveResult::Written:
            showMessage([path] { return tr("Animated GIF written: %1").arg(path); }, 5000);
            break;
        case GifSaveResult::Cancelled:
            showMessage([] { return tr("Writing the GIF was cancelled; no file was written."); },
                        5000);
            break;
        case GifSaveResult::Failed:
            lastMessage_ = error;
            Q_EMIT writingEnded();
            QMessageBox::warning(window_, tr("Export failed"), error);
            return;
    }
    Q_EMIT writingEnded();
}

void GifRecording::updateLabel() {
    label_->setText(tr("● Recording GIF: %n frame(s)", nullptr, recorder_->frameCount()));
}

void GifRecording::retranslate() {
    action_->setText(tr("Record animated &GIF"));
    action_->setToolTip(
        tr("Records the view in front as the run plays; choose it again to stop and save the "
           "recording as an animated GIF for slides"));
    action_->setStatusTip(action_->toolTip());
    label_->setToolTip(tr("Choose File > Record animated GIF again (Ctrl+Shift+G) to stop"));
    if (recorder_->isRecording()) updateLabel();
}

bool GifRecording::eventFilter(QObject* watched, QEvent* event) {
    if (watched == window_ && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

}  // namespace normlab::app
