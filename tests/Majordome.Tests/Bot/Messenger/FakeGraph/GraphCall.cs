using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>One request the fake Graph server received.</summary>
public sealed record GraphCall(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The body as JSON, or null when it is not a JSON object.</summary>
    public JObject? Json
    {
        get
        {
            try
            {
                return string.IsNullOrWhiteSpace(Body) ? null : JObject.Parse(Body);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>Whether the body is multipart/form-data (a file uploaded with its message).</summary>
    public bool IsMultipart => Headers.TryGetValue("Content-Type", out var type) && type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>message</c> of a Send API call, or null.</summary>
    public JObject? Message => Json?["message"] as JObject;
}
