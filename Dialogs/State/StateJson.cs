using Newtonsoft.Json;

namespace Majordome.Dialogs.State;

/// <summary>The JSON settings state values are typed and written with: the storages' own plain-JSON format.</summary>
internal static class StateJson
{
    /// <summary>
    /// No type names (stored documents name no CLR types), date-like strings stay strings, and no depth limit,
    /// because nested component dialogs produce deep documents.
    /// </summary>
    internal static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = null,
    });

    /// <summary>The property every storage keeps a document's ETag in; a state property may not use it.</summary>
    internal const string ETagProperty = "eTag";
}
