#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace committee {

// What went wrong, in words a clerk can act on. The message is already translated,
// so core never needs to know how (or whether) it will be shown.
struct Error {
    enum class Kind {
        Generic,
        NotFound,
        Invalid,   // bad input: the message names the field or line
        Io,        // a file or folder could not be read or written
        Locked,    // another instance holds the database
        Corrupt,   // the file is not a usable database
        TooNew,    // written by a newer version of the app
        Conflict,  // a rule forbids the change (e.g. workflow order)
        Cancelled, // the clerk stopped it; nothing to report
    };
    Kind kind = Kind::Generic;
    QString message;
};

// A value or an Error. Core functions return this instead of throwing or showing dialogs.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: a reference into a temporary Result would dangle in a range-for.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const Error &error() const { return m_error; }
    // The value, or the fallback when there is none (for checks whose failure means "no").
    T value_or(T fallback) const { return m_value.value_or(std::move(fallback)); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// The outcome of an action that has no value to return.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    template <typename T> Status(const Result<T> &r) : m_failed(!r.ok()), m_error(r.error()) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(Error::Kind kind, QString message)
{
    return Error{kind, std::move(message)};
}

} // namespace committee
