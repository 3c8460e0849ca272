using System.Security.Cryptography;
using System.Text;
using Majordome.Bot.Content.Flows;

namespace Majordome.Bot.Hosting;

/// <summary>
/// A fingerprint of the flow files in a folder (names, sizes, times and contents): two equal stamps mean nothing
/// to reload. Polled as the fallback for file watchers, which miss events on some mounts.
/// </summary>
internal static class FlowFolderStamp
{
    /// <summary>The stamp of <paramref name="folder"/>; a missing or unreadable folder has a stamp of its own.</summary>
    public static string Of(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return "missing";
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var files = Directory.GetFiles(folder, "*.yaml").Concat(Directory.GetFiles(folder, "*.yml")).Order(StringComparer.Ordinal);
            foreach (var path in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
                hash.AppendData(Read(path));
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Changing under our feet: once it reads again, its stamp differs from this one and the next check reloads.
            return "unreadable";
        }
    }

    private static byte[] Read(string path)
    {
        try
        {
            var info = new FileInfo(path);

            // A file too big to be a flow is rejected by the loader; its size and time are enough to notice a change.
            return info.Length > FlowLoader.MaxFileBytes
                ? Encoding.UTF8.GetBytes($"{info.Length}:{info.LastWriteTimeUtc.Ticks}\n")
                : [.. File.ReadAllBytes(path), (byte)'\n'];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Encoding.UTF8.GetBytes("unreadable\n");
        }
    }
}
