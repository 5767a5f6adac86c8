#include "app/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScreen>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace normlab::app {

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(0, 3, this);
    table->setHorizontalHeaderLabels({tr("Shortcut"), tr("Command"), tr("What it does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QAction* action : actions) {
        if (action->shortcuts().isEmpty()) continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        table->setItem(row, 1, new QTableWidgetItem(action->iconText()));
        table->setItem(row, 2, new QTableWidgetItem(action->toolTip()));
    }
    // Not an action: Shift while clicking Step runs a whole epoch.
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(tr("Shift+click Step")));
    table->setItem(row, 1, new QTableWidgetItem(tr("Step epoch")));
    table->setItem(row, 2, new QTableWidgetItem(tr("Run one epoch instead of one step")));
    // Nothing is cut off: the first two columns fit their text, the last one
    // wraps at a readable width, and the table is wide and tall enough for
    // every row (up to the screen's size).
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->resizeColumnsToContents();
    table->setColumnWidth(2, std::min(table->columnWidth(2), 40 * fontMetrics().averageCharWidth()));
    table->resizeRowsToContents();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    int width = 2 * table->frameWidth() + scrollBar + 4;
    for (int c = 0; c < table->columnCount(); ++c) width += table->columnWidth(c);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() + 4;
    for (int r = 0; r < table->rowCount(); ++r) height += table->rowHeight(r);
    const QRect screen = parent && parent->screen() ? parent->screen()->availableGeometry()
                                                    : QRect(0, 0, 1920, 1080);
    table->setMinimumWidth(std::min(width, screen.width() * 9 / 10));
    table->setMinimumHeight(std::min(height, screen.height() * 3 / 4));
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    adjustSize();
}

}  // namespace normlab::app
