#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pulsedesk {

/// Why an operation failed. The code lets callers (CLI exit status, UI, tests) react; the message is
/// translated and fit to show to a user. Messages never carry patient data.
struct Error
{
    enum class Code
    {
        NotPermitted, ///< the session's role may not do this
        NotFound, ///< the user, patient, device ... does not exist
        Conflict, ///< violates a uniqueness or state rule (duplicate MRN, last admin, device in use)
        Invalid, ///< the input is malformed or out of range
        Authentication, ///< wrong user name or password, or the account is inactive
        Throttled, ///< too many failed logins; try again later
        Storage, ///< the database or a file could not be read or written
        Crypto, ///< a cryptographic operation failed
        Schema, ///< the database was written by a newer PulseDesk
    };

    Code code = Code::Invalid;
    QString message;
};

/// A value or an Error. Kept deliberately small: `if (!r) return r.error();`, `r.value()`.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &std::get<T>(m_state); }
    const T& operator*() const { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    Error::Code code() const { return error().code; }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that has no value.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    Error::Code code() const { return m_error->code; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace pulsedesk
