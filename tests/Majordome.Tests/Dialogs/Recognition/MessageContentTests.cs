using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class MessageContentTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("oui")]
    [InlineData("ok")]
    [InlineData("thanks")]
    [InlineData("euh")]
    [InlineData("   ")]
    [InlineData("non merci")]
    [InlineData("5")]
    [InlineData("06 98 76 54 32")]
    [InlineData("+44 7700 900012")]
    public void IsEmpty_ReactionWithoutContent_IsTrue(string text)
    {
        Assert.True(MessageContent.IsEmpty(text, "en"));
    }

    [Theory]
    [InlineData("how much is delivery?")]
    [InlineData("c'est quoi une table de dégustation ?")]
    [InlineData("oui, et vous livrez en Belgique ou pas du tout en dehors de la France ?")]
    [InlineData("capsules")]
    public void IsEmpty_Question_IsFalse(string text)
    {
        Assert.False(MessageContent.IsEmpty(text, "fr"));
    }
}
