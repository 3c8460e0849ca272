using System.Text.Json.Nodes;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Privacy;

/// <summary>Reads state documents (user, conversation) as JSON for an export, without their storage ETag.</summary>
internal static class StoredDocuments
{
    /// <summary>The documents found among <paramref name="keys"/>, by key.</summary>
    public static async Task<IReadOnlyDictionary<string, JsonNode?>> ReadAsync(IStorage storage, string[] keys, CancellationToken cancellationToken)
    {
        if (keys.Length == 0)
        {
            return new Dictionary<string, JsonNode?>();
        }

        IReadOnlyDictionary<string, string> texts = storage is ISerializedStateStorage serialized
            ? await serialized.ReadSerializedAsync(keys, cancellationToken).ConfigureAwait(false)
            : (await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false))
                .Where(item => item.Value is not null)
                .ToDictionary(item => item.Key, item => (item.Value as JToken ?? JToken.FromObject(item.Value)).ToString(Newtonsoft.Json.Formatting.None), StringComparer.Ordinal);
        return texts.ToDictionary(pair => pair.Key, pair => WithoutETag(JsonNode.Parse(pair.Value)), StringComparer.Ordinal);
    }

    private static JsonNode? WithoutETag(JsonNode? document)
    {
        if (document is JsonObject fields)
        {
            fields.Remove(StateJson.ETagProperty);
        }

        return document;
    }
}
