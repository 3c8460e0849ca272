using Majordome.Bot.Channels;
using Majordome.Dialogs.Channels;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.WhatsApp.Rendering;

/// <summary>
/// The choices <see cref="WhatsAppRenderer"/> writes as numbered lines on WhatsApp (more than 10, or a title longer
/// than a list row's 24 characters, like the FAQ's suggested questions): entry <c>n</c> is what tapping choice
/// <c>n</c> would have sent, its id.
/// </summary>
public sealed class WhatsAppNumberedChoices : INumberedChoiceSource
{
    private readonly WhatsAppRenderer _renderer;

    /// <summary>Reads what <paramref name="renderer"/> numbers.</summary>
    public WhatsAppNumberedChoices(WhatsAppRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        _renderer = renderer;
    }

    /// <inheritdoc />
    public IReadOnlyList<NumberedChoice> Numbered(IMessageActivity activity, ChannelCapabilities channel)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Id != ChannelIds.WhatsApp ? [] : [.. _renderer.NumberedChoices(activity).Select(o => new NumberedChoice(o.Id))];
    }
}
