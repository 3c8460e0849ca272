using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>
/// Messenger's "upload and send" on the fake Graph server: POST /me/messages as multipart/form-data with the fields
/// <c>recipient</c> and <c>message</c> (JSON text, as curl -F sends them), optional <c>messaging_type</c>, <c>tag</c>
/// and <c>notification_type</c>, and the file in <c>filedata</c> (a file part with its name and content type). Any
/// other part, a missing one, or a message that is not a url-less media attachment is refused with error 100, as Meta
/// does.
/// </summary>
public sealed partial class FakeGraphServer
{
    private static readonly HashSet<string> UploadFields = ["recipient", "message", "messaging_type", "tag", "notification_type", "filedata"];

    /// <summary>The files sent to Messenger with their message: the Send API body (without the file) and the file.</summary>
    public ConcurrentQueue<(JObject Body, string FileName, string ContentType, byte[] Content)> MessengerUploads { get; } = new();

    // The GraphCall already read the body as text: multipart is parsed again from it.
    private async Task MessengerUploadAsync(HttpContext context, GraphCall call)
    {
        var boundary = Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(call.Headers["Content-Type"]).Boundary.Value?.Trim('"');
        if (string.IsNullOrEmpty(boundary))
        {
            await ErrorAsync(context, 400, 100, "(#100) multipart/form-data needs a boundary");
            return;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        (string Name, string Type, byte[] Content)? file = null;
        var reader = new MultipartReader(boundary, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(call.Body)));
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            var name = disposition.Name.Value?.Trim('"') ?? string.Empty;
            if (!UploadFields.Contains(name))
            {
                await ErrorAsync(context, 400, 100, $"(#100) Param {name} is not a valid parameter");
                return;
            }

            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer);
            if (name == "filedata")
            {
                var fileName = disposition.FileName.Value?.Trim('"');
                if (string.IsNullOrEmpty(fileName) || string.IsNullOrEmpty(section.ContentType))
                {
                    await ErrorAsync(context, 400, 100, "(#100) filedata must be a file with a name and a content type");
                    return;
                }

                file = (fileName, section.ContentType, buffer.ToArray());
            }
            else
            {
                fields[name] = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
            }
        }

        if (file is null || JsonField(fields, "recipient") is not JObject recipient || JsonField(fields, "message") is not JObject message)
        {
            await ErrorAsync(context, 400, 100, "(#100) recipient, message (JSON) and filedata are required");
            return;
        }

        var body = new JObject { ["recipient"] = recipient, ["messaging_type"] = fields.GetValueOrDefault("messaging_type"), ["message"] = message };
        if (fields.TryGetValue("tag", out var tag))
        {
            body["tag"] = tag;
        }

        var recipientId = (string?)recipient["id"];
        var problems = SendApiRules.CheckMessages(body, recipientId is not null && InstagramRecipients.ContainsKey(recipientId), fileData: true);
        if (problems.Count > 0)
        {
            await ErrorAsync(context, 400, 100, "(#100) " + string.Join("; ", problems));
            return;
        }

        MessengerUploads.Enqueue((body, file.Value.Name, file.Value.Type, file.Value.Content));
        var mid = "m_fake" + Interlocked.Increment(ref _messageCount).ToString(CultureInfo.InvariantCulture);
        var response = new JObject { ["message_id"] = mid };

        // Echoed like any other message sent (with its metadata), when the test asks for echoes.
        if (Echoes is { } echoes && recipientId is not null)
        {
            echoes.Enqueue(recipientId, mid, message.ToString(Newtonsoft.Json.Formatting.None), SendDelay);
        }

        if (recipientId is not null)
        {
            response["recipient_id"] = recipientId;
        }

        await WriteAsync(context, 200, response.ToString());

        static JObject? JsonField(Dictionary<string, string> fields, string name)
        {
            try
            {
                return fields.TryGetValue(name, out var text) ? JToken.Parse(text) as JObject : null;
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
    }
}
