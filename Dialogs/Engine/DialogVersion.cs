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

    // Counts the changes to any dialog definition (a dialog added to a set, a step to a waterfall): a stamp worked
    // out in an earlier generation is worked out again. Every dialog begun asked for its stamp, and a container's
    // version is built from all the dialogs it holds (the main dialog's is over a kilobyte) then hashed: 3 % of a
    // booking turn's allocations for a value that changes only while the bot is being put together.
    private static int _generation;

    /// <summary>The stamp of <paramref name="dialog"/>'s current version.</summary>
    public static string Of(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var generation = Volatile.Read(ref _generation);
        if (dialog.VersionStamp is { } known && known.Generation == generation)
        {
            return known.Stamp;
        }

        var stamp = Stamp(dialog.GetVersion());
        dialog.VersionStamp = new DialogVersionStamp(generation, stamp);
        return stamp;
    }

    /// <summary>Says that a dialog's definition changed: every stamp is worked out again at its next use.</summary>
    public static void Changed() => Interlocked.Increment(ref _generation);
}
