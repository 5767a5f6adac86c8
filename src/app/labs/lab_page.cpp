#include "app/labs/lab_page.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>

#include "app/chart_view.h"
#include "session/course/course.h"

namespace normlab::app {

LabPage::LabPage(QWidget* parent) : QWidget(parent) {}

int LabPage::heightForWidth(int width) const {
    return layout() ? layout()->totalMinimumHeightForWidth(width) : QWidget::heightForWidth(width);
}

QList<ChartView*> LabPage::charts() const { return findChildren<ChartView*>(); }

namespace {

// The stacks between `view` and `page`, each with its child that holds
// `view`: a tab widget's own stack stands for the tab widget.
template <typename Visit>
void forEachStackAbove(QWidget* view, const QWidget* page, Visit visit) {
    for (QWidget* child = view; child && child != page; child = child->parentWidget())
        if (auto* stack = qobject_cast<QStackedWidget*>(child->parentWidget()))
            visit(stack, qobject_cast<QTabWidget*>(stack->parentWidget()), child);
}

}  // namespace

bool LabPage::showView(const QString& name) {
    QWidget* view = viewWidget(name);
    if (!view) return false;
    forEachStackAbove(view, this, [](QStackedWidget* stack, QTabWidget* tabs, QWidget* child) {
        if (tabs)
            tabs->setCurrentWidget(child);  // the tab bar follows
        else
            stack->setCurrentWidget(child);
    });
    return true;
}

QString LabPage::currentView() const {
    for (const QString& name : session::course::labViews(labId())) {
        QWidget* view = viewWidget(name);
        bool inFront = view != nullptr;
        forEachStackAbove(view, this, [&](QStackedWidget* stack, QTabWidget*, QWidget* child) {
            inFront = inFront && stack->currentWidget() == child;
        });
        if (inFront) return name;
    }
    return {};
}

QWidget* LabPage::viewWidget(const QString& /*name*/) const { return nullptr; }

bool LabPage::showAdjacentView(int delta) {
    const QStringList views = session::course::labViews(labId());
    if (views.size() < 2) return false;
    const auto n = views.size();
    const qsizetype at = std::max<qsizetype>(0, views.indexOf(currentView()));
    for (qsizetype k = 1; k < n; ++k) {
        const qsizetype next = ((at + (delta > 0 ? k : -k)) % n + n) % n;
        if (showView(views[next])) return true;
    }
    return false;
}

void LabPage::saveSettings(QSettings& settings) const {
    settings.beginGroup(labId());
    for (const QWidget* w : findChildren<QWidget*>()) {
        const QString key = w->objectName();
        if (key.isEmpty() || key.startsWith(QLatin1String("qt_"))) continue;
        if (const auto* s = qobject_cast<const QDoubleSpinBox*>(w))
            settings.setValue(key, s->value());
        else if (const auto* i = qobject_cast<const QSpinBox*>(w))
            settings.setValue(key, i->value());
        else if (const auto* c = qobject_cast<const QComboBox*>(w))
            settings.setValue(key, c->currentIndex());
        else if (const auto* b = qobject_cast<const QAbstractButton*>(w); b && b->isCheckable())
            settings.setValue(key, b->isChecked());
        else if (const auto* sl = qobject_cast<const QAbstractSlider*>(w))
            settings.setValue(key, sl->value());
        else if (const auto* e = qobject_cast<const QLineEdit*>(w))
            settings.setValue(key, e->text());
    }
    settings.endGroup();
}

void LabPage::restoreSettings(QSettings& settings) {
    settings.beginGroup(labId());
    for (QWidget* w : findChildren<QWidget*>()) {
        const QString key = w->objectName();
        if (key.isEmpty() || !settings.contains(key)) continue;
        const QVariant value = settings.value(key);
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w))
            s->setValue(value.toDouble());
        else if (auto* i = qobject_cast<QSpinBox*>(w))
            i->setValue(value.toInt());
        else if (auto* c = qobject_cast<QComboBox*>(w)) {
            const int index = value.toInt();
            if (index >= 0 && index < c->count()) c->setCurrentIndex(index);
        } else if (auto* b = qobject_cast<QAbstractButton*>(w); b && b->isCheckable())
            b->setChecked(value.toBool());
        else if (auto* sl = qobject_cast<QAbstractSlider*>(w))
            sl->setValue(value.toInt());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            e->setText(value.toString());
    }
    settings.endGroup();
}

void LabPage::saveExperimentSetting(QSettings& settings, const session::ExperimentConfig& config,
                                    const QString& name) const {
    settings.setValue(labId() + QLatin1Char('/') + name, config.toJson());
}

std::optional<session::ExperimentConfig> LabPage::savedExperimentSetting(
    QSettings& settings, const QString& name) const {
    const QByteArray json = settings.value(labId() + QLatin1Char('/') + name).toByteArray();
    if (json.isEmpty()) return std::nullopt;
    try {
        return session::ExperimentConfig::fromJson(json, tr("saved settings"));
    } catch (const session::ConfigError&) {
        return std::nullopt;  // settings from another version: the lab keeps its defaults
    }
}

void LabPage::applyExperimentConfig(const session::ExperimentConfig& /*config*/) {}

void LabPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

bool LabPage::openDataset(const QString& /*path*/, QString* error) {
    if (error) *error = tr("This lab does not load data files.");
    return false;
}

}  // namespace normlab::app
