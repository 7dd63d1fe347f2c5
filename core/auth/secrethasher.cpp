#include "core/auth/secrethasher.h"

#include "core/store/error.h"

#include <sodium.h>

namespace skranke {

namespace {

void ensureSodium() {
    static const int ready = sodium_init();
    if (ready < 0)
        throw Error(ErrorCode::Storage, QStringLiteral("libsodium could not be initialised"));
}

}  // namespace

QString SecretHasher::hash(const QString& secret) {
    ensureSodium();
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(ErrorCode::Storage, QStringLiteral("Out of memory while hashing a secret"));
    return QString::fromLatin1(out);
}

bool SecretHasher::verify(const QString& storedHash, const QString& secret) {
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

}  // namespace skranke
