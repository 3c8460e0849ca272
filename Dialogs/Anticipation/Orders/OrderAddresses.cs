using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Orders;

/// <summary>
/// Where to tell a customer about their order: the address of the turn that placed it, kept in the bot's storage,
/// since a status change arrives later from the brand's back office, outside any conversation.
/// </summary>
public sealed class OrderAddresses
{
    private readonly IStorage _storage;

    /// <summary>Creates the address book on <paramref name="storage"/>.</summary>
    public OrderAddresses(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    /// <summary>The storage key of an order's address.</summary>
    public static string KeyOf(long number) => "anticipation/order-address/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Keeps the address of the customer who placed order <paramref name="number"/>.</summary>
    public Task SaveAsync(long number, ProactiveAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _storage.WriteAsync(new Dictionary<string, object> { [KeyOf(number)] = JObject.FromObject(address) }, cancellationToken);
    }

    /// <summary>The address kept for order <paramref name="number"/>, or null (placed before addresses were kept).</summary>
    public async Task<ProactiveAddress?> FindAsync(long number, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(number);
        var read = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return read.TryGetValue(key, out var stored) && stored is not null
            ? (stored as JObject ?? JObject.FromObject(stored)).ToObject<ProactiveAddress>()
            : null;
    }
}
