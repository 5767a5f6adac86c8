// A status message is composed again on a language change while it is the
// one shown, and left alone once another message replaced it.

#include "app/status_messages.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QEvent>
#include <QStatusBar>

namespace normlab::app {
namespace {

void changeLanguage(QStatusBar& bar) {
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&bar, &change);
}

TEST(StatusMessages, TheShownMessageIsComposedAgainOnALanguageChange) {
    QStatusBar bar;
    StatusMessages messages(&bar);
    QString language = QStringLiteral("en");
    int composed = 0;
    messages.show([&] {
        ++composed;
        return QStringLiteral("saved (%1)").arg(language);
    });
    EXPECT_EQ(bar.currentMessage(), QStringLiteral("saved (en)"));
    language = QStringLiteral("ko");
    changeLanguage(bar);
    EXPECT_EQ(bar.currentMessage(), QStringLiteral("saved (ko)"));
    EXPECT_EQ(composed, 2);
}

TEST(StatusMessages, AMessageShownSinceOrAClearedBarIsLeftAlone) {
    QStatusBar bar;
    StatusMessages messages(&bar);
    int composed = 0;
    messages.show([&] { return QStringLiteral("message %1").arg(++composed); });
    bar.showMessage(QStringLiteral("somebody else's"));
    changeLanguage(bar);
    EXPECT_EQ(bar.currentMessage(), QStringLiteral("somebody else's"));
    bar.clearMessage();
    changeLanguage(bar);
    EXPECT_TRUE(bar.currentMessage().isEmpty());
    EXPECT_EQ(composed, 1);
}

}  // namespace
}  // namespace normlab::app
