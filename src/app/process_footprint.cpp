#include "app/process_footprint.h"

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace normlab::app {

std::int64_t peakResidentBytes() {
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
    return static_cast<std::int64_t>(usage.ru_maxrss) * 1024;  // Linux gives KiB
}

std::int64_t residentBytes() {
    std::ifstream statm("/proc/self/statm");
    std::int64_t sizePages = 0, residentPages = 0;
    if (!(statm >> sizePages >> residentPages)) return 0;
    return residentPages * static_cast<std::int64_t>(sysconf(_SC_PAGESIZE));
}

double secondsSinceProcessStart() {
    std::ifstream file("/proc/self/stat");
    std::string line;
    if (!std::getline(file, line)) return -1;
    // Field 2 is the command in parentheses and may hold spaces: count the
    // fields after its closing one. starttime is field 22, in clock ticks
    // since boot.
    const auto close = line.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream rest(line.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 22; ++i)
        if (!(rest >> field)) return -1;
    const double startTicks = std::stod(field);
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0) return -1;
    const double sinceBoot = static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
    return sinceBoot - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

}  // namespace normlab::app
