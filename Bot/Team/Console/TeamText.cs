using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// Every string the team console shows, in French and English, from <c>Resources/console.{language}.json</c> (embedded
/// in the assembly; the same named placeholders and checks as the customers' strings, <see cref="Localizer"/>), and
/// the agent's dates and times in their language's culture. One per request: <see cref="For"/>.
/// </summary>
public sealed class TeamText
{
    private const string RequestItem = "majordome.team.text";

    private TeamText(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(Languages.LocaleOf(language));
    }

    /// <summary>The console's string tables (a key missing in a language is caught by <see cref="Localizer.Validate"/> in the tests).</summary>
    public static Localizer Strings { get; } = Load();

    /// <summary>The agent's language ("fr" or "en").</summary>
    public string Language { get; }

    /// <summary>The culture dates, times and amounts are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The console's words for this request's agent (<see cref="TeamLanguage.Of"/>).</summary>
    public static TeamText For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items[RequestItem] is not TeamText text)
        {
            text = new TeamText(TeamLanguage.Of(http));
            http.Items[RequestItem] = text;
        }

        return text;
    }

    /// <summary>The console's words in <paramref name="language"/> (a supported one, else French).</summary>
    public static TeamText In(string language) => new(Languages.FromLocale(language) ?? Languages.French);

    /// <summary>The text of <paramref name="key"/>, as it is (encode it before putting it in HTML).</summary>
    public string this[string key] => Strings.GetPlain(Language, key);

    /// <summary>The text of <paramref name="key"/> with <paramref name="args"/>' properties in its placeholders.</summary>
    public string Get(string key, object args) => Strings.GetPlain(Language, key, args);

    /// <summary>
    /// The text of <paramref name="key"/> as HTML: the text encoded, its placeholders replaced by
    /// <paramref name="html"/>'s values as they are (markup the page made, already encoded).
    /// </summary>
    public string Html(string key, IReadOnlyDictionary<string, string> html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Placeholders.Fill(TeamHtml.E(this[key]), name => html.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>
    /// An instant as the team reads it: UTC (agents in several places compare the same clock), to the minute, the
    /// month named in the agent's language ("6 déc. 2026 20:49 UTC", "6 Dec 2026 20:49 UTC": never 06/12 read as June).
    /// </summary>
    public string Time(DateTimeOffset instant) => Get("team.time", new { time = instant.UtcDateTime.ToString("d MMM yyyy HH:mm", Culture) });

    /// <summary>The hour of a message of the conversation (UTC, 24 hours, as <see cref="Time"/>).</summary>
    public string Clock(DateTimeOffset instant) => instant.UtcDateTime.ToString("HH:mm", Culture);

    /// <summary>How long ago, in words a queue reads at a glance ("4 min", "2 h 05").</summary>
    public string Waited(TimeSpan span) => span.TotalMinutes < 1
        ? this["team.waited.underMinute"]
        : span.TotalHours < 1
            ? Get("team.waited.minutes", new { minutes = (int)span.TotalMinutes })
            : span.TotalDays < 1
                ? Get("team.waited.hours", new { hours = (int)span.TotalHours, minutes = span.Minutes.ToString("D2", CultureInfo.InvariantCulture) })
                : Get("team.waited.days", new { days = (int)span.TotalDays, hours = span.Hours });

    private static Localizer Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var tables = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in Languages.All)
        {
            var name = $"Majordome.Bot.Team.Console.Resources.console.{language}.json";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The team console's strings {name} are not embedded in the assembly.");
            tables[language] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"The team console's strings {name} are empty.");
        }

        return new Localizer(tables);
    }
}
