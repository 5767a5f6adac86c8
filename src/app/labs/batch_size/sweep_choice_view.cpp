#include "app/labs/batch_size/sweep_choice_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace normlab::app {

SweepChoiceView::SweepChoiceView(const QString& objectName, int choices, QWidget* parent)
    : QWidget(parent), choiceLabel_(new QLabel), choice_(new QComboBox) {
    choice_->setObjectName(objectName);
    for (int i = 0; i < choices; ++i) choice_->addItem(QString());
    choiceLabel_->setBuddy(choice_);
    connect(choice_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    column_ = new QVBoxLayout(this);
    column_->setContentsMargins(0, 4, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(choiceLabel_);
    row->addWidget(choice_);
    row->addStretch(1);
    column_->addLayout(row);
}

void SweepChoiceView::setSweep(const session::SweepSnapshot& sweep) {
    sweep_ = std::make_shared<const session::SweepSnapshot>(sweep);
    redraw();
}

}  // namespace normlab::app
