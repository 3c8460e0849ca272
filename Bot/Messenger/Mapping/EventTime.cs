using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// Meta's event times: epoch milliseconds everywhere, except the 2026 postback reference, which shows seconds.
/// A number below 10^11 cannot be milliseconds of this century (it would be 1973) but is seconds until year 5138,
/// so the magnitude tells them apart.
/// </summary>
public static class EventTime
{
    private const long SecondsLimit = 100_000_000_000;

    /// <summary>The instant of an epoch time in seconds or milliseconds (number or digit string), or null.</summary>
    public static DateTimeOffset? Read(JToken? token)
    {
        long? value = token switch
        {
            JValue { Type: JTokenType.Integer, Value: long number } => number,
            JValue { Type: JTokenType.Float, Value: double real } when real is >= 0 and < 1e16 => (long)real,
            JValue { Type: JTokenType.String, Value: string text } when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (value is not { } epoch || epoch < 0 || epoch > 253_402_300_799_999)
        {
            return null;
        }

        return epoch < SecondsLimit ? DateTimeOffset.FromUnixTimeSeconds(epoch) : DateTimeOffset.FromUnixTimeMilliseconds(epoch);
    }

    /// <summary>Whether the token is absent or a time <see cref="Read"/> understands.</summary>
    public static bool IsTimeShaped(JToken? token) => token is null or JValue { Type: JTokenType.Null } || Read(token) is not null;
}
