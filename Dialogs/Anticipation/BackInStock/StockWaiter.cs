namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>A customer waiting for a sold-out product, with where to tell them and what they agreed to.</summary>
/// <param name="To">The customer and the conversation to write in, taken from the turn where they asked.</param>
/// <param name="Sku">The product they wait for.</param>
/// <param name="Wording">The exact words they accepted (the offer's sentence): their consent to this one message.</param>
/// <param name="AskedAt">When they asked.</param>
public sealed record StockWaiter(ProactiveAddress To, string Sku, string Wording, DateTimeOffset AskedAt);
