using System.Security.Cryptography;
using System.Text;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// What a dialog stack entry records of its dialog's version: a short hash of <see cref="Dialog.GetVersion"/>.
/// A container's version names every dialog it holds (the main dialog's is over a kilobyte), and the state is
/// serialized several times a turn; the hash tells versions apart just as well.
/// </summary>
public static class DialogVersion
{
    /// <summary>The stamp of <paramref name="version"/>: 16 hexadecimal characters of its SHA-256.</summary>
    public static string Stamp(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(version), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>The stamp of <paramref name="dialog"/>'s current version.</summary>
    public static string Of(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return Stamp(dialog.GetVersion());
    }
}
