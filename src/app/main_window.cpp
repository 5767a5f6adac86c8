#include "app/main_window.h"

#include <QLabel>

namespace normlab::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("NormLab"));
    auto* label = new QLabel(tr("NormLab: the labs are being built."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1280, 800);
}

}  // namespace normlab::app
