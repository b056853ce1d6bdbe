#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace committee {

// The encryption of a bundle that carries sensitive fields. The key comes from the password
// through argon2id (a fresh salt per bundle); the archive is sealed in chunks with
// libsodium's secretstream (XChaCha20-Poly1305), whose final tag makes a truncated file as
// detectable as a changed byte.
//
// File layout: "CDXENC1\n" (8 bytes), salt (16), opslimit (8, little-endian), memlimit (8),
// a 16-byte digest of the key (so a wrong password is named as such), stream header (24),
// then chunks of at most 64 KiB, each a 4-byte little-endian length
// followed by the sealed chunk.
class BundleCrypto {
    Q_DECLARE_TR_FUNCTIONS(committee::BundleCrypto)
public:
    static bool isEncrypted(const QByteArray &data);
    static Result<QByteArray> encrypt(const QByteArray &plain, const QString &password);
    // A wrong password and a damaged file get different messages.
    static Result<QByteArray> decrypt(const QByteArray &sealed, const QString &password);
};

} // namespace committee
