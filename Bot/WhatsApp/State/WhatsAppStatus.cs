namespace Majordome.Bot.WhatsApp.State;

/// <summary>What WhatsApp said about one message the bot sent.</summary>
/// <param name="MessageId">The message's <c>wamid</c>.</param>
/// <param name="Status">sent, delivered, read or failed.</param>
/// <param name="PhoneNumberId">The business number that sent it.</param>
/// <param name="RecipientId">The customer's WhatsApp id.</param>
/// <param name="ErrorCode">For a failed message, WhatsApp's error code (131047 window closed, 131026 undeliverable…).</param>
/// <param name="ErrorTitle">For a failed message, WhatsApp's title of the error.</param>
/// <param name="At">When it happened.</param>
public sealed record WhatsAppStatus(string MessageId, string Status, string PhoneNumberId, string RecipientId, int? ErrorCode, string? ErrorTitle, DateTimeOffset At);
