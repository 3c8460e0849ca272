namespace Majordome.Bot.Channels;

/// <summary>The channel ids of the channels Majordome knows (those of Bot Framework where it has one).</summary>
public static class ChannelIds
{
    /// <summary>Majordome's own chat page and Bot Framework Web Chat.</summary>
    public const string WebChat = "webchat";

    /// <summary>Majordome's Direct Line endpoint.</summary>
    public const string DirectLine = "directline";

    /// <summary>Direct Line Speech.</summary>
    public const string DirectLineSpeech = "directlinespeech";

    /// <summary>The Bot Framework Emulator.</summary>
    public const string Emulator = "emulator";

    /// <summary>Microsoft Teams.</summary>
    public const string Teams = "msteams";

    /// <summary>Messenger (the Bot Framework's own name for it).</summary>
    public const string Facebook = "facebook";

    /// <summary>Instagram direct messages.</summary>
    public const string Instagram = "instagram";

    /// <summary>WhatsApp Cloud API.</summary>
    public const string WhatsApp = "whatsapp";

    /// <summary>Bot Framework's test channel.</summary>
    public const string Test = "test";
}
