using System.Globalization;
using Majordome.Cards.Orders;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations.Information;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Orders;

/// <summary>
/// "Your order 1042 has shipped": the new status in a sentence and the order's status card. Nothing when the order has
/// moved on since (a later update says where it is).
/// </summary>
public sealed class OrderUpdateComposer : IProactiveMessageComposer
{
    private readonly IOrderStore _orders;
    private readonly IBoutiqueDirectory _boutiques;
    private readonly IChannelRegistry? _channels;
    private readonly Localizer _localizer;
    private readonly AnticipationOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the composer.</summary>
    public OrderUpdateComposer(IOrderStore orders, IBoutiqueDirectory boutiques, IOptions<AnticipationOptions> options, TimeProvider? time = null, IChannelRegistry? channels = null, Localizer? localizer = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(boutiques);
        ArgumentNullException.ThrowIfNull(options);
        _orders = orders;
        _boutiques = boutiques;
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _channels = channels;
        _localizer = localizer ?? Localizer.Default;
    }

    /// <inheritdoc />
    public string Kind => ProactiveKinds.OrderUpdate;

    /// <inheritdoc />
    public async Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(culture);
        JObject payload;
        try
        {
            payload = JObject.Parse(job.Request.PayloadJson);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }

        if (payload.Value<long?>("orderNumber") is not { } number
            || OrderUpdateStatuses.Parse(payload.Value<string>("status")) is not { } status
            || await _orders.FindOrderAsync(number, job.Request.To.CustomerKey, cancellationToken).ConfigureAwait(false) is not { } order
            || order.Status != status)
        {
            return null;
        }

        var language = Languages.FromLocale(culture.Name) ?? Languages.French;
        var boutique = _boutiques.FindById(order.Delivery.BoutiqueId ?? string.Empty)?.Name ?? order.Delivery.BoutiqueId ?? string.Empty;
        var key = "orderUpdate." + OrderUpdateStatuses.NameOf(status);
        var sentence = _localizer.Get(language, key, new { number, boutique });
        var data = OrderQuestion.ToCardData(order, _time.GetUtcNow());
        var channel = _channels?.Find(job.Request.To.ChannelId) ?? ChannelCapabilities.Unknown;
        return new ProactiveMessage(
            ProactiveCategory.Utility,
            [MessageFactory.Text(sentence), CardMessage.Create(channel, OrderStatusCard.Create(data, language), OrderStatusCard.ToText(data, language))],
            new ProactiveTemplate(_options.OrderUpdateTemplate, language, [number.ToString(CultureInfo.InvariantCulture), _localizer.GetPlain(language, key + ".short")]));
    }
}
