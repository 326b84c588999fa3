#include "common/QuitOnSignal.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

namespace pulsedesk {

namespace {

std::atomic<int> g_stopSignal {0};

void onSignal(int signal)
{
    g_stopSignal = signal;
}

} // namespace

QuitOnSignal::QuitOnSignal()
{
    g_stopSignal = 0;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QObject::connect(&m_check, &QTimer::timeout, &m_check, [] {
        if (g_stopSignal != 0)
            QCoreApplication::quit();
    });
    m_check.start(50);
}

QuitOnSignal::~QuitOnSignal()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace pulsedesk
