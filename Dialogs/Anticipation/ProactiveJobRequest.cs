namespace Majordome.Dialogs.Anticipation;

/// <summary>A message to send later.</summary>
/// <param name="Kind">One of <see cref="ProactiveKinds"/>; the composer of that kind writes the message when it is due.</param>
/// <param name="To">Whom and where.</param>
/// <param name="DueAt">When it is due (UTC).</param>
/// <param name="PayloadJson">What the composer needs (an order number, a booking id, a SKU), as JSON.</param>
/// <param name="OnceKey">
/// At most one job ever exists with this key (e.g. "reorder:webchat/u1:order-1042"), so scheduling the same thing twice
/// (a retried turn, two instances) yields one message; null for none.
/// </param>
public sealed record ProactiveJobRequest(string Kind, ProactiveAddress To, DateTimeOffset DueAt, string PayloadJson, string? OnceKey);
