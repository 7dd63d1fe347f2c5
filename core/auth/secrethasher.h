#pragma once

#include <QString>

namespace skranke {

// PINs and passwords are stored only as libsodium Argon2id hashes
// (crypto_pwhash_str, interactive limits: about 64 MiB and a fraction of a
// second per check, which is what slows an attacker down).
class SecretHasher final {
public:
    static QString hash(const QString& secret);
    static bool verify(const QString& storedHash, const QString& secret);
};

}  // namespace skranke
