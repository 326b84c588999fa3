#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace pulsedesk {

/// Hands work from one producing thread to one consuming thread, at most `capacity` items waiting: a full
/// queue makes the producer wait, so memory stays bounded however fast it is. The producer says when it is
/// done (finish); the consumer can give up (stop), which drops what waits and makes every push fail.
template<typename T>
class HandOffQueue
{
public:
    explicit HandOffQueue(std::size_t capacity)
        : m_capacity(capacity)
    { }

    /// Waits while the queue is full; false (and the item dropped) once the consumer stopped.
    bool push(T&& item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_items.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    /// The producer has nothing more.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    /// The consumer gives up.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_items.clear();
        m_changed.notify_all();
    }

    /// The next item; nothing once the producer finished and all was taken, or after stop().
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_items.empty() || m_finished || m_stopped; });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace pulsedesk
