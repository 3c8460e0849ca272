namespace Majordome.Bot.Messenger.OptIns;

/// <summary>
/// A customer's consent to messages outside the 24-hour window (MESSENGER.md §5.1), as the proactive messages to
/// come need it: the token to address them with, the topic they agreed to, how often and until when, and whether
/// they stopped them.
/// </summary>
/// <param name="Thread">The customer's thread on the Page.</param>
/// <param name="Kind">Marketing messages or a one-time notification.</param>
/// <param name="Token">The token to send with (<c>notification_messages_token</c> or <c>one_time_notif_token</c>).</param>
/// <param name="Topic">The opt-in's payload: what the customer subscribed to ("WEEKLY_DEALS_OPTIN", "BACK_IN_STOCK:SKU-RJ42-M").</param>
/// <param name="Title">The title the customer saw, if any.</param>
/// <param name="Frequency">DAILY, WEEKLY or MONTHLY for marketing messages; null for a one-time notification.</param>
/// <param name="TimeZone">The customer's time zone Meta reported, if any.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
/// <param name="Active">False once the customer stopped the messages (STOP NOTIFICATIONS), true again on RESUME.</param>
/// <param name="TokenStatus">Meta's <c>user_token_status</c> (REFRESHED, NOT_REFRESHED), if given.</param>
/// <param name="RecordedAt">When the opt-in (or its last change) happened.</param>
public sealed record MessengerOptIn(
    MessengerThread Thread,
    MessengerOptInKind Kind,
    string Token,
    string? Topic,
    string? Title,
    string? Frequency,
    string? TimeZone,
    DateTimeOffset? ExpiresAt,
    bool Active,
    string? TokenStatus,
    DateTimeOffset RecordedAt);
