using Majordome.Bot.WebChat;
using Majordome.Dialogs.Localization;

namespace Majordome.Tests.Bot.WebChat;

/// <summary>The chat page is built once per variant, not on every visit, and each variant is the right one.</summary>
public sealed class WebChatPageTests
{
    private readonly WebChatPage _page = new(new WebChatOptions(), "Maison Tasse", Localizer.Default);

    [Fact]
    public void Render_SameVariantTwice_IsBuiltOnce()
    {
        var first = _page.Render(Languages.French, embedded: false);
        var second = _page.Render(Languages.French, embedded: false);

        Assert.Same(first, second);
    }

    [Fact]
    public void Render_EachVariant_IsItsOwn()
    {
        var french = _page.Render(Languages.French, embedded: false);
        var english = _page.Render(Languages.English, embedded: false);
        var embedded = _page.Render(Languages.French, embedded: true);

        Assert.Contains("<html lang=\"fr\"", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<body class=\"embedded\">", embedded, StringComparison.Ordinal);
        Assert.Contains("<body class=\"standalone\">", french, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderEmbedScript_AndAssets_AreBuiltOnce()
    {
        Assert.Same(_page.RenderEmbedScript(Languages.French), _page.RenderEmbedScript(Languages.French));
        Assert.Same(WebChatPage.ReadAsset("chat.js"), WebChatPage.ReadAsset("chat.js"));
    }
}
