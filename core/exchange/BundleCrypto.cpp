#include "exchange/BundleCrypto.h"

#include <QtEndian>

#include <sodium.h>

namespace committee {

namespace {

const QByteArray magic = QByteArrayLiteral("CDXENC1\n");
constexpr qsizetype chunkSize = 64 * 1024;
constexpr qsizetype saltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype checkSize = 16;
constexpr qsizetype headerSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype prefixSize = 8 + saltSize + 8 + 8 + checkSize + headerSize;
// A bundle is opened on an office PC: moderate cost, and never more than the format allows
// even if a tampered header asks for more.
constexpr quint64 maxOpsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr quint64 maxMemLimit = 256ull * 1024 * 1024;

Error damaged()
{
    return {Error::Kind::Corrupt,
            BundleCrypto::tr("The encrypted bundle is damaged or has been changed.")};
}

bool deriveKey(unsigned char *key, const QString &password, const unsigned char *salt, quint64 ops,
               quint64 mem)
{
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES, pw.constData(),
                         static_cast<unsigned long long>(pw.size()), salt, ops, mem,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// A short digest of the key, so a wrong password is told apart from a damaged file.
QByteArray keyCheck(const unsigned char *key)
{
    static const QByteArray context = QByteArrayLiteral("committee-desk bundle key check");
    unsigned char out[checkSize];
    crypto_generichash(out, checkSize, reinterpret_cast<const unsigned char *>(context.constData()),
                       static_cast<unsigned long long>(context.size()), key,
                       crypto_secretstream_xchacha20poly1305_KEYBYTES);
    return QByteArray(reinterpret_cast<const char *>(out), checkSize);
}

} // namespace

bool BundleCrypto::isEncrypted(const QByteArray &data)
{
    return data.startsWith(magic);
}

Result<QByteArray> BundleCrypto::encrypt(const QByteArray &plain, const QString &password)
{
    if (sodium_init() < 0) {
        return Error{Error::Kind::Generic, tr("The encryption library could not be started.")};
    }
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    unsigned char salt[saltSize];
    randombytes_buf(salt, sizeof salt);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(key, password, salt, ops, mem)) {
        return Error{Error::Kind::Generic, tr("Not enough memory to derive the key.")};
    }
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[headerSize];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    const QByteArray check = keyCheck(key);
    sodium_memzero(key, sizeof key);

    QByteArray out;
    out.reserve(prefixSize + plain.size() + (plain.size() / chunkSize + 1) * 24);
    out += magic;
    out.append(reinterpret_cast<const char *>(salt), saltSize);
    char number[8];
    qToLittleEndian<quint64>(ops, number);
    out.append(number, 8);
    qToLittleEndian<quint64>(mem, number);
    out.append(number, 8);
    out += check;
    out.append(reinterpret_cast<const char *>(header), headerSize);

    qsizetype offset = 0;
    do {
        const qsizetype n = qMin(chunkSize, plain.size() - offset);
        const bool last = offset + n >= plain.size();
        QByteArray sealed(n + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(sealed.data()), &sealedSize,
            reinterpret_cast<const unsigned char *>(plain.constData() + offset),
            static_cast<unsigned long long>(n), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        char length[4];
        qToLittleEndian<quint32>(static_cast<quint32>(sealedSize), length);
        out.append(length, 4);
        out.append(sealed.constData(), static_cast<qsizetype>(sealedSize));
        offset += n;
    } while (offset < plain.size());
    return out;
}

Result<QByteArray> BundleCrypto::decrypt(const QByteArray &sealed, const QString &password)
{
    if (sodium_init() < 0) {
        return Error{Error::Kind::Generic, tr("The encryption library could not be started.")};
    }
    if (!isEncrypted(sealed) || sealed.size() < prefixSize) {
        return damaged();
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.constData());
    const unsigned char *salt = bytes + 8;
    const quint64 ops = qFromLittleEndian<quint64>(bytes + 8 + saltSize);
    const quint64 mem = qFromLittleEndian<quint64>(bytes + 16 + saltSize);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > maxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > maxMemLimit) {
        return damaged();
    }
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(key, password, salt, ops, mem)) {
        return Error{Error::Kind::Generic, tr("Not enough memory to derive the key.")};
    }
    const bool rightKey =
        sodium_memcmp(keyCheck(key).constData(), bytes + 24 + saltSize, checkSize) == 0;
    crypto_secretstream_xchacha20poly1305_state state;
    const int initialised = crypto_secretstream_xchacha20poly1305_init_pull(
        &state, bytes + 24 + saltSize + checkSize, key);
    sodium_memzero(key, sizeof key);
    if (!rightKey) {
        return Error{Error::Kind::Invalid, tr("The password is wrong.")};
    }
    if (initialised != 0) {
        return damaged();
    }

    QByteArray plain;
    qsizetype offset = prefixSize;
    unsigned char tag = 0;
    while (offset < sealed.size()) {
        if (sealed.size() - offset < 4) {
            return damaged();
        }
        const quint32 n = qFromLittleEndian<quint32>(bytes + offset);
        offset += 4;
        if (n < crypto_secretstream_xchacha20poly1305_ABYTES ||
            n > chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES ||
            sealed.size() - offset < qsizetype(n)) {
            return damaged();
        }
        QByteArray chunk(n - crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long chunkLength = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(chunk.data()), &chunkLength, &tag,
                bytes + offset, n, nullptr, 0) != 0) {
            return damaged();
        }
        plain.append(chunk.constData(), static_cast<qsizetype>(chunkLength));
        offset += n;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            break;
        }
    }
    // Missing final chunk (cut off) or bytes after it (appended): either way not what was
    // written.
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL || offset != sealed.size()) {
        return Error{Error::Kind::Corrupt,
                     tr("The encrypted bundle is incomplete or has extra data: it was cut off "
                        "or changed.")};
    }
    return plain;
}

} // namespace committee
