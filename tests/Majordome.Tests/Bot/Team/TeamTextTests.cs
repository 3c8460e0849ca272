using System.Text.RegularExpressions;
using Majordome.Bot.Team.Console;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// The console's string set (Bot/Team/Console/Resources, embedded): every key in French and English with the same
/// placeholders, and every key the console's code names is in it.
/// </summary>
public sealed partial class TeamTextTests
{
    [Fact]
    public void Strings_EveryKey_ExistsInFrenchAndEnglish_WithTheSamePlaceholders()
    {
        var keys = TeamText.Strings.Keys.ToList();

        Assert.True(keys.Count > 100, $"Only {keys.Count} console strings were loaded.");
        Assert.Empty(TeamText.Strings.Validate());
    }

    [Fact]
    public void EveryKeyTheConsoleCodeNames_IsInTheSet()
    {
        var folders = new[] { Path.Combine(RepositoryRoot.Path, "Bot", "Team", "Console"), Path.Combine(RepositoryRoot.Path, "Bot", "Privacy", "Console") };
        var named = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.cs"))
            .SelectMany(file => KeyLiteral().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .ToList();
        var known = TeamText.Strings.Keys.ToHashSet(StringComparer.Ordinal);

        Assert.True(named.Count > 50, $"Only {named.Count} keys found in the console's code.");
        Assert.Empty(named.Where(n => !known.Contains(n.Key)).Select(n => $"{n.File}: {n.Key}"));
    }

    [Fact]
    public void EveryOrderAndBookingStatus_HasItsWord_InBothLanguages()
    {
        var keys = Enum.GetNames<OrderStatus>().Select(s => $"team.order.status.{s}")
            .Concat(Enum.GetNames<BookingStatus>().Select(s => $"team.booking.status.{s}"));

        foreach (var language in Languages.All)
        {
            var text = TeamText.In(language);
            Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(text[key]), $"{key} is empty in {language}"));
        }
    }

    [Theory]
    [InlineData("fr", 30, "moins d’une minute")]
    [InlineData("fr", 4 * 60, "4 min")]
    [InlineData("fr", (2 * 60 + 5) * 60, "2 h 05")]
    [InlineData("fr", (26 * 60 + 5) * 60, "1 j 2 h")]
    [InlineData("en", 30, "under a minute")]
    [InlineData("en", (26 * 60 + 5) * 60, "1 d 2 h")]
    public void Waited_ReadsInTheAgentsLanguage(string language, int seconds, string expected) =>
        Assert.Equal(expected, TeamText.In(language).Waited(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData("fr", "6 déc. 2026 20:49 UTC")]
    [InlineData("en", "6 Dec 2026 20:49 UTC")]
    public void Time_IsUtc_InTheAgentsCulture(string language, string expected) =>
        Assert.Equal(expected, TeamText.In(language).Time(new DateTimeOffset(2026, 12, 6, 21, 49, 0, TimeSpan.FromHours(1))));

    // A whole string literal that is a console key: "team.queue.take" (keys built from values are tested above).
    [GeneratedRegex("\"(team\\.[A-Za-z]+(?:\\.[A-Za-z]+)+)\"")]
    private static partial Regex KeyLiteral();
}
