#include <QApplication>

#include "app/main_window.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("NormLab");
    QApplication::setOrganizationName("NormLab");
    normlab::app::MainWindow window;
    window.show();
    return QApplication::exec();
}
