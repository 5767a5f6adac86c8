#pragma once
// A number box that holds any double exactly (0.95 stays 0.95, 1e-7 stays
// 1e-7) and shows it in its shortest form. It never clamps: its range is
// effectively unbounded, and whoever owns it checks values against the
// schema. Steps are linear, or multiply by a tenth of a decade on a log field.

#include <QDoubleSpinBox>

namespace normlab::app {

class ExactSpinBox : public QDoubleSpinBox {
    Q_OBJECT
  public:
    explicit ExactSpinBox(QWidget* parent = nullptr);

    // Whole numbers only (an int field).
    void setIntegral(bool integral) { integral_ = integral; }
    [[nodiscard]] bool isIntegral() const { return integral_; }
    // Steps multiply the value instead of adding singleStep().
    void setLogarithmic(bool logarithmic) { logarithmic_ = logarithmic; }
    // A word shown for one value, and read back as it ("full" for a batch of 0).
    void setValueName(double value, const QString& name);

    [[nodiscard]] QString textFromValue(double value) const override;
    [[nodiscard]] double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void stepBy(int steps) override;

    // The shortest text that reads back as exactly `value`.
    [[nodiscard]] static QString exactText(double value);

  private:
    bool integral_ = false;
    bool logarithmic_ = false;
    double namedValue_ = 0.0;
    QString valueName_;
};

}  // namespace normlab::app
