#pragma once

namespace pulsedesk {

/// Process-wide protections applied first thing in main(): no core dumps (they would hold the database key
/// and decrypted patient data) and, on Linux, no ptrace attach by other processes of the same user.
namespace ProcessHardening {

void apply();

} // namespace ProcessHardening

} // namespace pulsedesk
