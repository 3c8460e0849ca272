using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Channels;

/// <summary>
/// The capabilities of a turn's channel. The host puts its <see cref="IChannelRegistry"/> in the turn state at the
/// start of every turn; a turn without one (a dialog run outside the host) is treated as an unknown, text-only channel.
/// </summary>
public static class TurnChannel
{
    private const string RegistryKey = "Majordome.Channels.Registry";

    /// <summary>Makes <paramref name="registry"/> the one the turn's dialogs ask.</summary>
    public static void UseRegistry(this ITurnContext turnContext, IChannelRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(registry);
        TurnItems.Set(turnContext, RegistryKey, registry);
    }

    /// <summary>What the channel of this turn can show.</summary>
    public static ChannelCapabilities Channel(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var registry = TurnItems.Get<IChannelRegistry>(turnContext, RegistryKey);
        return registry?.Find(turnContext.Activity?.ChannelId) ?? ChannelCapabilities.Unknown;
    }
}
