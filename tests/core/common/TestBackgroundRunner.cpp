#include "common/BackgroundRunner.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pulsedesk;

/// The workstation's one background thread: work runs off the calling thread, in order, and each answer comes
/// back on the context's thread; answers for a context that is gone are dropped; stop() runs the last job.
class TestBackgroundRunner : public QObject
{
    Q_OBJECT

private slots:
    void workRunsElsewhereInOrderAndAnswersComeBackHere()
    {
        BackgroundRunner runner;
        QSignalSpy idle(&runner, &BackgroundRunner::idle);
        QObject context;
        QList<int> answers;
        QList<Qt::HANDLE> workThreads;
        for (int i = 0; i < 20; ++i)
            runner.run(
                &context,
                [i, &workThreads] {
                    workThreads.append(QThread::currentThreadId());
                    return i * i;
                },
                [&answers](int square) {
                    QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
                    answers.append(square);
                });
        QCOMPARE(runner.pendingCount(), 20);
        QVERIFY(idle.wait(10'000));
        QCOMPARE(runner.pendingCount(), 0);
        QCOMPARE(answers.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(answers.at(i), i * i);
        for (Qt::HANDLE t : std::as_const(workThreads))
            QVERIFY(t != QThread::currentThreadId());
    }

    void anAnswerForAContextThatIsGoneIsDropped()
    {
        BackgroundRunner runner;
        QSignalSpy idle(&runner, &BackgroundRunner::idle);
        auto context = std::make_unique<QObject>();
        bool answered = false;
        std::atomic_bool release {false};
        runner.run(
            context.get(),
            [&release] {
                while (!release.load())
                    QThread::msleep(1);
                return 1;
            },
            [&answered](int) { answered = true; });
        context.reset(); // the screen that asked was closed while the work ran
        release.store(true);
        QVERIFY(idle.wait(10'000));
        QVERIFY(!answered);
    }

    void stopRunsTheLastJobAndIgnoresLaterWork()
    {
        BackgroundRunner runner;
        QObject context;
        std::atomic_int ran {0};
        runner.post([&ran] { ++ran; });
        bool lastRanOffThisThread = false;
        runner.stop([&ran, &lastRanOffThisThread, here = QThread::currentThreadId()] {
            lastRanOffThisThread = QThread::currentThreadId() != here;
            ++ran;
        });
        QCOMPARE(ran.load(), 2);
        QVERIFY(lastRanOffThisThread);
        bool answered = false;
        runner.run(
            &context, [] { return 1; }, [&answered](int) { answered = true; });
        QTest::qWait(100);
        QVERIFY(!answered);
        QCOMPARE(runner.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundRunner)
#include "TestBackgroundRunner.moc"
