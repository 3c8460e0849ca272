using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// A file sent with its message in one Send API request ("upload and send": multipart/form-data with the file in
/// <c>filedata</c>), for a file that has no public URL Meta could fetch (the booking's .ics, inlined as a data URI).
/// The renderer puts it on the message under <see cref="Property"/>, which never reaches Graph: the sender takes it
/// off and uploads it.
/// </summary>
/// <param name="FileName">The name the customer sees, "reservation-MT-7K2QX.ics".</param>
/// <param name="ContentType">The file's media type, "text/calendar".</param>
/// <param name="Content">The file's bytes.</param>
public sealed record MessengerFileUpload(string FileName, string ContentType, byte[] Content)
{
    /// <summary>The property of a rendered message holding the file to upload with it.</summary>
    public const string Property = "majordomeUpload";

    /// <summary>
    /// A <c>file</c> attachment message carrying <paramref name="base64"/> to upload. Not reusable: each booking's
    /// file is its own, so Meta need keep no attachment id.
    /// </summary>
    public static JObject FileMessage(string fileName, string contentType, string base64)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(base64);
        return new JObject
        {
            ["attachment"] = new JObject { ["type"] = "file", ["payload"] = new JObject { ["is_reusable"] = false } },
            [Property] = new JObject { ["fileName"] = fileName, ["contentType"] = contentType, ["base64"] = base64 },
        };
    }

    /// <summary>
    /// The file to upload with <paramref name="message"/>, and the message as Graph must get it (a copy without
    /// <see cref="Property"/>); null when the message carries no file.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file is incomplete or not base64 (the renderer never makes one).</exception>
    public static (JObject Message, MessengerFileUpload File)? Take(JObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message[Property] is not JObject upload)
        {
            return null;
        }

        var fileName = (string?)upload["fileName"];
        var contentType = (string?)upload["contentType"];
        var content = new byte[((string?)upload["base64"])?.Length ?? 0];
        if (string.IsNullOrWhiteSpace(fileName) || string.IsNullOrWhiteSpace(contentType)
            || !Convert.TryFromBase64String((string?)upload["base64"] ?? string.Empty, content, out var length))
        {
            throw new InvalidOperationException($"The file to upload with a Messenger message needs fileName, contentType and base64 content under '{Property}'.");
        }

        var copy = (JObject)message.DeepClone();
        copy.Remove(Property);
        return (copy, new MessengerFileUpload(fileName, contentType, content[..length]));
    }
}
