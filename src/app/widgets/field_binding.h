#pragma once
// One schema field as a control, bound both ways to an ExperimentConfig.
// The schema decides the widget: a number box holding the exact value plus a
// slider to reach values (log or linear as the field's scale) for numbers, a
// combo box for an enum, a check box for a bool, a line edit for text and
// lists. A value the schema refuses is not applied: the widget keeps the last
// accepted value and an inline label shows why.

#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>

#include "session/experiment_config.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;
QT_END_NAMESPACE

namespace normlab::app {

class ExactSpinBox;
class MappedSlider;

class FieldBinding : public QObject {
    Q_OBJECT
  public:
    // `key` must be a field of `kind`'s schema (a programming error otherwise).
    FieldBinding(const QString& kind, const QString& key, QWidget* parent);
    ~FieldBinding() override;

    [[nodiscard]] const session::FieldSpec& spec() const { return *spec_; }
    [[nodiscard]] QString key() const;
    // The control to put in a form, and the label that explains a refusal
    // (hidden while there is nothing to explain).
    [[nodiscard]] QWidget* widget() const { return widget_; }
    [[nodiscard]] QLabel* errorLabel() const { return errorLabel_; }

    // config -> widget, exactly; `config` is of this binding's kind.
    void load(const session::ExperimentConfig& config);
    // widget -> config: the widget only ever holds an accepted value.
    void store(session::ExperimentConfig& config) const;
    [[nodiscard]] QJsonValue value() const { return value_; }
    // Shows `value` when the schema accepts it and returns an empty string;
    // otherwise changes nothing, shows the refusal and returns the schema's message.
    QString setValue(const QJsonValue& value);
    // A running experiment refused `requested` and went on with `kept`: a
    // number field still showing `requested` goes back to `kept`, without
    // edited(). Returns whether it went back (not when it has moved on since).
    bool revertRefused(double requested, double kept);
    // The schema's message for the last refused value, or empty.
    [[nodiscard]] QString error() const { return error_; }

    // The parts, for forms that place them and for tests (nullptr when absent).
    [[nodiscard]] ExactSpinBox* spinBox() const { return spin_; }
    [[nodiscard]] MappedSlider* slider() const { return slider_; }
    [[nodiscard]] QComboBox* comboBox() const { return combo_; }
    [[nodiscard]] QCheckBox* checkBox() const { return check_; }
    [[nodiscard]] QLineEdit* lineEdit() const { return line_; }

    // What the field means in the page's own words (translated by the page);
    // the tooltip puts it before the schema's description and range.
    void setExplanation(const QString& explanation);
    // Tooltip and choice names in the current language.
    void retranslate();
    // An enum field offers only these of its allowed values (a loaded value
    // outside them is still shown and kept).
    void setChoices(const QStringList& values);
    // Off: a dragged slider offers its value once, on release (for fields
    // whose change starts a new run); the number box is unaffected.
    void setTracking(bool tracking);

  Q_SIGNALS:
    // The user changed the value and the schema accepted it.
    void edited(const QJsonValue& value);
    // The user entered a value the schema refuses; `message` is the schema's.
    void refused(const QString& message);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void buildNumber();
    void buildChoice();
    // The combo's items: the offered choices, and the value when it is not one.
    void fillChoices();
    // A value the user entered: accepted and announced, or refused.
    void offer(const QJsonValue& candidate);
    // Puts value_ into every part of the widget without signals back.
    void show();
    void showRefusal(const QString& message, const QString& shownText);
    [[nodiscard]] QString valueText(const QJsonValue& value) const;
    [[nodiscard]] QJsonValue sliderCandidate(double sliderValue) const;
    [[nodiscard]] QJsonValue lineCandidate(const QString& text, QString* problem) const;

    const session::FieldSpec* spec_ = nullptr;
    // A config of this kind that checks candidates exactly as a file would be.
    session::ExperimentConfig scratch_;
    QJsonValue value_;
    QString error_;
    QString explanation_;
    QStringList choices_;
    bool showing_ = false;

    QWidget* widget_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QLabel* unit_ = nullptr;
    ExactSpinBox* spin_ = nullptr;
    MappedSlider* slider_ = nullptr;
    QComboBox* combo_ = nullptr;
    QCheckBox* check_ = nullptr;
    QLineEdit* line_ = nullptr;
};

}  // namespace normlab::app
