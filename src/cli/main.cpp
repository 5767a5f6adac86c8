// normlab-cli: runs NormLab experiments without a window.
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("normlab-cli");
    std::fprintf(stderr, "normlab-cli: no commands yet\n");
    return 2;
}
