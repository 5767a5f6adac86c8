#include "upcoming_lab_page.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace normlab::app {

UpcomingLabPage::UpcomingLabPage(QWidget* parent) : LabPage(parent) {
    controls_ = new QGroupBox(this);
    form_ = new QFormLayout(controls_);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    controls_->setEnabled(false);
    controls_->setMinimumWidth(280);

    // Palette, not a style sheet: style sheets stop the application font
    // from reaching these labels, and presentation mode must enlarge them.
    auto* notice = new QFrame(this);
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setAutoFillBackground(true);
    notice->setBackgroundRole(QPalette::Base);
    heading_ = new QLabel(notice);
    heading_->setWordWrap(true);
    body_ = new QLabel(notice);
    body_->setWordWrap(true);
    body_->setTextFormat(Qt::RichText);
    auto* text = new QVBoxLayout;
    text->addStretch(1);
    text->addWidget(heading_);
    text->addSpacing(12);
    text->addWidget(body_);
    text->addStretch(2);
    auto* noticeLayout = new QHBoxLayout(notice);
    noticeLayout->setContentsMargins(24, 24, 24, 24);
    noticeLayout->addStretch(1);
    noticeLayout->addLayout(text, 8);
    noticeLayout->addStretch(1);
    updateFonts();

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(controls_, 0, Qt::AlignTop);
    layout->addWidget(notice, 1);
}

void UpcomingLabPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateFonts();
    LabPage::changeEvent(event);
}

void UpcomingLabPage::updateFonts() {
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(font().pointSizeF() * 1.4);
    heading_->setFont(headingFont);
    // Lines of about 75 characters read best, however wide the window.
    const int lineWidth = fontMetrics().averageCharWidth() * 75;
    heading_->setMaximumWidth(lineWidth);
    body_->setMaximumWidth(lineWidth);
}

QLabel* UpcomingLabPage::addControl(QWidget* control, const QString& objectName) {
    control->setObjectName(objectName);
    auto* label = new QLabel(controls_);
    label->setBuddy(control);
    form_->addRow(label, control);
    return label;
}

QComboBox* UpcomingLabPage::addComboBox(const QString& objectName, int items, QLabel** label) {
    auto* box = new QComboBox(this);
    for (int i = 0; i < items; ++i) box->addItem(QString());
    *label = addControl(box, objectName);
    return box;
}

QDoubleSpinBox* UpcomingLabPage::addDoubleSpinBox(const QString& objectName, double min, double max,
                                                  double value, int decimals, QLabel** label) {
    auto* box = new QDoubleSpinBox(this);
    box->setDecimals(decimals);
    box->setRange(min, max);
    box->setValue(value);
    *label = addControl(box, objectName);
    return box;
}

QSpinBox* UpcomingLabPage::addSpinBox(const QString& objectName, int min, int max, int value,
                                      QLabel** label) {
    auto* box = new QSpinBox(this);
    box->setRange(min, max);
    box->setValue(value);
    *label = addControl(box, objectName);
    return box;
}

void UpcomingLabPage::setNotice(const QString& heading, const QString& body) {
    heading_->setText(heading);
    body_->setText(body);
}

void UpcomingLabPage::setControlsTitle(const QString& title) { controls_->setTitle(title); }

}  // namespace normlab::app
