using System.Globalization;
using Majordome.Dialogs.Conversations.Booking;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Understanding;

/// <summary>One typed booking request of data/booking-entities.tsv and what it says; null where nothing is said.</summary>
/// <param name="Line">The line of the file, for reports.</param>
/// <param name="Sentence">The message as typed.</param>
/// <param name="Language">"fr" or "en".</param>
/// <param name="PartySize">How many people it says.</param>
/// <param name="Day">The day it says (a slot's day included).</param>
/// <param name="Time">The time it says (a slot's time included).</param>
/// <param name="KnownGap">Why this sentence is still misread (an optional sixth column), or null: it must read right.</param>
public sealed record BookingEntityCase(int Line, string Sentence, string Language, int? PartySize, DateOnly? Day, TimeOnly? Time, string? KnownGap)
{
    /// <summary>The file of cases, in the repository (not copied to the output, so that it is read as edited).</summary>
    public static string DefaultPath => Path.Combine(RepositoryRoot.Path, "tests", "Majordome.Tests", "Dialogs", "Understanding", "data", "booking-entities.tsv");

    /// <summary>
    /// Reads the cases: tab-separated sentence, language, party size, day, time ("-" when not said), and optionally why
    /// it is a known gap; # starts a comment line.
    /// </summary>
    public static IReadOnlyList<BookingEntityCase> ReadFile(string path)
    {
        var cases = new List<BookingEntityCase>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length is not (5 or 6))
            {
                throw new FormatException($"{path}, line {i + 1}: 5 or 6 tab-separated columns expected, {cells.Length} found.");
            }

            cases.Add(new BookingEntityCase(
                i + 1,
                cells[0],
                cells[1],
                cells[2] == "-" ? null : int.Parse(cells[2], CultureInfo.InvariantCulture),
                cells[3] == "-" ? null : DateOnly.ParseExact(cells[3], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                cells[4] == "-" ? null : TimeOnly.ParseExact(cells[4], "HH:mm", CultureInfo.InvariantCulture),
                cells.Length == 6 ? cells[5] : null));
        }

        return cases;
    }

    /// <summary>
    /// What <paramref name="extractor"/> and <see cref="BookingWish"/> read in the sentence, as the booking flow gets
    /// it: the party size, and the day and time said (a whole slot gives both).
    /// </summary>
    public (int? PartySize, DateOnly? Day, TimeOnly? Time) Read(EntityExtractor extractor, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var entities = extractor.Extract(Sentence, Language, zone);
        var wish = BookingWish.From(entities.Moments, Sentence);
        if (wish.Start is { } start)
        {
            var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
            return (entities.PartySize, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        }

        return (entities.PartySize, wish.Day, wish.Time);
    }
}
