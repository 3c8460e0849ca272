using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.State;

/// <summary>
/// A state document already written as JSON (an object without its "eTag"), handed to a storage that accepts it
/// (<see cref="ISerializedStateStorage"/>) so that it is not serialized a second time. The storage checks
/// <see cref="ETag"/> like any item's and puts the new one back on it.
/// </summary>
public sealed class SerializedState : IStoreItem
{
    /// <summary>Wraps <paramref name="json"/>, a JSON object written by the state store.</summary>
    /// <param name="json">The document, without an "eTag" property.</param>
    /// <param name="eTag">The ETag the document was read with; null or "*" writes whatever is stored.</param>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not a JSON object's text.</exception>
    public SerializedState(string json, string? eTag)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length < 2 || json[0] != '{' || json[^1] != '}')
        {
            throw new ArgumentException("A serialized state must be the text of a JSON object.", nameof(json));
        }

        Json = json;
        ETag = eTag;
    }

    /// <summary>The document's text, a JSON object without "eTag".</summary>
    public string Json { get; }

    /// <inheritdoc />
    public string? ETag { get; set; }

    /// <summary>The document with <paramref name="eTag"/> as its first property, as the storages keep it.</summary>
    /// <param name="eTag">The new ETag: letters and digits only, as the storages make them.</param>
    public string WithETag(string eTag)
    {
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        if (!eTag.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("A storage ETag is made of ASCII letters and digits.", nameof(eTag));
        }

        var head = $"{{\"{StateJson.ETagProperty}\":\"{eTag}\"";
        return Json == "{}" ? head + "}" : string.Concat(head, ",", Json.AsSpan(1));
    }
}
