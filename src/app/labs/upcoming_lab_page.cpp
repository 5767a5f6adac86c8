#include "app/labs/upcoming_lab_page.h"

#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace normlab::app {

UpcomingLabPage::UpcomingLabPage(QWidget* parent) : LabPage(parent) {
    controls_ = new QGroupBox(this);
    form_ = new QFormLayout(controls_);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    controls_->setEnabled(false);
    controls_->setMinimumWidth(280);

    auto* notice = new QFrame(this);
    notice->setObjectName(QStringLiteral("upcomingNotice"));
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setStyleSheet(QStringLiteral(
        "#upcomingNotice { background: palette(base); border: 1px dashed palette(mid); }"));
    heading_ = new QLabel(notice);
    QFont headingFont = heading_->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading_->setFont(headingFont);
    heading_->setWordWrap(true);
    body_ = new QLabel(notice);
    body_->setWordWrap(true);
    body_->setTextFormat(Qt::RichText);
    auto* noticeLayout = new QVBoxLayout(notice);
    noticeLayout->setContentsMargins(24, 24, 24, 24);
    noticeLayout->addStretch(1);
    noticeLayout->addWidget(heading_);
    noticeLayout->addSpacing(12);
    noticeLayout->addWidget(body_);
    noticeLayout->addStretch(2);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(controls_, 0, Qt::AlignTop);
    layout->addWidget(notice, 1);
}

void UpcomingLabPage::render(const session::SnapshotPtr& /*snapshot*/) {}

QLabel* UpcomingLabPage::addControl(QWidget* control, const QString& objectName) {
    control->setObjectName(objectName);
    auto* label = new QLabel(controls_);
    label->setBuddy(control);
    form_->addRow(label, control);
    return label;
}

void UpcomingLabPage::setNotice(const QString& heading, const QString& body) {
    heading_->setText(heading);
    body_->setText(body);
}

void UpcomingLabPage::setControlsTitle(const QString& title) { controls_->setTitle(title); }

}  // namespace normlab::app
