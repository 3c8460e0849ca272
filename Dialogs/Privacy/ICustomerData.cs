namespace Majordome.Dialogs.Privacy;

/// <summary>
/// What the conversations need to answer a customer's data requests (the host implements it on its database and
/// state). The key is always the turn's own customer key, made by the endpoint that authenticated the customer.
/// </summary>
public interface ICustomerData
{
    /// <summary>What is kept about <paramref name="customerKey"/>.</summary>
    Task<CustomerDataSummary> SummarizeAsync(string customerKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases <paramref name="customerKey"/>'s data (orders and bookings are kept, anonymised). The current
    /// conversation's state and messages, written after this turn, are erased when the turn ends.
    /// </summary>
    Task EraseAsync(Microsoft.Bot.Builder.ITurnContext turnContext, string customerKey, CancellationToken cancellationToken = default);
}
