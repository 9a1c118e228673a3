#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <functional>

namespace fc {

/**
 * A progress callback for a job on a worker thread: each value is handed to
 * (receiver->*setProgress)(fraction) on the UI thread, and dropped once the receiver is gone (the
 * window closed while the job finishes). Widgets are only ever touched on the UI thread.
 */
template <class Receiver>
std::function<void(double)> uiThreadProgress(Receiver *receiver, void (Receiver::*setProgress)(double))
{
    QPointer<Receiver> self(receiver);
    return [self, setProgress](double fraction) {
        QMetaObject::invokeMethod(
            qApp,
            [self, setProgress, fraction] {
                if (self)
                    (self.data()->*setProgress)(fraction);
            },
            Qt::QueuedConnection);
    };
}

} // namespace fc
