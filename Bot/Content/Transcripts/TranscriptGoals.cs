namespace Majordome.Bot.Content.Transcripts;

/// <summary>The goals a transcript's <c>goal:</c> line may name: what the customer came to get done.</summary>
public static class TranscriptGoals
{
    /// <summary>A table booked (the booking confirmation and its reference).</summary>
    public const string Booking = "booking";

    /// <summary>An order placed (the receipt and its number).</summary>
    public const string Order = "order";

    /// <summary>A question answered (an FAQ answer, or cards of products or boutiques that answer a question about them).</summary>
    public const string Answer = "answer";

    /// <summary>A booking cancelled from the customer's bookings.</summary>
    public const string Cancellation = "cancellation";

    /// <summary>Nothing to get done (small talk, a flow abandoned on purpose).</summary>
    public const string None = "none";

    /// <summary>Every goal, as written on a goal: line.</summary>
    public static IReadOnlyList<string> All { get; } = [Booking, Order, Answer, Cancellation, None];
}
