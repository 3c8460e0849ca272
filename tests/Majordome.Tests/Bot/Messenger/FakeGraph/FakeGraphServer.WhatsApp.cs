using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>
/// WhatsApp Cloud API on the fake Graph server: <c>/{phone-number-id}/messages</c> and <c>/{phone-number-id}/media</c>
/// for the numbers in <see cref="WhatsAppNumbers"/>, each with its own token (Authorization header only). Every
/// message body is checked against <see cref="WhatsAppRules"/> and refused like Meta (error 100); a free-form message
/// to a customer in <see cref="WhatsAppWindowClosed"/> fails with 131047, as Meta does outside the 24-hour window.
/// </summary>
public sealed partial class FakeGraphServer
{
    public const string WhatsAppNumberId = "108941275530092";
    public const string SecondWhatsAppNumberId = "108941275530093";
    public const string WhatsAppToken = "EAAW-fake-whatsapp-token-5ecret";
    public const string SecondWhatsAppToken = "EAAW-fake-whatsapp-token-two";

    private readonly ConcurrentQueue<(int Status, string Body)> _whatsAppScript = new();
    private readonly ConcurrentQueue<JObject> _whatsAppAccepted = new();
    private int _whatsAppCount;

    /// <summary>The WhatsApp numbers this server serves, and each one's token.</summary>
    public ConcurrentDictionary<string, string> WhatsAppNumbers { get; } = new(StringComparer.Ordinal)
    {
        [WhatsAppNumberId] = WhatsAppToken,
        [SecondWhatsAppNumberId] = SecondWhatsAppToken,
    };

    /// <summary>Customers (wa_id) whose 24-hour window Meta considers closed.</summary>
    public ConcurrentDictionary<string, bool> WhatsAppWindowClosed { get; } = new(StringComparer.Ordinal);

    /// <summary>The files uploaded to /media: content type, file name and bytes.</summary>
    public ConcurrentQueue<(string Type, string FileName, byte[] Content)> WhatsAppUploads { get; } = new();

    /// <summary>The message bodies accepted on /{number}/messages (read receipts excluded), in order.</summary>
    public IReadOnlyList<JObject> WhatsAppMessages =>
        Calls.Where(c => WhatsAppPath().IsMatch(c.Path) && c.Path.EndsWith("/messages", StringComparison.Ordinal) && c.Json is { } j && (string?)j["status"] != "read")
            .Select(c => c.Json!).ToList();

    /// <summary>The message bodies answered with a message id, in order (a call the client gave up on is not one).</summary>
    public IReadOnlyList<JObject> WhatsAppAccepted => [.. _whatsAppAccepted];

    /// <summary>
    /// When set, a message (not a read receipt) to be accepted is first given to this hook with the request's abort
    /// token: a hook that waits until the client gives up (a process dying mid-send) keeps the message from being accepted.
    /// </summary>
    public Func<JObject, CancellationToken, Task>? BeforeWhatsAppAccept { get; set; }

    /// <summary>Answers the next WhatsApp call with Graph's error <paramref name="code"/>.</summary>
    public void EnqueueWhatsAppError(int code, string title, int status = 400) =>
        _whatsAppScript.Enqueue((status, ErrorBody(code, title)));

    private async Task<bool> TryHandleWhatsAppAsync(HttpContext context, GraphCall call)
    {
        var match = WhatsAppPath().Match(call.Path);
        if (!match.Success || !WhatsAppNumbers.TryGetValue(match.Groups["number"].Value, out var token))
        {
            return false;
        }

        if (context.Request.Query.ContainsKey("access_token") || !call.Headers.TryGetValue("Authorization", out var authorization) || authorization != "Bearer " + token)
        {
            await WriteAsync(context, 401, ErrorBody(190, "Invalid OAuth access token - Cannot parse access token"));
            return true;
        }

        if (_whatsAppScript.TryDequeue(out var scripted))
        {
            await WriteAsync(context, scripted.Status, scripted.Body);
            return true;
        }

        if (match.Groups["endpoint"].Value == "media")
        {
            await MediaAsync(context);
            return true;
        }

        var json = call.Json;
        var problems = json is null ? ["the body must be a JSON object"] : WhatsAppRules.Check(json);
        if (problems.Count > 0)
        {
            await WriteAsync(context, 400, ErrorBody(100, "(#100) " + string.Join("; ", problems)));
            return true;
        }

        if ((string?)json!["status"] == "read")
        {
            await WriteAsync(context, 200, "{\"success\":true}");
            return true;
        }

        var to = (string)json["to"]!;
        if ((string?)json["type"] != "template" && WhatsAppWindowClosed.ContainsKey(to))
        {
            await WriteAsync(context, 400, ErrorBody(131047, "Re-engagement message"));
            return true;
        }

        if (BeforeWhatsAppAccept is { } hook)
        {
            try
            {
                await hook(json, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return true;
            }
        }

        var id = "wamid.fake" + Interlocked.Increment(ref _whatsAppCount).ToString(CultureInfo.InvariantCulture);
        _whatsAppAccepted.Enqueue(json);
        await WriteAsync(context, 200, new JObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JArray(new JObject { ["input"] = to, ["wa_id"] = to }),
            ["messages"] = new JArray(new JObject { ["id"] = id }),
        }.ToString());
        return true;
    }

    // The GraphCall already read the body as text: multipart is parsed again from it.
    private async Task MediaAsync(HttpContext context)
    {
        var call = Calls.Last();
        var boundary = Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(call.Headers.GetValueOrDefault("Content-Type") ?? string.Empty).Boundary.Value?.Trim('"');
        if (string.IsNullOrEmpty(boundary))
        {
            await WriteAsync(context, 400, ErrorBody(100, "(#100) The upload must be multipart/form-data"));
            return;
        }

        var reader = new Microsoft.AspNetCore.WebUtilities.MultipartReader(boundary, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(call.Body)));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        (string Name, byte[] Content)? file = null;
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer);
            if (disposition.FileName.HasValue)
            {
                file = (disposition.FileName.Value!.Trim('"'), buffer.ToArray());
            }
            else
            {
                fields[disposition.Name.Value!.Trim('"')] = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
            }
        }

        if (fields.GetValueOrDefault("messaging_product") != "whatsapp" || file is null || !fields.TryGetValue("type", out var type))
        {
            await WriteAsync(context, 400, ErrorBody(100, "(#100) messaging_product=whatsapp, type and file are required"));
            return;
        }

        WhatsAppUploads.Enqueue((type, file.Value.Name, file.Value.Content));
        await WriteAsync(context, 200, new JObject { ["id"] = "media" + Interlocked.Increment(ref _whatsAppCount).ToString(CultureInfo.InvariantCulture) }.ToString());
    }

    private static string ErrorBody(int code, string message) => new JObject
    {
        ["error"] = new JObject { ["message"] = message, ["type"] = "OAuthException", ["code"] = code, ["fbtrace_id"] = FakeTraceId },
    }.ToString();

    [GeneratedRegex(@"^/v[0-9.]+/(?<number>[0-9]+)/(?<endpoint>messages|media)$")]
    private static partial Regex WhatsAppPath();
}
