using System.Data.Common;
using System.Text.Json.Nodes;
using Majordome.Bot.Data;
using Majordome.Dialogs.Privacy;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Privacy;

/// <summary>
/// The conversations' data requests on the business database and the state storage: the summary is read from the
/// same export an admin downloads, the erasure is the one the console runs, recorded as asked by the customer.
/// </summary>
public sealed class CustomerDataRequests : ICustomerData
{
    private readonly CustomerDataExport _export;
    private readonly SqlCustomerErasure _erasure;

    /// <summary>Creates the requests.</summary>
    public CustomerDataRequests(CustomerDataExport export, SqlCustomerErasure erasure)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(erasure);
        _export = export;
        _erasure = erasure;
    }

    /// <inheritdoc />
    public async Task<CustomerDataSummary> SummarizeAsync(string customerKey, CancellationToken cancellationToken = default)
    {
        var customer = Parse(customerKey);
        JsonObject export;
        try
        {
            export = await _export.ExportAsync(customer, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            throw new CustomerDataUnavailableException("The business database could not be read.", exception);
        }

        return CustomerDataSummaries.From(export);
    }

    /// <inheritdoc />
    public async Task EraseAsync(ITurnContext turnContext, string customerKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var customer = Parse(customerKey);
        try
        {
            await _erasure.EraseAsync(customer, ErasureSource.Customer, ErasureSource.Customer, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            throw new CustomerDataUnavailableException("The business database could not be written.", exception);
        }

        ErasureSweep.Request(turnContext, customer);
    }

    private static CustomerRecordKey Parse(string customerKey) =>
        CustomerRecordKey.TryParse(customerKey) ?? throw new ArgumentException($"\"{customerKey}\" is not a customer key (channel/user).", nameof(customerKey));
}
