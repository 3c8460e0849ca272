using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Majordome.Dialogs.State;

namespace Majordome.Bot.Storage;

/// <summary>
/// The one JSON format both storages use, so the in-memory storage behaves exactly like the persistent one.
/// </summary>
internal static class StorageJson
{
    /// <summary>The document property holding the ETag; the name Bot Framework's MemoryStorage and BotState use.</summary>
    internal const string ETagProperty = StateJson.ETagProperty;

    /// <summary>
    /// Plain JSON (no "$type", no CLR types instantiated from stored data, no depth limit), the same settings the
    /// state stores type and write their documents with.
    /// </summary>
    internal static readonly JsonSerializer Serializer = StateJson.Serializer;

    /// <summary>Serializes <paramref name="value"/> to a JSON object whose "eTag" property is <paramref name="eTag"/>.</summary>
    /// <exception cref="ArgumentException">The value does not serialize to a JSON object.</exception>
    internal static string Serialize(string key, object value, string eTag)
    {
        // The state store's documents arrive already written: only the ETag goes in.
        if (value is SerializedState serialized)
        {
            return serialized.WithETag(eTag);
        }

        var token = JToken.FromObject(value, Serializer);
        if (token is not JObject document)
        {
            throw new ArgumentException(
                $"The value for key '{key}' serializes to a JSON {token.Type}; a storage item must serialize to a " +
                "JSON object (a class, a record or a dictionary).", "changes");
        }

        // An IStoreItem serializes its ETag as "ETag" (or however it is attributed): keep a single "eTag".
        var stale = document.Properties()
            .Where(p => string.Equals(p.Name, ETagProperty, StringComparison.OrdinalIgnoreCase))
            .ToList();
        stale.ForEach(p => p.Remove());
        document[ETagProperty] = eTag;
        return document.ToString(Formatting.None);
    }

    /// <summary>
    /// Parses a stored document into a new <see cref="JObject"/>. Date-like strings stay strings: a restart must
    /// not turn "2025-06-01T20:00" into a reformatted date.
    /// </summary>
    internal static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            MaxDepth = null,
        };
        return JObject.Load(reader);
    }
}
