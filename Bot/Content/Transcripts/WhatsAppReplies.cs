using Majordome.Bot.Messenger.Mapping;
using Majordome.Bot.WhatsApp.Rendering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// The bot's messages as a WhatsApp customer reads them, for transcripts played on <c>whatsapp</c>: each activity
/// goes through the channel's own <see cref="WhatsAppRenderer"/> and every WhatsApp message it makes is one reply. A
/// text is its body; reply buttons and list rows are the reply's buttons (a tap sends their id, as the webhook
/// mapper reads it); a choice too long for either is the numbered text the customer answers by typing a number; a
/// link button is a button that opens its link; a picture is its caption; a document is a card named after its file.
/// </summary>
public sealed class WhatsAppReplies
{
    private readonly WhatsAppRenderer _renderer;
    private readonly string _language;

    /// <summary>Reads replies rendered with labels in <paramref name="language"/> (the transcript's).</summary>
    public WhatsAppReplies(WhatsAppRenderer renderer, string language)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        _renderer = renderer;
        _language = language;
    }

    /// <summary>The replies the customer sees for <paramref name="message"/>.</summary>
    public IReadOnlyList<BotReply> From(Activity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var replies = _renderer.Render(message, _language).Select(FromWhatsApp).ToList();

        // An activity that renders to nothing is still a reply, so an unexpected one is reported.
        return replies.Count > 0 ? replies : [new BotReply(string.Empty, null, [])];
    }

    private static BotReply FromWhatsApp(JObject sent)
    {
        var type = (string?)sent["type"];
        return type switch
        {
            "text" => new BotReply((string?)sent["text"]?["body"] ?? string.Empty, null, []),
            "interactive" => FromInteractive((JObject)sent["interactive"]!),
            "image" when (string?)sent["image"]?["caption"] is { Length: > 0 } caption => new BotReply(caption, null, []),
            "document" => new BotReply(null, (string?)sent["document"]?["filename"] ?? "document", []),
            _ => new BotReply(null, type ?? "message", []),
        };
    }

    private static BotReply FromInteractive(JObject interactive)
    {
        var body = (string?)interactive["body"]?["text"] ?? string.Empty;
        var action = interactive["action"];
        IEnumerable<ReplyButton> buttons = (string?)interactive["type"] switch
        {
            "button" => (action?["buttons"] as JArray ?? []).Select(b => Tap((string)b["reply"]!["title"]!, (string)b["reply"]!["id"]!)),
            "list" => (action?["sections"] as JArray ?? []).SelectMany(s => s["rows"] as JArray ?? [])
                .Select(r => Tap((string)r["title"]!, (string)r["id"]!)),
            "cta_url" => [new ReplyButton(TextPattern.Normalize((string?)action?["parameters"]?["display_text"] ?? string.Empty), null, null,
                (string?)action?["parameters"]?["url"] ?? string.Empty)],
            _ => [],
        };
        return new BotReply(body, null, [.. buttons]);
    }

    // What WhatsApp sends back for a tap is the id; the webhook mapper turns a JSON id into the activity's value.
    private static ReplyButton Tap(string title, string id) =>
        PayloadValue.AsObject(id) is { } value
            ? new ReplyButton(TextPattern.Normalize(title), null, value)
            : new ReplyButton(TextPattern.Normalize(title), id, null);
}
