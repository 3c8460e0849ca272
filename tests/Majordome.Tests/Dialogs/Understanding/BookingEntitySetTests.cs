using System.Globalization;
using Majordome.Bot.Content;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Majordome.Tests.Dialogs.Understanding;

/// <summary>
/// The party size, day and time of every typed booking request in data/booking-entities.tsv (French and English),
/// read as the first message of a conversation on the corpus clock (Wednesday 25 November 2026, 16:00 in Paris).
/// </summary>
public sealed class BookingEntitySetTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly ITestOutputHelper _output;
    private readonly EntityExtractor _extractor = new(
        new LoadedCatalog(TestBrand.Content.Products),
        new LoadedBoutiqueDirectory(TestBrand.Content.Boutiques),
        new FakeTimeProvider(ConversationHarness.DefaultNow),
        "Maison Tasse");

    public BookingEntitySetTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Extract_EveryBookingRequestOfTheSet_GivesThePartyDayAndTimeSaid()
    {
        var cases = BookingEntityCase.ReadFile(BookingEntityCase.DefaultPath);
        var mismatches = new List<string>();
        var fixedGaps = new List<string>();
        foreach (var c in cases)
        {
            var got = c.Read(_extractor, Paris);
            var right = got == (c.PartySize, c.Day, c.Time);
            var line = $"line {c.Line} [{c.Language}] \"{c.Sentence}\": expected {Show(c.PartySize, c.Day, c.Time)}, got {Show(got.PartySize, got.Day, got.Time)}";
            if (c.KnownGap is not null)
            {
                _output.WriteLine($"known gap ({c.KnownGap}): {line}");
                if (right)
                {
                    fixedGaps.Add(line);
                }
            }
            else if (!right)
            {
                mismatches.Add(line);
            }
        }

        var gaps = cases.Count(c => c.KnownGap is not null);
        _output.WriteLine($"{cases.Count - mismatches.Count - gaps + fixedGaps.Count} of {cases.Count} sentences read right ({gaps} known gaps).");
        Assert.True(cases.Count >= 150, $"The set should hold at least 150 sentences, it holds {cases.Count}.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} sentences misread:\n" + string.Join('\n', mismatches));

        // A gap that closes must lose its mark, so that it is guarded from then on.
        Assert.True(fixedGaps.Count == 0, "Known gaps now read right (remove their sixth column):\n" + string.Join('\n', fixedGaps));
    }

    private static string Show(int? party, DateOnly? day, TimeOnly? time) => string.Create(
        CultureInfo.InvariantCulture,
        $"party {party?.ToString(CultureInfo.InvariantCulture) ?? "-"}, day {day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}, time {time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-"}");
}
