using Microsoft.Bot.Builder;
using Majordome.Dialogs.Engine;

namespace Majordome.Dialogs.Localization;

/// <summary>
/// The user's time zone for this turn: the one the channel reports (<c>Activity.LocalTimezone</c>, an IANA
/// name sent by Web Chat and the Emulator), else the brand's default set by the host, else Europe/Paris.
/// </summary>
public static class TurnTimeZone
{
    /// <summary>The fallback when neither the channel nor the configuration says anything.</summary>
    public const string Fallback = "Europe/Paris";

    private const string Key = "Majordome.DefaultTimeZone";

    /// <summary>The user's time zone.</summary>
    public static TimeZoneInfo GetTimeZone(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Find(turnContext.Activity?.LocalTimezone)
            ?? Find(TurnItems.Get<string>(turnContext, Key))
            ?? TimeZones.Find(Fallback)!;
    }

    /// <summary>Sets the brand's default time zone for this turn.</summary>
    public static void SetDefaultTimeZone(this ITurnContext turnContext, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnItems.Set(turnContext, Key, timeZoneId);
    }

    private static TimeZoneInfo? Find(string? id)
    {
        return string.IsNullOrWhiteSpace(id) ? null : TimeZones.Find(id);
    }
}
