// normlab's own command line: every option listed, bad input refused with
// exit code 2, and scripted runs that leave the user's settings alone.

#include "app/command_line_options.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFont>
#include <QSettings>
#include <memory>

#include "app/main_window.h"
#include "descent_demo_page.h"

namespace {

using normlab::app::CommandLineResult;
using normlab::app::parseCommandLine;

CommandLineResult parse(QStringList args) {
    args.prepend(QStringLiteral("normlab"));
    return parseCommandLine(args, 3);
}

TEST(CommandLineOptions, HelpListsEveryOptionAndExitsZero) {
    const auto r = parse({QStringLiteral("--help")});
    ASSERT_EQ(r.action, CommandLineResult::Action::PrintAndExit);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.text.startsWith(QLatin1String("Usage: normlab [options]"))) << r.text.toStdString();
    for (const char* option : {"--help", "--version", "--tab", "--subtab", "--presentation",
                               "--language", "--experiment", "--size", "--steps", "--screenshot",
                               "--measure", "--measure-footprint"})
        EXPECT_TRUE(r.text.contains(QLatin1String(option))) << option;
}

TEST(CommandLineOptions, VersionPrintsTheApplicationVersion) {
    const auto r = parse({QStringLiteral("--version")});
    ASSERT_EQ(r.action, CommandLineResult::Action::PrintAndExit);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.text.startsWith(QLatin1String("normlab "))) << r.text.toStdString();
}

TEST(CommandLineOptions, ReadsEveryValue) {
    const auto r = parse({"--tab", "2", "--subtab", "1", "--presentation", "--language", "ko",
                          "--experiment", "e.json", "--size", "1280x800", "--steps", "30",
                          "--screenshot", "s.png"});
    ASSERT_EQ(r.action, CommandLineResult::Action::Run) << r.text.toStdString();
    const auto& o = r.options;
    EXPECT_EQ(o.tab, 2);
    EXPECT_EQ(o.subtab, 1);
    EXPECT_TRUE(o.presentation);
    EXPECT_EQ(o.language, QLatin1String("ko"));
    EXPECT_EQ(o.experiment, QLatin1String("e.json"));
    EXPECT_EQ(o.size, QSize(1280, 800));
    EXPECT_EQ(o.steps, 30);
    EXPECT_EQ(o.screenshot, QLatin1String("s.png"));
    EXPECT_TRUE(o.scripted());
}

TEST(CommandLineOptions, QtsOwnOptionsAreLeftToQt) {
    const auto r = parse({"-platform", "offscreen", "--tab", "1"});
    ASSERT_EQ(r.action, CommandLineResult::Action::Run) << r.text.toStdString();
    EXPECT_EQ(r.options.tab, 1);
}

TEST(CommandLineOptions, NoOptionsIsAnInteractiveRun) {
    const auto r = parse({});
    ASSERT_EQ(r.action, CommandLineResult::Action::Run);
    EXPECT_FALSE(r.options.scripted());
    EXPECT_EQ(r.options.tab, -1);
}

TEST(CommandLineOptions, MeasureWithAndWithoutSeconds) {
    EXPECT_DOUBLE_EQ(parse({"--measure"}).options.measureSeconds, 5.0);
    EXPECT_DOUBLE_EQ(parse({"--measure=6"}).options.measureSeconds, 6.0);
    EXPECT_DOUBLE_EQ(parse({"--measure", "2.5"}).options.measureSeconds, 2.5);
    EXPECT_TRUE(parse({"--measure"}).options.scripted());
}

TEST(CommandLineOptions, MeasureFootprintIsAScriptedRunOfItsOwn) {
    const auto r = parse({"--measure-footprint", "--size", "1920x1080"});
    ASSERT_EQ(r.action, CommandLineResult::Action::Run) << r.text.toStdString();
    EXPECT_TRUE(r.options.measureFootprint);
    EXPECT_TRUE(r.options.scripted());
    EXPECT_FALSE(parse({}).options.measureFootprint);
}

TEST(CommandLineOptions, BadInputIsRefusedWithExitCodeTwoAndAReason) {
    const std::vector<std::pair<QStringList, const char*>> cases = {
        {{"--bogus"}, "bogus"},
        {{"--tab", "3"}, "--tab"},
        {{"--tab", "one"}, "--tab"},
        {{"--tab"}, "tab"},
        {{"--steps", "0"}, "--steps"},
        {{"--size", "1280"}, "--size"},
        {{"--size", "axb"}, "--size"},
        {{"--language", "fr"}, "--language"},
        {{"--measure=0"}, "--measure"},
        {{"--screenshot", ""}, "--screenshot"},
        {{"--measure-footprint", "--measure"}, "--measure-footprint"},
        {{"--measure-footprint", "--screenshot", "a.png"}, "--measure-footprint"},
        {{"stray"}, "stray"},
    };
    for (const auto& [args, mention] : cases) {
        const auto r = parse(args);
        ASSERT_EQ(r.action, CommandLineResult::Action::PrintAndExit) << args.join(' ').toStdString();
        EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_TRUE(r.text.contains(QLatin1String(mention))) << r.text.toStdString();
        EXPECT_TRUE(r.text.contains(QLatin1String("--help"))) << r.text.toStdString();
    }
}

TEST(CommandLineOptions, AWindowThatDoesNotSaveSettingsLeavesThemAlone) {
    // Presentation mode enlarges the application's font; the tests after this one get it back.
    const QFont normal = QApplication::font();
    const std::unique_ptr<const QFont, void (*)(const QFont*)> restore(
        &normal, [](const QFont* font) { QApplication::setFont(*font); });
    QSettings().clear();
    {
        normlab::app::MainWindow window(QList<normlab::app::LabPage*>{new normlab::app::DescentDemoPage});
        window.setSavesSettingsOnClose(false);
        window.setPresentationMode(true);
        window.show();
        window.close();
    }
    EXPECT_TRUE(QSettings().allKeys().isEmpty()) << QSettings().allKeys().join(',').toStdString();
    {
        normlab::app::MainWindow window(QList<normlab::app::LabPage*>{new normlab::app::DescentDemoPage});
        window.show();
        window.close();
    }
    // The same window saves them when it is allowed to: the check above can fail.
    EXPECT_TRUE(QSettings().contains(QStringLiteral("window/presentation")));
    QSettings().clear();
}

}  // namespace
