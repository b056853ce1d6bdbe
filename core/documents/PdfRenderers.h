#pragma once

#include "common/Result.h"
#include "documents/DocumentSpec.h"

#include <QByteArray>

#include <functional>
#include <future>
#include <list>
#include <map>

namespace committee {

// PDFs laid out and written on threads of their own, one per core (two at most), while the caller
// goes on filling the next documents. Filling reads the database, whose connection belongs
// to the caller's thread; laying out and writing a filled document needs no database, so the
// pages of several books can be made at once.
class PdfRenderers {
public:
    PdfRenderers() = default;
    PdfRenderers(const PdfRenderers &) = delete;
    PdfRenderers &operator=(const PdfRenderers &) = delete;
    // Waits for the threads still running: none outlives the documents it was given.
    ~PdfRenderers();

    // Starts making `document`'s PDF, waiting first for a free core.
    void start(int index, FilledDocument document);
    // Waits for every PDF still being made, calling `waiting` now and then; when it returns
    // false this gives up (the threads still end, in the destructor) and returns false.
    bool finishAll(const std::function<bool()> &waiting = {});
    // The PDFs made so far, by the index they were started with.
    std::map<int, Result<QByteArray>> &done() { return m_done; }

private:
    struct Running {
        int index;
        std::future<Result<QByteArray>> bytes;
    };
    // Moves the PDFs that are ready to done(); says whether there were any.
    bool collectFinished();

    std::list<Running> m_running;
    std::map<int, Result<QByteArray>> m_done;
};

} // namespace committee
