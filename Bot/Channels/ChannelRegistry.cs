using System.Collections.Frozen;
using Majordome.Dialogs.Channels;

namespace Majordome.Bot.Channels;

/// <summary>
/// The one list of channels: id, what each can show, and its analytics name. The dialogs ask it (through
/// <see cref="TurnChannel"/>) instead of matching channel ids; adding a channel is one registration in
/// <see cref="BuiltInChannels"/>.
/// </summary>
public sealed class ChannelRegistry : IChannelRegistry
{
    private readonly FrozenDictionary<string, ChannelCapabilities> _channels;

    /// <summary>Creates a registry of <paramref name="channels"/> (ids compared without case).</summary>
    public ChannelRegistry(IEnumerable<ChannelCapabilities> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        _channels = channels.ToFrozenDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The registry of the channels Majordome ships with.</summary>
    public static ChannelRegistry Default { get; } = new(BuiltInChannels.All);

    /// <summary>Every registered channel.</summary>
    public IEnumerable<ChannelCapabilities> All => _channels.Values;

    /// <inheritdoc />
    public ChannelCapabilities Find(string? channelId) =>
        channelId is not null && _channels.TryGetValue(channelId, out var channel) ? channel : ChannelCapabilities.Unknown;

    /// <summary>Whether <paramref name="channelId"/> is registered.</summary>
    public bool Contains(string? channelId) => channelId is not null && _channels.ContainsKey(channelId);
}
