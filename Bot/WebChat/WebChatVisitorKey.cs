using System.Security.Cryptography;
using System.Text;
using Majordome.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.WebChat;

/// <summary>
/// The key that signs visitor credentials: <see cref="WebChatOptions.VisitorKey"/> when configured, else a random
/// key generated on first start and kept in <c>&lt;Storage:DataDirectory&gt;/webchat-visitor.key</c> (readable by
/// the bot's user only), so visitors stay themselves across restarts.
/// </summary>
public sealed partial class WebChatVisitorKey
{
    /// <summary>The file, in the data directory, that keeps a generated key.</summary>
    public const string FileName = "webchat-visitor.key";

    private readonly Lazy<byte[]> _key;

    /// <summary>Creates the provider; the key is read or generated on first use.</summary>
    public WebChatVisitorKey(IOptions<WebChatOptions> options, IOptions<StorageOptions> storage, ILogger<WebChatVisitorKey> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(logger);
        _key = new Lazy<byte[]>(() => Load(options.Value.VisitorKey, storage.Value.DataDirectory, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The signing key (derived, so the configured text itself never signs anything).</summary>
    public byte[] Key => _key.Value;

    private static byte[] Load(string configured, string dataDirectory, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Derive(Encoding.UTF8.GetBytes(configured.Trim()));
        }

        var path = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        if (File.Exists(path))
        {
            var kept = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (kept.Length >= 32)
            {
                return Derive(kept);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var generated = RandomNumberGenerator.GetBytes(32);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(generated));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Two instances starting together on one data directory: the first file wins and both use it.
        try
        {
            File.Move(temporary, path, overwrite: false);
            LogGenerated(logger, path);
            return Derive(generated);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Derive(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }
    }

    private static byte[] Derive(byte[] secret) => HMACSHA256.HashData(secret, "Majordome.WebChat.Visitor.v1"u8);

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated the key that signs chat-page visitors in {Path} (set WebChat:VisitorKey instead when several instances serve the page)")]
    private static partial void LogGenerated(ILogger logger, string path);
}
