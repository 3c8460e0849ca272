using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// Conversions between CLR values and the plain JSON kept in dialog state, in one place so every
/// dialog reads values the same way whether they were written this turn or before a restart.
/// </summary>
public static class JsonValue
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    });

    /// <summary>Converts a value to JSON; null stays null.</summary>
    public static JToken? From(object? value) => value switch
    {
        null => null,
        JToken token => token.DeepClone(),
        _ => JToken.FromObject(value, Serializer),
    };

    /// <summary>
    /// Converts a value that is either already a <typeparamref name="T"/> or its JSON form into a
    /// <typeparamref name="T"/>; returns default when the value is missing or cannot be converted.
    /// </summary>
    public static T? To<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case JToken { Type: JTokenType.Null or JTokenType.Undefined }:
                return default;
        }

        try
        {
            var token = value as JToken ?? JToken.FromObject(value, Serializer);
            return token.ToObject<T>(Serializer);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return default;
        }
    }
}
