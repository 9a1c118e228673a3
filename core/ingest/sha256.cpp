#include "ingest/sha256.h"

#include <QByteArray>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace fc {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    m_valid = m_context && EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) == 1;
}

Sha256::~Sha256() = default;

void Sha256::releaseThreadState()
{
    OPENSSL_thread_stop();
}

void Sha256::add(QByteArrayView bytes)
{
    if (m_valid && m_hex.isEmpty() && !bytes.isEmpty())
        EVP_DigestUpdate(m_context.get(), bytes.data(), size_t(bytes.size()));
}

QString Sha256::hex()
{
    if (!m_valid || !m_hex.isEmpty())
        return m_hex;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest, &length) != 1)
        return QString();
    m_hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return m_hex;
}

} // namespace fc
