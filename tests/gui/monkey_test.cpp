// Seeded random input over every visible widget of every lab while training
// runs: clicks, keys, slider drags, typed values, tab switches, menu actions
// and the dialogs they open (closed again at once). After each action the
// window must still answer, the current lab's run must still take a step, and
// the process's memory must stay within a bound.
//
// NORMLAB_MONKEY_ACTIONS=N runs N actions (default 200, a few seconds);
// NORMLAB_MONKEY_SEED=S replays one seed (a long run picks a fresh seed).
// A failure prints the seed, the action and the last actions before it.

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <cstdint>
#include <deque>
#include <iterator>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "app/labs/lab_page.h"
#include "app/main_window.h"
#include "session/dataset_cache.h"
#include "session/training_session.h"

namespace {

using normlab::app::LabPage;
using normlab::app::MainWindow;
using normlab::session::TrainingSession;

constexpr int kDefaultActions = 200;
constexpr std::int64_t kRssBoundKiB = 1536 * 1024;  // growth allowed over the start
constexpr int kAnswerMs = 10000;                    // a stuck window fails, a slow one not
constexpr int kFreshMs = 500;                        // a rebuilt run's first snapshot
constexpr int kLoadMs = 300000;                     // a data set's load, however busy the machine

std::int64_t residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toLongLong();
    return 0;
}

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// Closes whatever a random action opened: dialogs (modal ones run their own
// event loop, in which this timer keeps firing), menus, popups.
class PopupCloser : public QObject {
  public:
    explicit PopupCloser(QWidget* window) : window_(window) {
        connect(&timer_, &QTimer::timeout, this, [this] { closeAll(); });
        timer_.start(10);
    }
    void closeAll() {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w == window_ || !w->isVisible()) continue;
            if (auto* dialog = qobject_cast<QDialog*>(w)) {
                dialog->reject();
                ++closed;
            } else {
                w->close();
                w->hide();
            }
        }
    }
    int closed = 0;

  private:
    QWidget* window_;
    QTimer timer_;
};

// A session's rebuilds and failures, to tell a stuck run from a failed one
// (a lab whose controls ask for impossible data says so and waits for a fix).
struct SessionState {
    int rebuilds = 0;
    bool failed = false;
    // The newest snapshot when the last rebuild was heard of: until the new
    // run publishes, the worker still hands out the old run's, whose step
    // the new run may reach again and so seem not to move.
    const void* beforeRebuild = nullptr;
};

class GuiMonkey : public ::testing::Test {
  protected:
    void SetUp() override {
        qputenv("NORMLAB_CACHE_DIR", "off");
        window = std::make_unique<MainWindow>();
        window->setSavesSettingsOnClose(false);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        closer = std::make_unique<PopupCloser>(window.get());
    }
    void TearDown() override {
        closer.reset();
        window.reset();
    }

    template <class T>
    std::vector<T*> visible() const {
        std::vector<T*> out;
        for (T* w : window->findChildren<T*>())
            if (w->isVisible() && w->isEnabled() && w->window() == window.get()) out.push_back(w);
        return out;
    }
    template <class T>
    T* pick(const std::vector<T*>& from) {
        if (from.empty()) return nullptr;
        return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
    }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

    static QString nameOf(const QObject* o) {
        return QString::fromLatin1(o->metaObject()->className()) + QLatin1Char('(') +
               o->objectName() + QLatin1Char(')');
    }

