#pragma once
// Help > Keyboard shortcuts: every action that has a shortcut, in a table.

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QAction;
QT_END_NAMESPACE

namespace normlab::app {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
  public:
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

}  // namespace normlab::app
