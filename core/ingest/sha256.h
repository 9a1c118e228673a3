#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace fc {

/**
 * SHA-256 of bytes given a piece at a time (OpenSSL's, which uses the CPU's SHA instructions:
 * several times faster than QCryptographicHash on a large export). An import records the hash
 * of its file, and the reader hashes the bytes it actually read, so both must agree.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    /** False if OpenSSL could not provide SHA-256 (then hex() is empty). */
    bool isValid() const { return m_valid; }
    void add(QByteArrayView bytes);
    /** The digest in lower-case hex; ends the hash (later add() calls are ignored). */
    QString hex();

    /**
     * Frees OpenSSL's state for the calling thread (its error queue). A pool task that hashed calls
     * it before it returns: otherwise the state is freed only as the pool thread ends, which Qt does
     * not wait for (QThread::wait() returns before the thread's exit handlers run), and
     * LeakSanitizer reports it when the process exit races that end.
     */
    static void releaseThreadState();

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
    bool m_valid = false;
    QString m_hex; // once finished
};

} // namespace fc
