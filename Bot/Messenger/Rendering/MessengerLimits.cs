using System.Text;

namespace Majordome.Bot.Messenger.Rendering;

/// <summary>
/// The Send API's limits for one platform (MESSENGER.md §4 and §5.4). Messenger and Instagram share the renderer;
/// only these numbers and a few capabilities differ.
/// </summary>
public sealed class MessengerLimits
{
    /// <summary>Quick replies per message (both platforms).</summary>
    public const int MaxQuickReplies = 13;

    /// <summary>Quick reply and button titles (both platforms).</summary>
    public const int MaxTitleLength = 20;

    /// <summary>Quick reply and postback payloads (both platforms).</summary>
    public const int MaxPayloadLength = 1000;

    /// <summary>Elements in one generic template; more are sent as further templates.</summary>
    public const int MaxGenericElements = 10;

    /// <summary>A generic element's title and subtitle.</summary>
    public const int MaxElementTextLength = 80;

    /// <summary>Buttons per generic element or button template.</summary>
    public const int MaxButtons = 3;

    /// <summary>The text of a button template.</summary>
    public const int MaxButtonTemplateTextLength = 640;

    /// <summary>Messenger: text of fewer than 2000 characters, receipt template, every button type.</summary>
    public static MessengerLimits Messenger { get; } = new(MessengerChannels.Facebook, text => text.Length < 2000, supportsReceipt: true, supportsPhoneButtons: true);

    /// <summary>Instagram: text of at most 1000 UTF-8 bytes, no receipt template, postback and web_url buttons only.</summary>
    public static MessengerLimits Instagram { get; } = new(MessengerChannels.Instagram, text => Encoding.UTF8.GetByteCount(text) <= 1000, supportsReceipt: false, supportsPhoneButtons: false);

    private readonly Func<string, bool> _textFits;

    private MessengerLimits(string channelId, Func<string, bool> textFits, bool supportsReceipt, bool supportsPhoneButtons)
    {
        ChannelId = channelId;
        _textFits = textFits;
        SupportsReceipt = supportsReceipt;
        SupportsPhoneButtons = supportsPhoneButtons;
    }

    /// <summary>The channel these limits apply to.</summary>
    public string ChannelId { get; }

    /// <summary>Whether the receipt template exists on this platform.</summary>
    public bool SupportsReceipt { get; }

    /// <summary>Whether phone_number buttons exist on this platform.</summary>
    public bool SupportsPhoneButtons { get; }

    /// <summary>The limits of <paramref name="channelId"/> (facebook or instagram).</summary>
    public static MessengerLimits For(string? channelId) => channelId == MessengerChannels.Instagram ? Instagram : Messenger;

    /// <summary>Whether <paramref name="text"/> fits in one text message.</summary>
    public bool TextFits(string text) => _textFits(text);
}
