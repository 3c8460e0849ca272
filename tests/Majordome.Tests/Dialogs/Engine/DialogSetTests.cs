using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;

namespace Majordome.Tests.Dialogs.Engine;

public class DialogSetTests
{
    [Fact]
    public void Add_SameInstanceTwice_IsIgnored()
    {
        var set = new DialogSet();
        var prompt = new TextPrompt("name");

        set.Add(prompt).Add(prompt);

        Assert.Single(set.GetDialogs());
    }

    [Fact]
    public void Add_DifferentDialogWithSameId_ThrowsNamingTheId()
    {
        var set = new DialogSet().Add(new TextPrompt("name"));

        var error = Assert.Throws<InvalidOperationException>(() => set.Add(new TextPrompt("name")));

        Assert.Contains("'name'", error.Message);
    }

    [Fact]
    public async Task CreateContextAsync_WithoutStateProperty_ExplainsTheFix()
    {
        var set = new DialogSet();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => set.CreateContextAsync(new Moq.Mock<Microsoft.Bot.Builder.ITurnContext>().Object));

        Assert.Contains("CreateProperty<DialogState>", error.Message);
    }

    [Fact]
    public void GetVersion_ChangesWhenAStepIsAdded()
    {
        var waterfall = new WaterfallDialog("w", [(s, ct) => s.EndDialogAsync(null, ct)]);
        var before = new DialogSet().Add(waterfall).GetVersion();

        waterfall.AddStep((s, ct) => s.EndDialogAsync(null, ct));

        Assert.NotEqual(before, new DialogSet().Add(waterfall).GetVersion());
    }
}