    // One random action; returns what it did, for the failure report.
    QString act() {
        switch (uniform(0, 9)) {
            case 0: {  // a lab
                auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("labTabs"));
                const int i = uniform(0, tabs->count() - 1);
                tabs->setCurrentIndex(i);
                play();
                return QStringLiteral("lab %1").arg(i);
            }
            case 1: {  // a view tab inside a lab
                QTabBar* bar = pick(visible<QTabBar>());
                if (!bar || bar->count() == 0) return QStringLiteral("no tab bar");
                const int i = uniform(0, bar->count() - 1);
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                return QStringLiteral("tab %1 of %2").arg(i).arg(nameOf(bar));
            }
            case 2:
            case 3: {
                QAbstractButton* b = pick(visible<QAbstractButton>());
                if (!b) return QStringLiteral("no button");
                QTest::mouseClick(b, Qt::LeftButton, {}, b->rect().center());
                return QStringLiteral("click %1 '%2'").arg(nameOf(b), b->text());
            }
            case 4: {  // a slider dragged from one point to another
                QAbstractSlider* s = pick(visible<QAbstractSlider>());
                if (!s) return QStringLiteral("no slider");
                const QPoint from(uniform(0, s->width() - 1), uniform(0, s->height() - 1));
                const QPoint to(uniform(0, s->width() - 1), uniform(0, s->height() - 1));
                QTest::mousePress(s, Qt::LeftButton, {}, from);
                QTest::mouseMove(s, (from + to) / 2);
                QTest::mouseMove(s, to);
                QTest::mouseRelease(s, Qt::LeftButton, {}, to);
                return QStringLiteral("drag %1").arg(nameOf(s));
            }
            case 5: {  // a typed value: in range, out of range, or not a number
                QWidget* field = nullptr;
                if (uniform(0, 1) == 0)
                    field = pick(visible<QAbstractSpinBox>());
                else
                    field = pick(visible<QLineEdit>());
                if (!field) return QStringLiteral("no field");
                static const char* const texts[] = {"0", "1", "-1", "0.5", "1e-9", "1e9", "abc",
                                                    "", "12345678", "0.001", "3", "nan", "7,5"};
                const QString text = QString::fromLatin1(texts[uniform(0, static_cast<int>(std::size(texts)) - 1)]);
                field->setFocus();
                QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(field, text);
                QTest::keyClick(field, uniform(0, 1) ? Qt::Key_Return : Qt::Key_Tab);
                return QStringLiteral("type '%1' into %2").arg(text, nameOf(field));
            }
            case 6: {  // a combo box stepped by keys (its popup would grab the input)
                QComboBox* c = pick(visible<QComboBox>());
                if (!c) return QStringLiteral("no combo box");
                const Qt::Key key = uniform(0, 1) ? Qt::Key_Down : Qt::Key_Up;
                const int times = uniform(1, 3);
                for (int i = 0; i < times; ++i) QTest::keyClick(c, key);
                return QStringLiteral("combo %1 -> %2").arg(nameOf(c), c->currentText());
            }
            case 7: {  // a key to whatever has the focus, or a random widget
                static const Qt::Key keys[] = {Qt::Key_Space, Qt::Key_Return,   Qt::Key_Escape,
                                               Qt::Key_Left,  Qt::Key_Right,    Qt::Key_Up,
                                               Qt::Key_Down,  Qt::Key_PageUp,   Qt::Key_PageDown,
                                               Qt::Key_Home,  Qt::Key_End,      Qt::Key_Tab,
                                               Qt::Key_5,     Qt::Key_Backspace, Qt::Key_F5};
                const Qt::Key key = keys[uniform(0, static_cast<int>(std::size(keys)) - 1)];
                QWidget* target = QApplication::focusWidget();
                if (!target || uniform(0, 2) == 0) {
                    std::vector<QWidget*> all = visible<QWidget>();
                    target = pick(all);
                }
                if (!target) target = window.get();
                QTest::keyClick(target, key);
                return QStringLiteral("key %1 to %2").arg(static_cast<int>(key)).arg(nameOf(target));
            }
            case 8: {  // a menu or toolbar action, dialogs included
                std::vector<QAction*> actions;
                for (QAction* a : window->findChildren<QAction*>()) {
                    if (!a->isEnabled() || a->isSeparator() || a->menu()) continue;
                    if (a->objectName() == QLatin1String("actionQuit")) continue;
                    actions.push_back(a);
                }
                QAction* a = pick(actions);
                if (!a) return QStringLiteral("no action");
                a->trigger();
                return QStringLiteral("action %1").arg(a->objectName());
            }
            default: {  // a click anywhere in the window (charts, labels, splitters)
                const QPoint at(uniform(0, window->width() - 1), uniform(0, window->height() - 1));
                QWidget* w = window->childAt(at);
                if (!w) return QStringLiteral("click on nothing");
                QTest::mouseClick(w, uniform(0, 3) ? Qt::LeftButton : Qt::RightButton, {},
                                  w->mapFrom(window.get(), at));
                return QStringLiteral("click at %1,%2 on %3").arg(at.x()).arg(at.y()).arg(nameOf(w));
            }
        }
    }

    void play() {
        if (TrainingSession* s = window->currentSession()) s->play();
    }

    // The event loop answers a zero timer.
    bool answers() {
        bool fired = false;
        QTimer::singleShot(0, window.get(), [&] { fired = true; });
        return QTest::qWaitFor([&] { return fired; }, kAnswerMs);
    }

    SessionState& watch(TrainingSession* s) {
        auto it = sessions.find(s);
        if (it != sessions.end()) return it->second;
        SessionState& state = sessions[s];
        QObject::connect(s, &TrainingSession::experimentRebuilt, window.get(), [this, s] {
            ++sessions[s].rebuilds;
            sessions[s].failed = false;
            sessions[s].beforeRebuild = s->latest().get();
        });
        QObject::connect(s, &TrainingSession::failed, window.get(),
                         [this, s] { sessions[s].failed = true; });
        return state;
    }

    // The step of the run's newest snapshot; -1 when the run has published
    // none in time (a failed run has nothing to publish).
    std::int64_t workerStep(TrainingSession* s, int timeoutMs) {
        std::int64_t at = -1;
        (void)QTest::qWaitFor(
            [&] {
                if (const auto snap = s->latest()) at = snap->step;
                return at >= 0;
            },
            timeoutMs);
        return at;
    }

    // The current lab's run still steps: one more step than before, or a
    // rebuild or failure (new data, an impossible setting) in between.
    bool canStep(QString* why) {
        TrainingSession* s = window->currentSession();
        if (!s || s->isStopped()) return true;  // a lab without a run (a sweep page)
        SessionState& state = watch(s);
        // A step counted from the rebuilt run's own first snapshot (a run
        // that had already published when the rebuild was heard of has none
        // newer; its snapshot is then the one to count from).
        (void)QTest::qWaitFor(
            [&] { return s->latest() && s->latest().get() != state.beforeRebuild; }, kFreshMs);
        state.beforeRebuild = nullptr;
        const int rebuilds = state.rebuilds;
        const std::int64_t before = workerStep(s, kAnswerMs);
        if (before < 0) {
            if (state.failed || state.rebuilds != rebuilds) return true;
            // Still building: a run whose data is loading waits for the load
            // (slow on a busy machine, never endless); then it must get somewhere.
            const auto loading = [&] {
                const auto config = window->currentPage()->experimentConfig();
                auto& cache = normlab::session::DatasetCache::shared();
                return config && cache.isLoading(normlab::session::DatasetCache::keyOf(*config));
            };
            (void)QTest::qWaitFor([&] { return !loading(); }, kLoadMs);
            if (QTest::qWaitFor([&] { return state.failed || state.rebuilds != rebuilds; },
                                kAnswerMs * 3))
                return true;
            *why = QStringLiteral("the run answers no command and reports no failure");
            return false;
        }
        s->step(1);
        bool moved = false;
        (void)QTest::qWaitFor(
            [&] {
                const std::int64_t now = workerStep(s, 200);
                moved = (now >= 0 && now != before) || state.rebuilds != rebuilds || state.failed;
                return moved;
            },
            kAnswerMs);
        if (!moved) {
            const auto snap = s->latest();
            *why = QStringLiteral("no step after step(1) from step %1 (playing %2, diverged %3: %4)")
                       .arg(before)
                       .arg(s->isPlaying())
                       .arg(snap && snap->diverged)
                       .arg(snap ? QString::fromStdString(snap->divergence) : QString());
        }
        return moved;
    }

    std::unique_ptr<MainWindow> window;
    std::unique_ptr<PopupCloser> closer;
    std::map<TrainingSession*, SessionState> sessions;
    std::mt19937_64 rng;
};

