#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace committee::ui {

// Notices when nobody has used the app for a while. It watches every input event the
// application receives (keys, mouse, wheel, touch) through an application-wide event
// filter, and checks at a steady interval how long the last one is ago.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // How long without input counts as idle, asked at every check so that a change in
    // Settings applies at once; 0 or less means "never".
    void setLimitSource(std::function<qint64()> source) { m_limitSource = std::move(source); }
    void start() { m_check.start(); }
    void stop() { m_check.stop(); }
    // How often to look (the app: every few seconds; tests: a few milliseconds).
    void setCheckInterval(int ms) { m_check.setInterval(ms); }
    qint64 idleMs() const { return m_sinceInput.elapsed(); }
    // Counts from now, as if the clerk had just done something.
    void reset()
    {
        m_sinceInput.restart();
        m_reported = false;
    }

signals:
    // Emitted once each time the limit is passed; input starts the count again.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QTimer m_check;
    QElapsedTimer m_sinceInput;
    std::function<qint64()> m_limitSource;
    bool m_reported = false;
};

} // namespace committee::ui
