using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Bookings;

/// <summary>
/// The answer to the thanks' question ("how was the tasting?"), tapped: its button posts
/// <c>{ "action": "bookingFeedback", "reference": "MT-7K2QX", "liked": true }</c>, recorded in the feedback log as the
/// answer feedback of the entry <c>booking:&lt;reference&gt;</c>.
/// </summary>
public static class BookingFeedback
{
    /// <summary>The action of the buttons.</summary>
    public const string Action = "bookingFeedback";

    /// <summary>The feedback log's entry id for a booking.</summary>
    public static string EntryOf(string reference) => "booking:" + reference;

    /// <summary>The value one of the buttons posts.</summary>
    public static JObject Value(string reference, bool liked) => new() { ["action"] = Action, ["reference"] = reference, ["liked"] = liked };
}
