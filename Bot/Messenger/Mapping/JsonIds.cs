using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// Reads Meta's ids, which arrive as JSON strings in some payloads and bare numbers in others (app ids, owner ids,
/// sticker ids, watermarks): both become the same string, so "948372615204837" and 948372615204837 compare equal.
/// </summary>
public static class JsonIds
{
    /// <summary>The id as text, or null when the token is missing, null, or neither a string nor an integer.</summary>
    public static string? Read(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String, Value: string text } when text.Length > 0 => text,
        JValue { Type: JTokenType.Integer, Value: { } number } => Convert.ToString(number, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Whether the token is absent, null, a string or an integer: the shapes an id may have.</summary>
    public static bool IsIdShaped(JToken? token) =>
        token is null or JValue { Type: JTokenType.Null or JTokenType.String or JTokenType.Integer };

    /// <summary>The id of an account object such as <c>sender</c> or <c>recipient</c> (<c>{"id": ...}</c>).</summary>
    public static string? AccountId(JToken? account) => account is JObject o ? Read(o["id"]) : null;

    /// <summary>A string property, or null when missing or not a string.</summary>
    public static string? Text(JToken? token) => token is JValue { Type: JTokenType.String, Value: string text } ? text : null;
}
