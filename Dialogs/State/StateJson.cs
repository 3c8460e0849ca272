using Newtonsoft.Json;

namespace Majordome.Dialogs.State;

/// <summary>
/// The plain-JSON format of state documents, one definition for the state stores and the storages that keep them.
/// </summary>
public static class StateJson
{
    /// <summary>
    /// No type names (stored documents name no CLR types), date-like strings stay strings, and no depth limit,
    /// because nested component dialogs produce deep documents.
    /// </summary>
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = null,
    });

    /// <summary>The property every storage keeps a document's ETag in; a state property may not use it.</summary>
    public const string ETagProperty = "eTag";
}
