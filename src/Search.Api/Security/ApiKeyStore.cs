using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Search.Api.Security;

/// <summary>
/// Finds the configured key a presented key hashes to. Keys are random and long, so one SHA-256 is the
/// right hash (a slow password hash would only slow every request). Every stored hash is compared in
/// constant time, and all of them every time, so the timing says nothing about which bytes matched.
/// </summary>
public sealed class ApiKeyStore(IOptionsMonitor<SecurityOptions> options)
{
    /// <summary>The entry whose hash matches, or null.</summary>
    public ApiKeyEntry? Find(string presented)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), hash);
        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        ApiKeyEntry? found = null;
        foreach (var entry in options.CurrentValue.Keys)
        {
            if (Convert.FromHexString(entry.Sha256.AsSpan(), stored, out _, out var written) == System.Buffers.OperationStatus.Done
                && written == stored.Length
                && CryptographicOperations.FixedTimeEquals(hash, stored))
            {
                found ??= entry;
            }
        }

        return found;
    }
}
