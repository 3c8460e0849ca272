using Majordome.Dialogs.Channels;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Channels;

/// <summary>
/// Tells which entries of an outgoing message the customer reads as a numbered list on a channel: the carousel's text
/// alternative where cards do not show (<see cref="CarouselTextChoices"/>), or choices a channel's renderer writes as
/// numbered lines (WhatsApp beyond 10 choices or 24 characters).
/// </summary>
public interface INumberedChoiceSource
{
    /// <summary>The numbered entries of <paramref name="activity"/> on <paramref name="channel"/>, in order; empty when none.</summary>
    IReadOnlyList<NumberedChoice> Numbered(IMessageActivity activity, ChannelCapabilities channel);
}
