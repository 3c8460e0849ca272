using System.Globalization;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations.Booking;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// <c>book</c>: ends the flow into the tasting-table booking, prefilled as a sentence like "table pour 4 samedi
/// à Lyon" prefills it (<see cref="BookingOptions"/>). Optional arguments: <c>boutique</c> (id or name),
/// <c>people</c> (1 to 20) and <c>date</c> ("yyyy-MM-dd HH:mm", as a date-time question stores it, in the
/// boutique's time zone; "yyyy-MM-dd" alone is a day, and only the time is asked). A value that cannot be read is left for the booking flow to ask, so the action fails
/// only on a boutique that does not exist.
/// </summary>
public sealed class BookAction : IFlowAction
{
    /// <summary>The action's name in flow files.</summary>
    public const string ActionName = "book";

    private const int MaxPartySize = 20;
    private readonly IBoutiqueDirectory _boutiques;

    /// <summary>Creates the action.</summary>
    public BookAction(IBoutiqueDirectory boutiques)
    {
        ArgumentNullException.ThrowIfNull(boutiques);
        _boutiques = boutiques;
    }

    /// <summary>The optional arguments.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["boutique", "people", "date"];

    /// <inheritdoc />
    public string Name => ActionName;

    /// <inheritdoc />
    public IReadOnlyList<string>? OptionalArguments => Optional;

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredArguments => [];

    /// <inheritdoc />
    public Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Boutique? boutique = null;
        if (context.Text("boutique") is { } named)
        {
            var wanted = FlowCatalog.Normalize(named);
            boutique = _boutiques.Boutiques.FirstOrDefault(b => string.Equals(b.Id, named, StringComparison.OrdinalIgnoreCase) || FlowCatalog.Normalize(b.Name) == wanted);
            if (boutique is null)
            {
                return Task.FromResult(FlowActionResult.Failed("no boutique with this id or name"));
            }
        }

        var people = context.Number("people") is { } n && n == decimal.Truncate(n) && n is >= 1 and <= MaxPartySize ? (int?)n : null;
        DateTimeOffset? start = null;
        DateOnly? day = null;
        if (boutique is not null && context.Text("date") is { } date)
        {
            if (DateTime.TryParseExact(date, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                var zone = Bookings.BoutiqueClock.Zone(boutique);
                start = new DateTimeOffset(local, zone.GetUtcOffset(local));
            }
            else if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateOnly))
            {
                // A date without a time is a day: the booking asks only the time, with that day's free times.
                day = dateOnly;
            }
        }

        var outcome = new FlowOutcome(null) { Booking = new BookingOptions(boutique?.Id, people, start, day) };
        return Task.FromResult(FlowActionResult.EndsInto(outcome));
    }
}
