#include "documents/PdfRenderers.h"

#include "documents/DocumentRenderer.h"

#include <QThread>

#include <chrono>

namespace committee {

PdfRenderers::~PdfRenderers()
{
    for (Running &running : m_running) {
        running.bytes.wait();
    }
}

void PdfRenderers::start(int index, FilledDocument document)
{
    // A free core, whichever PDF frees it: books differ a lot in length. At most two at once
    // even on larger machines, since each holds all its laid-out pages in memory.
    while (int(m_running.size()) >= qBound(1, QThread::idealThreadCount(), 2)) {
        if (!collectFinished()) {
            m_running.front().bytes.wait_for(std::chrono::milliseconds(10));
        }
    }
    m_running.push_back({index, std::async(std::launch::async, [doc = std::move(document)] {
                             return DocumentRenderer::pdf(doc);
                         })});
}

bool PdfRenderers::finishAll(const std::function<bool()> &waiting)
{
    if (!m_running.empty() && waiting && !waiting()) {
        return false;
    }
    while (!m_running.empty()) {
        if (!collectFinished()) {
            m_running.front().bytes.wait_for(std::chrono::milliseconds(50));
            if (waiting && !waiting()) {
                return false;
            }
        }
    }
    return true;
}

bool PdfRenderers::collectFinished()
{
    bool any = false;
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it->bytes.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            m_done.emplace(it->index, it->bytes.get());
            it = m_running.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

} // namespace committee
