#include "app/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <algorithm>
#include <array>
#include <ctime>

#include "app/atomic_file.h"
#include "app/chart_view.h"
#include "app/course/classroom.h"
#include "app/course/course_controller.h"
#include "app/gif/gif_recording.h"
#include "app/labs/batch_norm_page.h"
#include "app/labs/batch_size/batch_size_page.h"
#include "app/labs/feature_scaling/feature_scaling_page.h"
#include "app/labs/lab_page.h"
#include "app/labs/sweep_lab_page.h"
#include "app/labs/training_lab_page.h"
#include "app/shortcuts_dialog.h"
#include "app/status_messages.h"
#include "ui_main_window.h"

namespace normlab::app {

namespace {
// Slider positions for the speed control; 0 = full speed.
constexpr std::array<int, 13> kSpeedSteps = {1,   2,   5,    10,   20,   50, 100,
                                             200, 500, 1000, 2000, 5000, 0};
constexpr double kPresentationScale = 1.5;

// CPU time of the calling thread: render cost without time lost to other processes.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

int sliderIndexFor(int stepsPerFrame) {
    if (stepsPerFrame <= 0) return static_cast<int>(kSpeedSteps.size()) - 1;
    for (std::size_t i = 0; i + 1 < kSpeedSteps.size(); ++i)
        if (kSpeedSteps[i] >= stepsPerFrame) return static_cast<int>(i);
    return static_cast<int>(kSpeedSteps.size()) - 2;
}
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow({new FeatureScalingPage, new BatchNormPage, new BatchSizePage}, parent) {
    Q_ASSERT(pages().size() == kLabCount);
}

MainWindow::MainWindow(const QList<LabPage*>& pages, QWidget* parent)
    : QMainWindow(parent), ui_(std::make_unique<Ui::MainWindow>()) {
    ui_->setupUi(this);
    normalFont_ = QApplication::font();
    setWindowIcon(QIcon(QStringLiteral(":/normlab/normlab.svg")));
    // Colours through the palette: a style sheet would stop presentation
    // mode's larger font from reaching the banner.
    QPalette warning = ui_->divergenceBanner->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    warning.setColor(QPalette::WindowText, QColor(0x7b, 0x1d, 0x14));
    ui_->divergenceBanner->setPalette(warning);
    ui_->divergenceBanner->hide();
    setUpPages(pages);
    setUpTransport();
    setUpMenus();
    retranslate();
    auto* statusTimer = new QTimer(this);
    connect(statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    statusTimer->start(500);
    onCurrentTabChanged();
}

MainWindow::~MainWindow() { stopAllSessions(); }

void MainWindow::setUpPages(const QList<LabPage*>& pages) {
    for (LabPage* page : pages) {
        // A scroll area keeps a lab usable when its controls need more room
        // than the window has (small projectors, presentation fonts).
        auto* scroll = new QScrollArea(ui_->labTabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        ui_->labTabs->addTab(scroll, page->title());
        if (auto* sweep = qobject_cast<SweepLabPage*>(page))
            connect(sweep, &SweepLabPage::runningChanged, this, &MainWindow::updateTransport);
        auto* training = qobject_cast<TrainingLabPage*>(page);
        if (!training) continue;
        connect(training, &TrainingLabPage::commandRequested, this,
                [this, page](const core::LabCommand& command) {
                    auto it = sessions_.find(page);
                    if (it != sessions_.end()) it->second->post(command);
                });
        connect(training, &TrainingLabPage::resetRequested, this, [this, training](const QString& reason) {
            LabPage* page = training;
            auto it = sessions_.find(page);
            if (it == sessions_.end()) return;
            bannerText_.erase(page);
            if (page == currentPage()) ui_->divergenceBanner->hide();
            it->second->setPauseAtStep(training->stepBudget());
            it->second->reset(training->createSession());
            statusMessages()->show([reason] { return tr("%1: the run starts again.").arg(reason); },
                                   5000);
        });
    }
    connect(ui_->labTabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
}

void MainWindow::setUpTransport() {
    ui_->actionPlayPause->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    ui_->actionStep->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    ui_->actionStepEpoch->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    ui_->actionReset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    speedLabel_ = new QLabel(this);
    speedSlider_ = new QSlider(Qt::Horizontal, this);
    speedSlider_->setObjectName(QStringLiteral("speedSlider"));
    speedSlider_->setRange(0, static_cast<int>(kSpeedSteps.size()) - 1);
    speedSlider_->setPageStep(1);
    speedSlider_->setFixedWidth(180);
    speedBox_ = new QSpinBox(this);
    speedBox_->setObjectName(QStringLiteral("speedBox"));
    speedBox_->setRange(0, 100000);
    speedBox_->setMinimumWidth(110);
    ui_->transportToolBar->addWidget(speedLabel_);
    ui_->transportToolBar->addWidget(speedSlider_);
    ui_->transportToolBar->addWidget(speedBox_);
    connect(speedSlider_, &QSlider::valueChanged, this,
            [this](int index) { setStepsPerFrame(kSpeedSteps[static_cast<std::size_t>(index)]); });
    connect(speedBox_, &QSpinBox::valueChanged, this, &MainWindow::setStepsPerFrame);
    setStepsPerFrame(10);

    connect(ui_->actionPlayPause, &QAction::triggered, this, [this] {
        if (auto* sweep = qobject_cast<SweepLabPage*>(currentPage())) {
            // A sweep plays once through: Play runs it, Pause cancels what is left.
            sweep->experimentRunning() ? sweep->cancelExperiment()
                                       : static_cast<void>(sweep->runExperiment());
            updateTransport();
        }
        if (auto* s = currentSession()) s->togglePlaying();
        updateTransport();
    });
    connect(ui_->actionStep, &QAction::triggered, this, &MainWindow::stepClicked);
    connect(ui_->actionStepEpoch, &QAction::triggered, this, [this] {
        if (auto* s = currentSession()) s->stepEpoch();
    });
    connect(ui_->actionReset, &QAction::triggered, this, &MainWindow::resetRun);
    connect(ui_->bannerResetButton, &QPushButton::clicked, this, &MainWindow::resetRun);
    // Dismissed stays dismissed, also after switching tabs and back.
    connect(ui_->bannerCloseButton, &QPushButton::clicked, this, [this] {
        bannerText_.erase(currentPage());
        divergenceBanner_.erase(currentPage());
        ui_->divergenceBanner->hide();
    });

    stepStatus_ = new QLabel(this);
    epochStatus_ = new QLabel(this);
    rateStatus_ = new QLabel(this);
    datasetStatus_ = new QLabel(this);
    for (QLabel* label : {stepStatus_, epochStatus_, rateStatus_, datasetStatus_}) {
        label->setMinimumWidth(90);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::setUpMenus() {
    ui_->actionOpenExperiment->setShortcut(QKeySequence::Open);
    ui_->actionSaveExperiment->setShortcut(QKeySequence::Save);
    ui_->actionSaveExperimentAs->setShortcut(QKeySequence::SaveAs);
    ui_->actionQuit->setShortcut(QKeySequence::Quit);
    ui_->actionShortcuts->setShortcut(QKeySequence::HelpContents);
    ui_->actionExportPng1x->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    ui_->actionExportCsv->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    // Text fields keep their own Ctrl+C: they claim it before a window shortcut.
    ui_->actionCopyChart->setShortcut(QKeySequence::Copy);
    QList<QKeySequence> fullScreen = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreen.contains(QKeySequence(Qt::Key_F11)))
        fullScreen.prepend(QKeySequence(Qt::Key_F11));
    ui_->actionPresentationMode->setShortcuts(fullScreen);

    connect(ui_->actionOpenDataset, &QAction::triggered, this, &MainWindow::openDatasetInteractive);
    connect(ui_->actionOpenExperiment, &QAction::triggered, this,
            &MainWindow::openExperimentInteractive);
    connect(ui_->actionSaveExperiment, &QAction::triggered, this,
            [this] { saveExperimentInteractive(false); });
    connect(ui_->actionSaveExperimentAs, &QAction::triggered, this,
            [this] { saveExperimentInteractive(true); });
    connect(ui_->actionExportPng1x, &QAction::triggered, this, [this] { exportFigure("png", 1); });
    connect(ui_->actionExportPng2x, &QAction::triggered, this, [this] { exportFigure("png", 2); });
    connect(ui_->actionExportPng3x, &QAction::triggered, this, [this] { exportFigure("png", 3); });
    connect(ui_->actionExportSvg, &QAction::triggered, this, [this] { exportFigure("svg", 1); });
    connect(ui_->actionExportCsv, &QAction::triggered, this, &MainWindow::exportCsvInteractive);
    connect(ui_->actionCopyChart, &QAction::triggered, this, [this] {
        QString error;
        if (copyChartToClipboard(&error))
            statusMessages()->show([] { return tr("Chart copied to the clipboard."); }, 3000);
        else
            showError(tr("Copy failed"), error);
    });
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionPresentationMode, &QAction::toggled, this, &MainWindow::setPresentationMode);
    auto* languages = new QActionGroup(this);
    languages->addAction(ui_->actionEnglish);
    languages->addAction(ui_->actionKorean);
    ui_->actionEnglish->setChecked(true);
    connect(ui_->actionEnglish, &QAction::triggered, this, [this] { setLanguage("en"); });
    connect(ui_->actionKorean, &QAction::triggered, this, [this] { setLanguage("ko"); });
    connect(ui_->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    classroom_ = new Classroom(this, ui_->menuFile, ui_->actionOpenExperiment, ui_->menuView);
    gifRecording_ = new GifRecording(this, ui_->menuFile, ui_->actionCopyChart, statusMessages(),
                                     [this] { return viewInFront(); });
}

void MainWindow::retranslate() {
    for (int i = 0; i < ui_->labTabs->count(); ++i)
        if (LabPage* page = pageAt(i)) ui_->labTabs->setTabText(i, page->title());
    speedLabel_->setText(tr(" Speed: "));
    const QString speedTip =
        tr("Steps per displayed frame (about 30 frames a second). Small values show training in "
           "slow motion; \"Full speed\" trains as fast as the computer can and shows the newest "
           "state each frame.");
    speedLabel_->setToolTip(speedTip);
    speedSlider_->setToolTip(speedTip);
    speedBox_->setToolTip(speedTip);
    speedBox_->setSpecialValueText(tr("Full speed"));
    speedBox_->setSuffix(tr(" steps/frame"));
    stepStatus_->setToolTip(tr("Optimisation steps taken in this run"));
    epochStatus_->setToolTip(tr("Passes over the training set (fractional)"));
    rateStatus_->setToolTip(tr("Training speed, measured on the worker thread"));
    datasetStatus_->setToolTip(tr("The data set the current lab trains on"));
    updateTransport();
    updateStatus();
}

QList<LabPage*> MainWindow::pages() const {
    QList<LabPage*> result;
    for (int i = 0; i < ui_->labTabs->count(); ++i)
        if (LabPage* page = pageAt(i)) result << page;
    return result;
}

LabPage* MainWindow::currentPage() const { return pageAt(ui_->labTabs->currentIndex()); }

void MainWindow::setCurrentPage(LabPage* page) {
    for (int i = 0; i < ui_->labTabs->count(); ++i)
        if (pageAt(i) == page) ui_->labTabs->setCurrentIndex(i);
}

LabPage* MainWindow::pageAt(int index) const {
    auto* scroll = qobject_cast<QScrollArea*>(ui_->labTabs->widget(index));
    return scroll ? qobject_cast<LabPage*>(scroll->widget()) : nullptr;
}

StatusMessages* MainWindow::statusMessages() {
    if (!statusMessages_) statusMessages_ = new StatusMessages(statusBar());
    return statusMessages_;
}

session::TrainingSession* MainWindow::currentSession() {
    auto* page = qobject_cast<TrainingLabPage*>(currentPage());
    if (!page) return nullptr;
    if (auto it = sessions_.find(page); it != sessions_.end()) return it->second.get();
    session::ExperimentFactory factory = page->createSession();
    if (!factory) return nullptr;
    auto owned = std::make_unique<session::TrainingSession>(std::move(factory));
    session::TrainingSession* s = owned.get();
    s->setStepsPerFrame(stepsPerFrame());
    s->setPauseAtStep(page->stepBudget());
    connect(s, &session::TrainingSession::pauseStepReached, this, [this, page](qint64 step) {
        statusMessages()->show([this, page, step] {
            const QString checkpoint = classroom_->controller()->pauseMessage(page, step);
            return !checkpoint.isEmpty()
                       ? checkpoint
                       : tr("Step %1: the experiment's step budget is reached, so the run "
                            "paused. Play continues past it.")
                             .arg(step);
        });
    });
    connect(s, &session::TrainingSession::snapshotReady, this,
            [this, page](const session::SnapshotPtr& snapshot) { onSnapshot(page, snapshot); });
    connect(s, &session::TrainingSession::playingChanged, this, &MainWindow::updateTransport);
    connect(s, &session::TrainingSession::diverged, this,
            [this, page](qint64 step, const QString& m) { onDiverged(page, step, m); });
    connect(s, &session::TrainingSession::commandRefused, page, &TrainingLabPage::showRefusal);
    connect(s, &session::TrainingSession::failed, this, [this, page](const QString& message) {
        bannerText_[page] = tr("The experiment could not be started: %1").arg(message);
        if (page == currentPage()) showBanner(bannerText_[page]);
    });
    sessions_.emplace(page, std::move(owned));
    return s;
}

void MainWindow::stopAllSessions() {
    for (auto& [page, s] : sessions_) s->stop();
}

void MainWindow::setStepsPerFrame(int steps) {
    steps = std::max(0, steps);
    const QSignalBlocker blockSlider(speedSlider_);
    const QSignalBlocker blockBox(speedBox_);
    speedSlider_->setValue(sliderIndexFor(steps));
    speedBox_->setValue(steps);
    for (auto& [page, s] : sessions_) s->setStepsPerFrame(steps);
}

int MainWindow::stepsPerFrame() const { return speedBox_->value(); }

void MainWindow::onCurrentTabChanged() {
    // Only the visible lab trains: the machine's cores go to what is shown.
    for (auto& [page, s] : sessions_)
        if (page != currentPage()) s->pause();
    auto it = bannerText_.find(currentPage());
    if (it != bannerText_.end())
        showBanner(it->second);
    else
        ui_->divergenceBanner->hide();
    currentSession();
    updateTransport();
    updateStatus();
}

void MainWindow::onSnapshot(TrainingLabPage* page, const session::SnapshotPtr& snapshot) {
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = threadCpuMs();
    page->render(snapshot);
    if (!snapshot->diverged && divergenceBanner_.erase(page) > 0) {
        bannerText_.erase(page);
        if (page == currentPage()) ui_->divergenceBanner->hide();
    }
    if (renderObserver_) {
        page->repaint();  // count the painting too, not just the series updates
        renderObserver_(static_cast<double>(clock.nsecsElapsed()) / 1e6, threadCpuMs() - cpuStart);
    }
    if (page == currentPage()) {
        stepStatus_->setText(tr("Step %1").arg(snapshot->step));
        epochStatus_->setText(tr("Epoch %1").arg(snapshot->epoch, 0, 'f', 2));
    }
}

void MainWindow::onDiverged(TrainingLabPage* page, qint64 step, const QString& message) {
    bannerText_[page] =
        tr("Training diverged at step %1 in \"%2\": %3. Nothing non-finite is drawn. Lower the "
           "learning rate and press Reset.")
            .arg(step)
            .arg(page->title(), message.isEmpty() ? tr("a value became infinite or NaN")
                                                  : page->describeDivergence(message));
    divergenceBanner_.insert(page);
    if (page == currentPage()) showBanner(bannerText_[page]);
    updateTransport();
}

void MainWindow::showBanner(const QString& text) {
    ui_->divergenceLabel->setText(text);
    ui_->divergenceBanner->show();
}

QString MainWindow::divergenceMessage() const {
    return ui_->divergenceBanner->isVisible() ? ui_->divergenceLabel->text() : QString();
}

void MainWindow::updateTransport() {
    LabPage* page = currentPage();
    auto* sweep = qobject_cast<SweepLabPage*>(page);
    // A training lab that cannot build its experiment yet gives an empty factory.
    const auto* training = qobject_cast<const TrainingLabPage*>(page);
    const bool trains = training && static_cast<bool>(training->createSession());
    const bool runnable = trains || sweep;
    auto it = sessions_.find(page);
    const bool playing =
        sweep ? sweep->experimentRunning() : it != sessions_.end() && it->second->isPlaying();
    for (QAction* a : {ui_->actionPlayPause, ui_->actionReset}) a->setEnabled(runnable);
    // A sweep has no steps to take one at a time.
    for (QAction* a : {ui_->actionStep, ui_->actionStepEpoch}) a->setEnabled(trains);
    ui_->actionPlayPause->setChecked(playing);
    ui_->actionPlayPause->setText(playing ? tr("&Pause") : tr("&Play"));
    ui_->actionPlayPause->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    // Sweep labs have metrics without a session; the export says when there are none yet.
    ui_->actionExportCsv->setEnabled(runnable || (page && !page->experimentKinds().isEmpty()));
    ui_->actionSaveExperiment->setEnabled(page && page->experimentConfig().has_value());
    ui_->actionSaveExperimentAs->setEnabled(ui_->actionSaveExperiment->isEnabled());
    ui_->menuExportFigure->setEnabled(page && !page->charts().isEmpty());
}

void MainWindow::updateStatus() {
    LabPage* page = currentPage();
    auto it = sessions_.find(page);
    // A lab without a training session (a sweep) reports its own progress.
    const auto* sweep = qobject_cast<const SweepLabPage*>(page);
    const QString pageStatus = sweep ? sweep->statusText() : QString();
    for (QLabel* label : {stepStatus_, epochStatus_, rateStatus_})
        label->setVisible(pageStatus.isEmpty());
    if (it == sessions_.end()) {
        stepStatus_->setText(tr("Step –"));
        epochStatus_->setText(tr("Epoch –"));
        rateStatus_->setText(tr("– steps/s"));
        datasetStatus_->setText(pageStatus.isEmpty() ? tr("No data set: this lab is not built yet")
                                                     : pageStatus);
        return;
    }
    session::TrainingSession* s = it->second.get();
    rateStatus_->setText(tr("%1 steps/s").arg(s->stepsPerSecond(), 0, 'f', 0));
    const QString dataset = s->datasetName();
    datasetStatus_->setText(dataset.isEmpty() ? QString() : tr("Data: %1").arg(dataset));
    if (const session::SnapshotPtr latest = s->latest()) {
        stepStatus_->setText(tr("Step %1").arg(latest->step));
        epochStatus_->setText(tr("Epoch %1").arg(latest->epoch, 0, 'f', 2));
    }
}

void MainWindow::stepClicked() {
    auto* s = currentSession();
    if (!s) return;
    if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
        s->stepEpoch();
    else
        s->step(1);
}

void MainWindow::resetRun() {
    if (auto* sweep = qobject_cast<SweepLabPage*>(currentPage())) {
        sweep->clearExperiment();
        updateTransport();
        return;
    }
    if (currentSession()) restartRun(currentPage());
}

session::TrainingSession* MainWindow::existingSession(LabPage* page) const {
    const auto it = sessions_.find(page);
    return it == sessions_.end() ? nullptr : it->second.get();
}

void MainWindow::restartRun(LabPage* lab) {
    auto* page = qobject_cast<TrainingLabPage*>(lab);
    session::TrainingSession* s = existingSession(page);
    if (!page || !s) return;
    bannerText_.erase(page);
    if (page == currentPage()) ui_->divergenceBanner->hide();
    s->setPauseAtStep(page->stepBudget());
    s->reset(page->createSession());
    updateTransport();
}

void MainWindow::setPresentationMode(bool on) {
    if (on == presentation_) return;
    presentation_ = on;
    const QSignalBlocker block(ui_->actionPresentationMode);
    ui_->actionPresentationMode->setChecked(on);
    QFont font = normalFont_;
    if (on) font.setPointSizeF(normalFont_.pointSizeF() * kPresentationScale);
    QApplication::setFont(font);
    const int icon = style()->pixelMetric(QStyle::PM_ToolBarIconSize);
    ui_->transportToolBar->setIconSize(on ? QSize(icon * 3 / 2, icon * 3 / 2) : QSize(icon, icon));
    speedSlider_->setFixedWidth(on ? 270 : 180);
    if (on) {
        wasMaximized_ = isMaximized();
        showFullScreen();
    } else if (wasMaximized_) {
        showMaximized();
    } else {
        showNormal();
    }
    // Deferred so that the font change and the new window state have landed.
    QTimer::singleShot(0, this, &MainWindow::relayoutForNewFont);
}

void MainWindow::relayoutForNewFont() {
    // When the window keeps its size (already the screen's size, or no window
    // manager) nothing re-lays out after the font change: the menu bar keeps
    // its old item rectangles, the toolbar cuts its labels and the charts wrap
    // their tick labels. Invalidate every layout, then hand every widget the
    // resize event that a real size change would have sent.
    const QList<QWidget*> widgets = findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        w->updateGeometry();
        if (w->layout()) w->layout()->invalidate();
    }
    layout()->activate();
    for (QWidget* w : widgets) {
        QResizeEvent resize(w->size(), w->size());
        QCoreApplication::sendEvent(w, &resize);
    }
}

bool MainWindow::setLanguage(const QString& code) {
    QCoreApplication::removeTranslator(&translator_);
    QCoreApplication::removeTranslator(&qtTranslator_);
    bool ok = true;
    if (code != QLatin1String("en")) {
        ok = translator_.load(QStringLiteral(":/i18n/normlab_%1.qm").arg(code));
        if (ok) QCoreApplication::installTranslator(&translator_);
        if (qtTranslator_.load(QStringLiteral("qtbase_%1").arg(code),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator_);
    } else if (translator_.load(QStringLiteral(":/i18n/normlab_en.qm"))) {
        QCoreApplication::installTranslator(&translator_);
    }
    language_ = ok ? code : QStringLiteral("en");
    ui_->actionKorean->setChecked(language_ == QLatin1String("ko"));
    ui_->actionEnglish->setChecked(language_ != QLatin1String("ko"));
    return ok;
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        retranslate();
        if (auto it = bannerText_.find(currentPage()); it != bannerText_.end())
            ui_->divergenceLabel->setText(it->second);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (savesSettingsOnClose_) {
        QSettings settings;
        saveSettings(settings);
    }
    // Workers stop before any widget they feed is destroyed.
    stopAllSessions();
    event->accept();
}

void MainWindow::saveSettings(QSettings& settings) const {
    settings.beginGroup(QStringLiteral("window"));
    // Full screen is a mode, not a geometry: store the normal one.
    if (!presentation_) settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("tab"), currentPage() ? currentPage()->labId() : QString());
    settings.setValue(QStringLiteral("stepsPerFrame"), stepsPerFrame());
    settings.setValue(QStringLiteral("language"), language_);
    settings.setValue(QStringLiteral("presentation"), presentation_);
    settings.setValue(QStringLiteral("experimentPath"), experimentPath_);
    settings.endGroup();
    for (const LabPage* page : pages()) page->saveSettings(settings);
}

void MainWindow::restoreSettings(QSettings& settings) {
    for (LabPage* page : pages()) page->restoreSettings(settings);
    settings.beginGroup(QStringLiteral("window"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const QString tab = settings.value(QStringLiteral("tab")).toString();
    // A first run opens on the course's start page.
    if (!settings.contains(QStringLiteral("tab"))) classroom_->showStartPage();
    for (LabPage* page : pages())
        if (page->labId() == tab) setCurrentPage(page);
    setStepsPerFrame(settings.value(QStringLiteral("stepsPerFrame"), stepsPerFrame()).toInt());
    const QString language = settings.value(QStringLiteral("language")).toString();
    if (!language.isEmpty() && language != language_) setLanguage(language);
    experimentPath_ = settings.value(QStringLiteral("experimentPath")).toString();
    const bool presentation = settings.value(QStringLiteral("presentation"), false).toBool();
    settings.endGroup();
    if (presentation) setPresentationMode(true);
}

void MainWindow::setRenderObserver(std::function<void(double, double)> observer) {
    renderObserver_ = std::move(observer);
}

void MainWindow::showError(const QString& title, const QString& text) {
    QMessageBox::warning(this, title, text);
}

bool MainWindow::exportMetricsCsv(const QString& path, QString* error) const {
    const LabPage* page = currentPage();
    const QString csv = page ? page->metricsCsv() : QString();
    if (csv.isEmpty()) {
        if (error) *error = tr("There are no metrics to export yet: run the lab first.");
        return false;
    }
    return writeFileAtomically(path, csv.toUtf8(), error);
}

void MainWindow::exportCsvInteractive() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export data as CSV"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportMetricsCsv(path, &error)) showError(tr("Export failed"), error);
}

ChartView* MainWindow::chartInFront() const {
    const LabPage* page = currentPage();
    if (!page) return nullptr;
    const QList<ChartView*> charts = page->charts();
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto* chart = qobject_cast<ChartView*>(w); chart && charts.contains(chart)) return chart;
    for (ChartView* chart : charts)
        if (chart->isVisible()) return chart;
    return nullptr;
}

QWidget* MainWindow::viewInFront() const {
    if (const LabPage* page = currentPage())
        if (QWidget* view = page->viewWidget(page->currentView()); view && view->isVisible())
            return view;
    return chartInFront();
}

bool MainWindow::copyChartToClipboard(QString* error) const {
    const ChartView* chart = chartInFront();
    if (!chart) {
        if (error) *error = tr("This lab shows no chart to copy yet.");
        return false;
    }
    QApplication::clipboard()->setImage(chart->renderImage(2.0));
    return true;
}

void MainWindow::exportFigure(const QString& format, qreal scale) {
    LabPage* page = currentPage();
    const QList<ChartView*> charts = page ? page->charts() : QList<ChartView*>{};
    if (charts.isEmpty()) {
        showError(tr("Export failed"), tr("This lab has no charts to export yet."));
        return;
    }
    ChartView* chart = charts.first();
    if (charts.size() > 1) {
        QStringList titles;
        for (const ChartView* c : charts) titles << c->title();
        bool ok = false;
        const QString choice =
            QInputDialog::getItem(this, tr("Export figure"), tr("Chart:"), titles,
                                  std::max(0, static_cast<int>(charts.indexOf(chartInFront()))),
                                  false, &ok);  // the chart in front is offered first
        if (!ok) return;
        chart = charts[titles.indexOf(choice)];
    }
    const bool svg = format == QLatin1String("svg");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export figure"), QString(),
                                     svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    QString error;
    const bool ok = svg ? chart->exportSvg(path, &error) : chart->exportPng(path, scale, &error);
    if (!ok) showError(tr("Export failed"), error);
}

bool MainWindow::openExperimentFile(const QString& path, QString* error, QString* warning) {
    // Parse and validate everything before touching any lab or run.
    std::optional<session::ExperimentConfig> config;
    try {
        config = session::ExperimentConfig::fromFile(path);
    } catch (const session::ConfigError& e) {
        if (error) *error = e.errors().join(QLatin1Char('\n'));
        return false;
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    // A data file that is gone would otherwise only show up in the lab,
    // after the run had already been replaced.
    if (config->has(QStringLiteral("data_path"))) {
        const QString data = config->getString(QStringLiteral("data_path"));
        if (!data.isEmpty() && !QFileInfo::exists(data)) {
            if (error)
                *error = tr("\"%1\" uses the data at %2, which does not exist. Nothing was "
                            "changed.")
                             .arg(path, data);
            return false;
        }
    }
    LabPage* target = nullptr;
    for (LabPage* page : pages())
        if (page->experimentKinds().contains(config->kind)) target = target ? target : page;
    if (!target) {
        if (error)
            *error = tr("\"%1\" is a \"%2\" experiment, which no lab in this window can run "
                        "yet.")
                         .arg(path, config->kind);
        return false;
    }
    target->applyExperimentConfig(*config);
    QString problem;
    if (!target->restoreResults(*config, &problem) && warning)
        *warning = tr("The saved results in %1 were not opened: %2. Its settings were.")
                       .arg(path, problem);
    setCurrentPage(target);
    experimentPath_ = path;
    restartRun(target);
    statusMessages()->show(
        [path, problem] {
            return problem.isEmpty()
                       ? tr("Opened %1").arg(path)
                       : tr("Opened the settings of %1, not its results: %2").arg(path, problem);
        },
        10000);
    Q_EMIT experimentOpened(path);
    return true;
}

bool MainWindow::saveExperimentFile(const QString& path, QString* error) {
    const LabPage* page = currentPage();
    const std::optional<session::ExperimentConfig> config =
        page ? page->experimentConfig() : std::nullopt;
    if (!config) {
        if (error) *error = tr("This lab has no experiment settings to save yet.");
        return false;
    }
    if (!writeFileAtomically(path, config->toJson(), error)) return false;
    experimentPath_ = path;
    statusMessages()->show([path] { return tr("Saved %1").arg(path); }, 5000);
    return true;
}

void MainWindow::openExperimentInteractive() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open experiment"), experimentPath_,
                                                      tr("Experiment files (*.json)"));
    if (path.isEmpty()) return;
    QString error, warning;
    if (!openExperimentFile(path, &error, &warning))
        showError(tr("Could not open the experiment"), error);
    else if (!warning.isEmpty())
        showError(tr("Results not opened"), warning);
}

void MainWindow::saveExperimentInteractive(bool askForName) {
    QString path = experimentPath_;
    if (askForName || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save experiment"), path,
                                            tr("Experiment files (*.json)"));
        if (path.isEmpty()) return;
    }
    QString error;
    if (!saveExperimentFile(path, &error)) showError(tr("Could not save the experiment"), error);
}

void MainWindow::openDatasetInteractive() {
    LabPage* lab = currentPage();
    const QString filter = lab ? lab->datasetFileFilter() : QString();
    if (filter.isEmpty()) {
        showError(tr("Open data set"), tr("The current lab does not load data files."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open data set"), {}, filter);
    if (path.isEmpty()) return;
    QString error;
    if (!lab->openDataset(path, &error)) showError(tr("Could not open the data set"), error);
}

void MainWindow::showShortcuts() {
    ShortcutsDialog dialog(findChildren<QAction*>(), this);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About NormLab"),
        tr("<h3>NormLab %1</h3><p>Live experiments on feature scaling, batch normalization "
           "and mini-batch size, for teaching.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

}  // namespace normlab::app
