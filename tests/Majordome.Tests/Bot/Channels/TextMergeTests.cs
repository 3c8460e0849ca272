using Majordome.Bot.Channels;
using Majordome.Bot.Messenger.Rendering;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Channels;

/// <summary>What may be merged into one Messenger message (<see cref="TextMerge"/>), and what never is.</summary>
public sealed class TextMergeTests
{
    private static readonly Func<string, bool> MessengerFits = MessengerLimits.Messenger.TextFits;

    [Fact]
    public void TryMerge_TextThenTextWithQuickReplies_KeepsTheQuickRepliesOnTheMergedText()
    {
        var quickReplies = new JArray(new JObject { ["content_type"] = "text", ["title"] = "Oui", ["payload"] = "YES" });

        var merged = TextMerge.TryMerge(Text("Première."), new JObject { ["text"] = "Seconde ?", ["quick_replies"] = quickReplies }, MessengerFits);

        Assert.Equal("Première.\n\nSeconde ?", (string?)merged?["text"]);
        Assert.True(JToken.DeepEquals(quickReplies, merged!["quick_replies"]));
    }

    [Fact]
    public void TryMerge_OverTheTextLimit_IsRefused()
    {
        Assert.Null(TextMerge.TryMerge(Text(new string('a', 1000)), Text(new string('b', 1000)), MessengerFits));
        Assert.NotNull(TextMerge.TryMerge(Text(new string('a', 990)), Text(new string('b', 990)), MessengerFits));
    }

    [Fact]
    public void TryMerge_InstagramLimitInBytes_IsRefusedPastIt()
    {
        // 400 "é" are 800 UTF-8 bytes: two of them are past Instagram's 1000 bytes, though not 1000 characters.
        Assert.Null(TextMerge.TryMerge(Text(new string('é', 400)), Text(new string('é', 400)), MessengerLimits.Instagram.TextFits));
    }

    [Fact]
    public void TryMerge_AnAttachmentOrATemplate_IsNeverMerged()
    {
        var attachment = new JObject { ["attachment"] = new JObject { ["type"] = "image", ["payload"] = new JObject { ["url"] = "https://example.com/a.png" } } };

        Assert.Null(TextMerge.TryMerge(Text("Voici :"), attachment, MessengerFits));
        Assert.Null(TextMerge.TryMerge(attachment, Text("Et ensuite."), MessengerFits));
    }

    [Fact]
    public void TryMerge_AfterATextWithQuickReplies_IsRefused()
    {
        // Quick replies belong to the last message: a text after them would leave them in the middle.
        var asked = new JObject { ["text"] = "Oui ou non ?", ["quick_replies"] = new JArray(new JObject { ["content_type"] = "text", ["title"] = "Oui", ["payload"] = "YES" }) };

        Assert.Null(TextMerge.TryMerge(asked, Text("Autre chose."), MessengerFits));
        Assert.False(TextMerge.IsPlainText(asked));
    }

    private static JObject Text(string text) => new() { ["text"] = text };
}
