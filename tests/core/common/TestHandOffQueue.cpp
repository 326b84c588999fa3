#include "common/HandOffQueue.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace pulsedesk;

/// The hand-off between the import's reader thread and the thread that stores: order kept, memory bounded by the
/// capacity, the producer's end and the consumer's stop both seen by the other side.
class TestHandOffQueue : public QObject
{
    Q_OBJECT

private slots:
    void everyItemArrivesOnceInOrder()
    {
        HandOffQueue<int> queue(4);
        constexpr int Count = 100'000;
        std::thread producer([&queue] {
            for (int i = 0; i < Count; ++i)
                QVERIFY(queue.push(int(i)));
            queue.finish();
        });
        int expected = 0;
        while (auto item = queue.take()) {
            QCOMPARE(*item, expected);
            ++expected;
        }
        producer.join();
        QCOMPARE(expected, Count);
        QVERIFY(!queue.take().has_value()); // finished and empty stays empty
    }

    void aFullQueueMakesTheProducerWait()
    {
        HandOffQueue<int> queue(2);
        std::atomic_int pushed {0};
        std::thread producer([&queue, &pushed] {
            for (int i = 0; i < 5; ++i) {
                queue.push(int(i));
                ++pushed;
            }
            queue.finish();
        });
        // Without a consumer the producer gets as far as the capacity, and no further.
        QTRY_COMPARE(pushed.load(), 2);
        QTest::qWait(100);
        QCOMPARE(pushed.load(), 2);
        QCOMPARE(queue.take().value(), 0);
        QTRY_COMPARE(pushed.load(), 3);
        QCOMPARE(pushed.load(), 3);
        int rest = 0;
        while (queue.take())
            ++rest;
        producer.join();
        QCOMPARE(rest, 4);
    }

    void aStoppedConsumerReleasesAWaitingProducer()
    {
        HandOffQueue<std::vector<int>> queue(1);
        std::atomic_bool refused {false};
        std::thread producer([&queue, &refused] {
            QVERIFY(queue.push({1, 2, 3}));
            refused.store(!queue.push({4})); // waits: the queue is full
        });
        QTest::qWait(100);
        QVERIFY(!refused.load());
        queue.stop(); // drops what waits and wakes the producer
        producer.join();
        QVERIFY(refused.load());
        QVERIFY(!queue.take().has_value());
        QVERIFY(!queue.push({5}));
    }

    void aWaitingConsumerWakesWhenTheProducerFinishes()
    {
        HandOffQueue<int> queue(3);
        std::atomic_bool ended {false};
        std::thread consumer([&queue, &ended] { ended.store(!queue.take().has_value()); });
        QTest::qWait(100);
        QVERIFY(!ended.load());
        queue.finish();
        consumer.join();
        QVERIFY(ended.load());
    }
};

QTEST_GUILESS_MAIN(TestHandOffQueue)
#include "TestHandOffQueue.moc"
