namespace Majordome.Dialogs.Channels;

/// <summary>The channels the host knows, asked by the dialogs for what a channel can show.</summary>
public interface IChannelRegistry
{
    /// <summary>The capabilities of <paramref name="channelId"/>, or <see cref="ChannelCapabilities.Unknown"/>.</summary>
    ChannelCapabilities Find(string? channelId);
}
