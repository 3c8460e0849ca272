using System.Globalization;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>When a group would like to come: the customer's words, when typed at the question, and the date as read.</summary>
/// <param name="Words">What the customer typed ("samedi 19 décembre vers 15h"), or null when it came with the first message.</param>
/// <param name="Read">The date as read, on the boutique's clock: "2026-12-19 15:00", or "2026-12-19" for a day alone.</param>
public sealed record GroupBookingWish(string? Words, string Read)
{
    /// <summary>A day and maybe a time, read on the boutique's clock.</summary>
    public static GroupBookingWish Said(string? words, DateTimeOffset local, bool hasTime) =>
        new(words, local.ToString(hasTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Several days said ("this summer", "la semaine prochaine"): the team settles the day.</summary>
    public static GroupBookingWish Between(DateOnly first, DateOnly last) =>
        new(null, string.Create(CultureInfo.InvariantCulture, $"between {first:yyyy-MM-dd} and {last:yyyy-MM-dd}"));

    /// <summary>A day said without a time, maybe with a part of the day (the recognizer's code: MO, MI, AF, EV, NI, DT).</summary>
    public static GroupBookingWish Said(string? words, DateOnly day, string? dayPart = null) =>
        new(words, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + PartWords(dayPart));

    /// <summary>"As soon as possible": the team calls back with their first date.</summary>
    public static GroupBookingWish Soonest() => new(null, "as soon as possible");

    // The team's note reads in plain words what the customer said of the day.
    private static string PartWords(string? dayPart) => dayPart switch
    {
        "MO" => " morning",
        "MI" => " midday",
        "AF" => " afternoon",
        "EV" or "NI" => " evening",
        "DT" => " daytime",
        _ => string.Empty,
    };
}
