#include "lock/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace committee::ui {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_sinceInput.start();
    m_check.setInterval(5000);
    connect(&m_check, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type())) {
        m_sinceInput.restart();
        m_reported = false;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (m_reported || !m_limitSource) {
        return;
    }
    const qint64 limit = m_limitSource();
    if (limit > 0 && m_sinceInput.elapsed() >= limit) {
        m_reported = true;
        emit idle();
    }
}

} // namespace committee::ui
