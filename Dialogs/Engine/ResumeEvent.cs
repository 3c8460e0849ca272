using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// The event of a turn the assistant starts itself to move a waiting dialog on (a flow's long wait is over). The
/// dialog manager passes it to the active dialogs; each ignores it unless its token is the one it waits with, and it
/// never begins the menu, so a conversation that moved on meanwhile hears nothing.
/// </summary>
public static class ResumeEvent
{
    /// <summary>The event's name.</summary>
    public const string Name = "majordome.resume";

    /// <summary>True when <paramref name="activity"/> is a resume event.</summary>
    public static bool Is(IActivity? activity) => activity is IEventActivity { Name: Name } && activity.Type == ActivityTypes.Event;

    /// <summary>The token the event carries, or null.</summary>
    public static string? TokenOf(IActivity? activity) =>
        Is(activity) && (activity as IEventActivity)?.Value is { } value && JToken.FromObject(value) is JObject fields ? fields.Value<string>("token") : null;

    /// <summary>The event's value for <paramref name="token"/>.</summary>
    public static JObject ValueFor(string token) => new() { ["token"] = token };
}
