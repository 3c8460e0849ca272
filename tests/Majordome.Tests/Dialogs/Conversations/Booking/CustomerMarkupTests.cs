using Majordome.Bot.Messenger.Rendering;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Conversations.Booking;

/// <summary>
/// Issue 14, defect 13: a name typed as <c>**Jean** [x](http://evil.example) &lt;img src=x onerror=alert(1)&gt;</c>
/// was shown bold, with a live link, and the image request fired in Web Chat (which renders Markdown and HTML).
/// </summary>
public class CustomerMarkupTests
{
    private const string MarkupName = "**Jean** [x](http://evil.example) <img src=x onerror=alert(1)>";
    private const string Escaped = @"\*\*Jean\*\* \[x\](http://evil.example) \<img src=x onerror=alert(1)\>";

    private static async Task<Replies> ConfirmationAsync(string channel)
    {
        var harness = new ConversationHarness(channelId: channel, userId: Guid.NewGuid().ToString(), database: TestBrand.NewDatabase());
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("Lyon");
        await harness.SendAsync("4");
        await harness.SendAsync("samedi à 15h");
        await harness.SendAsync(MarkupName);
        return await harness.SendAsync("06 12 34 56 78");
    }

    [Fact]
    public async Task BookingName_TypedAsMarkup_IsEscapedInTheWebChatConfirmation()
    {
        var confirm = await ConfirmationAsync("webchat");

        Assert.Contains($"au nom de {Escaped}. Je réserve ?", confirm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" **Jean**", confirm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" <img", confirm.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingName_TypedAsMarkup_ReadsAsTypedOnMessenger()
    {
        var confirm = await ConfirmationAsync("facebook");
        var renderer = new MessengerRenderer(new MessengerCardRenderer(Localizer.Default));

        var sent = confirm.Messages.SelectMany(m => renderer.Render(m)).Select(m => (string?)m["text"]).OfType<string>();

        Assert.Contains(sent, text => text.Contains($"au nom de {MarkupName}. Je réserve ?", StringComparison.Ordinal));
    }
}
