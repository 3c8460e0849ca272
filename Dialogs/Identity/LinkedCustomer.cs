using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Identity;

/// <summary>
/// The identity a turn's customer proved is linked to: set by the host for the turn when the key the endpoint
/// authenticated (a Messenger PSID, a WhatsApp number) was linked to another one (their Web Chat visitor) by a
/// single-use token issued to that other key. <see cref="Conversations.CustomerKey.From"/> then answers the linked
/// (primary) key, so the customer's orders, bookings and experiment variants follow them across channels.
/// </summary>
public static class LinkedCustomer
{
    private const string TurnKey = "Majordome.LinkedCustomer";

    /// <summary>Makes <paramref name="primaryKey"/> the customer key of <paramref name="turnContext"/>.</summary>
    public static void Use(ITurnContext turnContext, string primaryKey)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryKey);
        TurnItems.Set(turnContext, TurnKey, primaryKey);
    }

    /// <summary>The primary key the turn's customer is linked to, or null when they are not linked.</summary>
    public static string? Find(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnItems.Get<string>(turnContext, TurnKey) is { Length: > 0 } key ? key : null;
    }
}