TEST_F(GuiMonkey, RandomInputNeverLeavesALabStuck) {
    const int actions = envInt("NORMLAB_MONKEY_ACTIONS", kDefaultActions);
    const bool longRun = qEnvironmentVariableIsSet("NORMLAB_MONKEY_ACTIONS");
    const std::uint64_t seed = static_cast<std::uint64_t>(
        envInt("NORMLAB_MONKEY_SEED", longRun ? static_cast<int>(std::random_device{}() >> 1) : 17));
    rng.seed(seed);
    std::cout << "GuiMonkey seed " << seed << ", " << actions << " actions (replay: "
              << "NORMLAB_MONKEY_SEED=" << seed << " NORMLAB_MONKEY_ACTIONS=" << actions
              << " normlab_gui_tests --gtest_filter=GuiMonkey.*)\n";

    play();
    ASSERT_TRUE(answers());
    const std::int64_t startKiB = residentKiB();
    std::int64_t peakKiB = startKiB;
    std::deque<QString> recent;
    std::map<int, int> labVisits;
    auto* labs = window->findChild<QTabWidget*>(QStringLiteral("labTabs"));
    ASSERT_NE(labs, nullptr);
    for (int i = 0; i < actions; ++i) {
        // Every lab gets its turn, whatever the dice say.
        if (i % 25 == 0) {
            labs->setCurrentIndex((i / 25) % labs->count());
            play();
        }
        const QString did = act();
        recent.push_back(QStringLiteral("%1: %2").arg(i).arg(did));
        if (recent.size() > 12) recent.pop_front();
        ++labVisits[labs->currentIndex()];
        const auto report = [&](const QString& what) {
            QString last;
            for (const QString& r : recent) last += QStringLiteral("\n  ") + r;
            return QStringLiteral("seed %1, action %2: %3; last actions:%4")
                .arg(seed)
                .arg(i)
                .arg(what, last)
                .toStdString();
        };
        ASSERT_TRUE(answers()) << report(QStringLiteral("the window stopped answering"));
        QString why;
        ASSERT_TRUE(canStep(&why)) << report(QStringLiteral("lab %1 is stuck: %2")
                                                 .arg(labs->currentIndex())
                                                 .arg(why));
        const std::int64_t kib = residentKiB();
        peakKiB = std::max(peakKiB, kib);
        ASSERT_LT(kib - startKiB, kRssBoundKiB)
            << report(QStringLiteral("resident memory grew from %1 to %2 MiB")
                          .arg(startKiB / 1024)
                          .arg(kib / 1024));
    }
    EXPECT_EQ(static_cast<int>(labVisits.size()), labs->count());
    std::cout << "GuiMonkey: " << actions << " actions, " << closer->closed
              << " dialogs closed, resident memory " << startKiB / 1024 << " -> peak "
              << peakKiB / 1024 << " MiB\n";
}

}  // namespace
